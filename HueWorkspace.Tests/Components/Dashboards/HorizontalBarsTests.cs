using Bunit;
using HueWorkspace.Web.Features.Dashboards;

namespace HueWorkspace.Tests.Components.Dashboards;

/// <summary>The dashboard's bars: every label whole, a legend only for series that have a bar, bars on the data's own scale.</summary>
public sealed class HorizontalBarsTests : BunitContext
{
    public HorizontalBarsTests() => Microsoft.Extensions.DependencyInjection.LocalizationServiceCollectionExtensions.AddLocalization(Services);

    [Fact]
    public void LongNames_AreShownWhole_AndASeriesWithNoBar_IsLeftOutOfTheLegend()
    {
        var bars = Render<HorizontalBars>(p => p
            .Add(b => b.Rows, [new HorizontalBars.Row("Sở Khoa học và Công nghệ", [3, 0], "/tasks?x=1"), new HorizontalBars.Row("Trung tâm Giám sát, điều hành đô thị thông minh", [6, 0])])
            .Add(b => b.Series, ["Công việc", "Văn bản"]));

        var labels = bars.FindAll(".hw-hbars-label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Sở Khoa học và Công nghệ", "Trung tâm Giám sát, điều hành đô thị thông minh"], labels);
        Assert.Equal("/tasks?x=1", bars.Find(".hw-hbars-label a").GetAttribute("href"));
        Assert.Empty(bars.FindAll("[data-testid=bars-legend]")); // "Văn bản" has no bar: no legend for one series
        Assert.Empty(bars.FindAll(".hw-hbar-1"));

        // On the data's scale (top 6): 3 is half the width, 6 the whole.
        Assert.Equal(["width:50%", "width:100%"], bars.FindAll(".hw-hbar-0").Select(b => b.GetAttribute("style")));
        Assert.Equal(["3", "6"], bars.FindAll(".hw-hbars-number").Select(n => n.TextContent.Trim()));
    }

    [Fact]
    public void TwoSeriesWithBars_HaveALegend_AndEachNumberSaysItsSeries()
    {
        var bars = Render<HorizontalBars>(p => p
            .Add(b => b.Rows, [new HorizontalBars.Row("Sở Tài chính", [2, 1])])
            .Add(b => b.Series, ["Công việc", "Văn bản"]));
        Assert.Equal(["Công việc", "Văn bản"], bars.FindAll("[data-testid=bars-legend] li").Select(l => l.TextContent.Trim()));
        Assert.Equal(["Công việc: 2", "Văn bản: 1"], bars.FindAll(".hw-hbars-number").Select(n => n.TextContent.Trim()));
    }

    [Fact]
    public void Rates_AreWrittenTheVietnameseWay()
    {
        var bars = Render<HorizontalBars>(p => p
            .Add(b => b.Rows, [new HorizontalBars.Row("Sở Y tế", [44.44])])
            .Add(b => b.Series, ["Đúng hạn"])
            .Add(b => b.Format, v => HueWorkspace.Domain.Common.VietnameseNumbers.Percent(v)));
        Assert.Equal("44,4%", bars.Find(".hw-hbars-number").TextContent.Trim());
    }
}
