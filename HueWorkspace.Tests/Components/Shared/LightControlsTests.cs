using Bunit;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HueWorkspace.Tests.Components.Shared;

/// <summary>
/// The controls a list keeps on screen, drawn as markup instead of MudBlazor components (docs/capacity.md): they must
/// still do what the components did — encode what people typed, page, pick tabs, read dates, pick a unit by keyboard.
/// </summary>
public sealed class LightControlsTests : BunitContext
{
    private static readonly DateOnly Since = new(2025, 7, 1);
    private static readonly Unit Finance = Unit.Create("STC", "Sở Tài chính", UnitKind.Department, null, Since);
    private static readonly Unit Planning = Unit.Create("SXD", "Sở Xây dựng", UnitKind.Department, null, Since);
    private static readonly IReadOnlyList<(Unit Unit, int Depth)> Units = [(Finance, 1), (Planning, 1)];

    public LightControlsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    [Fact]
    public void TheHtmlWriter_EncodesTextAndAttributes_AndKeepsVietnameseLetters()
    {
        var html = new HtmlWriter().Open("a", ("href", "/x?a=1&b=\"2\""), ("title", null)).Text("<script>alert('Đ')</script> Quyết định").Close("a").ToString();
        Assert.Equal("<a href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;script&gt;alert(&#x27;Đ&#x27;)&lt;/script&gt; Quyết định</a>", html);
    }

    [Fact]
    public void AChipWithATitleSomebodyTyped_IsText_NotMarkup()
    {
        var cut = Render(LightMarkup.Chip("<b>Khẩn</b>", MudBlazor.Color.Error, MudBlazor.Variant.Filled, "x"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("<b>Khẩn</b>", cut.Find("[data-testid=x] .mud-chip-content").TextContent);
    }

    [Theory]
    [InlineData(0, 3, "0 1 2")]
    [InlineData(0, 10, "0 1 2 3 4 … 9")]
    [InlineData(5, 12, "0 … 4 5 6 … 11")]
    [InlineData(11, 12, "0 … 7 8 9 10 11")]
    public void ThePager_ShowsTheEnds_TheCurrentPageAndItsNeighbours(int page, int count, string expected) =>
        Assert.Equal(expected, string.Join(' ', Pager.Numbers(page, count).Select(p => p < 0 ? "…" : p.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void ThePager_RaisesThePageChosen_AndNamesItsButtonsInVietnamese()
    {
        var chosen = -1;
        var cut = Render<Pager>(p => p.Add(x => x.Page, 0).Add(x => x.PageSize, 20).Add(x => x.Total, 95)
            .Add(x => x.PageChanged, EventCallback.Factory.Create<int>(this, v => chosen = v)));
        Assert.Equal("1–20 trong tổng số 95", cut.Find("p").TextContent);
        Assert.True(cut.Find("button[aria-label='Trang trước']").HasAttribute("disabled"));
        Assert.Equal("page", cut.Find("button[aria-label='Trang 1, đang xem']").GetAttribute("aria-current"));
        cut.Find("button[aria-label='Trang 3']").Click();
        Assert.Equal(2, chosen);
        cut.Find("button[aria-label='Trang sau']").Click();
        Assert.Equal(1, chosen);
    }

    [Fact]
    public void ThePager_OfAPageWithoutACircuit_LinksEachPageToItsAddress()
    {
        var cut = Render<Pager>(p => p.Add(x => x.Page, 0).Add(x => x.PageSize, 20).Add(x => x.Total, 95)
            .Add(x => x.Address, page => $"/notifications?page={page}"));
        Assert.Empty(cut.FindAll("li:not(.mud-pagination-item-selected) button"));
        var previous = cut.Find("a[aria-label='Trang trước']");
        Assert.Equal("true", previous.GetAttribute("aria-disabled"));
        Assert.False(previous.HasAttribute("href"));
        Assert.Equal("/notifications?page=2", cut.Find("a[aria-label='Trang 3']").GetAttribute("href"));
        Assert.Equal("/notifications?page=1", cut.Find("a[aria-label='Trang sau']").GetAttribute("href"));
        Assert.Equal("page", cut.Find("button[aria-label='Trang 1, đang xem']").GetAttribute("aria-current"));
    }

    [Fact]
    public void TheTabBar_MarksTheChosenTab_AndRaisesAnother()
    {
        var chosen = -1;
        var cut = Render<TabBar>(p => p.Add(x => x.Labels, ["Một", "Hai", "Ba"]).Add(x => x.Active, 1).Add(x => x.AriaLabel, "Nhóm")
            .Add(x => x.ActiveChanged, EventCallback.Factory.Create<int>(this, v => chosen = v)));
        Assert.Equal("Nhóm", cut.Find("[role=tablist]").GetAttribute("aria-label"));
        Assert.Equal(["false", "true", "false"], cut.FindAll("[role=tab]").Select(t => t.GetAttribute("aria-selected")));
        cut.FindAll("[role=tab]")[1].Click();
        Assert.Equal(-1, chosen); // the chosen tab again is nothing new
        cut.FindAll("[role=tab]")[2].Click();
        Assert.Equal(2, chosen);
    }

    [Theory]
    [InlineData("15/12/2026", 2026, 12, 15)]
    [InlineData("5/1/2027", 2027, 1, 5)]
    [InlineData("2026-02-28", 2026, 2, 28)]
    public void ADateFilter_ReadsDayMonthYear(string typed, int y, int m, int d)
    {
        Assert.True(DateFilter.TryRead(typed, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31/13/2026")]
    [InlineData("30/02/2026")]
    [InlineData("12/15")]
    [InlineData("hôm qua")]
    public void ADateFilter_RefusesWhatIsNotADate(string typed) => Assert.False(DateFilter.TryRead(typed, out _));

    [Fact]
    public void ADateFilter_SaysAWrongDateNextToTheField_AndChangesNothing_ThenTakesAGoodOne()
    {
        var raised = new List<DateOnly?>();
        var cut = Render<DateFilter>(p => p.Add(x => x.Label, "Hạn từ ngày").Add(x => x.TestId, "from")
            .Add(x => x.ValueChanged, EventCallback.Factory.Create<DateOnly?>(this, v => raised.Add(v))));
        cut.Find("[data-testid=from]").Change("31/13/2026");
        Assert.Equal("true", cut.Find("[data-testid=from]").GetAttribute("aria-invalid"));
        Assert.Contains("dd/mm/yyyy", cut.Find("[role=alert]").TextContent);
        Assert.Empty(raised);

        cut.Find("[data-testid=from]").Change("1/2/2027");
        Assert.Equal([new DateOnly(2027, 2, 1)], raised);
        Assert.Equal("false", cut.Find("[data-testid=from]").GetAttribute("aria-invalid"));
        Assert.Equal("01/02/2027", cut.Find("[data-testid=from]").GetAttribute("value"));

        // The calendar exists only while it is open.
        Assert.Empty(cut.FindAll(".mud-picker"));
        cut.Find("button[aria-expanded]").Click();
        Assert.NotEmpty(cut.FindAll(".mud-picker"));
    }

    [Fact]
    public void TheUnitFilter_FindsAUnitWithoutDiacritics_AndTheKeyboardPicksIt_ThenClearsIt()
    {
        Guid? chosen = Guid.Empty;
        var cut = Render<UnitFilter>(p => p.Add(x => x.Units, Units).Add(x => x.Label, "Đơn vị")
            .Add(x => x.ValueChanged, EventCallback.Factory.Create<Guid?>(this, v => chosen = v)));
        var input = cut.Find("[data-testid=unit-filter]");
        Assert.Empty(cut.FindAll("[role=option]")); // closed: no list in the page
        input.Input("so xay");
        var option = Assert.Single(cut.FindAll("[role=option]"));
        Assert.Equal("Sở Xây dựng", option.TextContent);
        Assert.Equal(option.Id, cut.Find("[data-testid=unit-filter]").GetAttribute("aria-activedescendant"));
        cut.Find("[data-testid=unit-filter]").KeyDown("Enter");
        Assert.Equal(Planning.Id, chosen);
        Assert.Empty(cut.FindAll("[role=option]"));

        cut.Render(p => p.Add(x => x.Value, Planning.Id));
        Assert.Equal("Sở Xây dựng", cut.Find("[data-testid=unit-filter]").GetAttribute("value"));
        cut.Find("button[aria-label='Bỏ chọn đơn vị']").Click();
        Assert.Null(chosen);
    }

    [Fact]
    public async Task TheSearchBox_SearchesOnceThePersonPauses()
    {
        var raised = new List<string?>();
        var cut = Render<SearchBox>(p => p.Add(x => x.Label, "Tìm kiếm").Add(x => x.DebounceMilliseconds, 50)
            .Add(x => x.ValueChanged, EventCallback.Factory.Create<string?>(this, v => raised.Add(v))));
        cut.Find("[data-testid=search]").Input("quy");
        cut.Find("[data-testid=search]").Input("quyet dinh");
        await Task.Delay(400);
        cut.WaitForAssertion(() => Assert.Equal(["quyet dinh"], raised));
    }
}
