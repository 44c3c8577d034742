using HueWorkspace.Domain.Common;

namespace HueWorkspace.Tests.Domain.Common;

public sealed class PagingTests
{
    [Fact]
    public void AHugePageNumber_IsPastTheEnd_NotBackAtTheStart()
    {
        // 2 147 483 647 × 20 once wrapped round to a negative offset, and the list showed page 1 again.
        Assert.Equal(int.MaxValue, Paging.Offset(int.MaxValue, 20));
        Assert.Equal(int.MaxValue, Paging.Offset(int.MaxValue / 10, 100));
    }

    [Theory]
    [InlineData(0, 20, 0)]
    [InlineData(2, 20, 40)]
    [InlineData(-5, 20, 0)]
    public void Offset_CountsTheRowsBeforeThePage(int page, int size, int expected) => Assert.Equal(expected, Paging.Offset(page, size));
}
