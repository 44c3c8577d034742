using System.Text;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;

namespace HueWorkspace.Tests.Domain.Common;

public sealed class CleanTextTests
{
    [Theory]
    [InlineData("Báo cáo\u0000 quý", "Báo cáo quý")]
    [InlineData("Chuông\u0007 và \u001B[31mmàu", "Chuông và [31mmàu")]
    [InlineData("bao-cao\u202Efdp.txt", "bao-caofdp.txt")]
    [InlineData("\u2066ẩn\u2069 \u200Fhướng\u200E", "ẩn hướng")]
    [InlineData("Dòng một\nDòng hai\tcột", "Dòng một Dòng hai cột")]
    [InlineData("Thường", "Thường")]
    public void SingleLineText_LosesControlAndBidirectionalCharacters(string typed, string stored) =>
        Assert.Equal(stored, CleanText.Apply(typed));

    [Fact]
    public void MultilineText_KeepsLineBreaksAndTabs_AsOneKindOfLineBreak() =>
        Assert.Equal("Một\nHai\nBa\tbốn", CleanText.Apply("Một\r\nHai\rBa\tbốn\u0000", multiline: true));

    [Fact]
    public void VietnameseTypedDecomposed_IsStoredComposed()
    {
        var decomposed = "Quyết định".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Quyết định", decomposed);
        Assert.Equal("Quyết định", CleanText.Apply(decomposed));
        Assert.True(CleanText.Apply(decomposed).IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Guard_RefusesTextThatIsOnlyControlCharacters_AsMissing()
    {
        var ex = Assert.Throws<DomainException>(() => Guard.Required("\u0000\u0007\u202E", "tên công việc", 100));
        Assert.Equal("Vui lòng nhập tên công việc.", ex.Message);
    }

    [Fact]
    public void Guard_CountsLengthAfterCleaning_AndKeepsLineBreaksOnlyWhereAsked()
    {
        Assert.Equal("a b", Guard.Required("a\nb", "tiêu đề", 10));
        Assert.Equal("a\nb", Guard.Required("a\nb", "nội dung", 10, multiline: true));
        Assert.Equal("abc", Guard.Required("a\u0000b\u0000c", "tiêu đề", 3));
    }

    [Fact]
    public void FileName_WithARightToLeftOverride_KeepsItsRealExtension()
    {
        var (name, type) = FileCheck.CheckName("bao-cao\u202Efdp.txt");
        Assert.Equal("bao-caofdp.txt", name);
        Assert.StartsWith("text/plain", type);
    }
}
