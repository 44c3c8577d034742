using HueWorkspace.Domain.Datasets;

namespace HueWorkspace.Tests.Domain.Datasets;

/// <summary>Art. 4.2b: how close two dataset descriptions are, ignoring diacritics, case and word order.</summary>
public sealed class DuplicateCheckTests
{
    [Fact]
    public void TheSameWords_InAnotherOrder_WithoutDiacritics_AreTheSameName()
    {
        var a = DuplicateCheck.Of("Danh sách nhà thuốc đạt chuẩn GPP", null, []);
        var b = DuplicateCheck.Of("nha thuoc GPP dat chuan", null, []);
        Assert.Equal(1.0, DuplicateCheck.Score(a, b));
        Assert.Equal(Dataset.NormalizeName("Hành chính danh mục"), Dataset.NormalizeName("danh muc  HANH chinh"));
    }

    [Fact]
    public void UnrelatedNames_ScoreNothing_AndWordsThatSayNothing_DoNotCount()
    {
        Assert.Equal(0, DuplicateCheck.Score(DuplicateCheck.Of("Dữ liệu quan trắc không khí", null, []), DuplicateCheck.Of("Dữ liệu giấy phép xây dựng", null, [])));
        Assert.Equal(["quan", "trac", "khong", "khi"], DuplicateCheck.Words("Bộ dữ liệu quan trắc không khí của thành phố Huế"));
    }

    [Fact]
    public void TheName_WeighsMost_ThenTheDescriptionAndTheFields_WhenTyped()
    {
        var existing = DuplicateCheck.Of("Cơ sở khám bệnh chữa bệnh", "Bệnh viện, trạm y tế được cấp phép", ["Tên cơ sở", "Địa chỉ"]);
        var sameNameOnly = DuplicateCheck.Of("Khám chữa bệnh", null, []);
        Assert.Equal(1.0, DuplicateCheck.Score(sameNameOnly, existing));
        var sameNameOtherContent = DuplicateCheck.Of("Khám chữa bệnh", "Camera giám sát an ninh", ["Mã camera"]);
        Assert.Equal(0.6, DuplicateCheck.Score(sameNameOtherContent, existing));
        Assert.True(DuplicateCheck.Score(sameNameOtherContent, existing) >= DuplicateCheck.NearDuplicateFrom);
        var otherName = DuplicateCheck.Of("Trạm y tế phường", "Bệnh viện, trạm y tế được cấp phép", ["Tên cơ sở", "Địa chỉ"]);
        Assert.InRange(DuplicateCheck.Score(otherName, existing), DuplicateCheck.SuggestFrom, DuplicateCheck.NearDuplicateFrom);
    }
}
