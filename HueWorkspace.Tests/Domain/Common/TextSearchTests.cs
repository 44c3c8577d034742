using HueWorkspace.Domain.Common;

namespace HueWorkspace.Tests.Domain.Common;

public sealed class TextSearchTests
{
    [Theory]
    [InlineData("Quyết định", "quyet dinh")]
    [InlineData("ĐÀ NẴNG", "da nang")]
    [InlineData("  Sở   Khoa học  và Công nghệ ", "so khoa hoc va cong nghe")]
    [InlineData("Thừa Thiên Huế", "thua thien hue")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_DropsDiacriticsCaseAndExtraSpaces(string? input, string expected) =>
        Assert.Equal(expected, TextSearch.Normalize(input));

    [Fact]
    public void UnaccentedQuery_FindsAccentedText() =>
        Assert.Contains(TextSearch.Normalize("quyet dinh"), TextSearch.Normalize("Về việc ban hành Quyết định số 41"));
}
