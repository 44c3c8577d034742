using HueWorkspace.Domain.Organization;
using HueWorkspace.Web.Components.Shared;

namespace HueWorkspace.Tests.Components.Shared;

/// <summary>The list's unit filter finds a unit by any part of its name, diacritics and case ignored, đ as d.</summary>
public sealed class UnitFilterTests
{
    private static readonly DateOnly Since = new(2025, 7, 1);

    private static readonly Unit Finance = Unit.Create("STC", "Sở Tài chính", UnitKind.Department, null, Since);
    private static readonly Unit Ward = Unit.Create("P-PHUXUAN", "UBND phường Phú Xuân", UnitKind.CommuneWard, null, Since);
    private static readonly Unit Planning = Unit.Create("SXD", "Sở Xây dựng", UnitKind.Department, null, Since);

    private static readonly IReadOnlyList<(Unit Unit, int Depth)> Units = [(Finance, 1), (Ward, 1), (Planning, 1)];

    [Theory]
    [InlineData("so tai", "STC")]
    [InlineData("PHU XUAN", "P-PHUXUAN")]
    [InlineData("xay dung", "SXD")]
    [InlineData("dung", "SXD")]
    public void FindsAUnit_ByWordsWithoutDiacritics(string typed, string code)
    {
        var found = Assert.Single(UnitFilter.Search(Units, typed));
        Assert.Equal(Units.Single(u => u.Unit.Code == code).Unit.Id, found);
    }

    [Fact]
    public void NothingTyped_OffersEveryUnit_AndAWordInNoNameOffersNone()
    {
        Assert.Equal(3, UnitFilter.Search(Units, "").Count());
        Assert.Empty(UnitFilter.Search(Units, "y tế"));
    }
}
