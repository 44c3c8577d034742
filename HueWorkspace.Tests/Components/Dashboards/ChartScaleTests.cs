using HueWorkspace.Web.Features.Dashboards;

namespace HueWorkspace.Tests.Components.Dashboards;

/// <summary>The count axis fits its data: known answers, the defect being an axis of 0–20 for values of at most 6.</summary>
public sealed class ChartScaleTests
{
    [Theory]
    [InlineData(6, 2, 6)]
    [InlineData(5, 1, 5)]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(7, 2, 8)]
    [InlineData(23, 5, 25)]
    [InlineData(100, 20, 100)]
    [InlineData(137, 50, 150)]
    [InlineData(66.7, 20, 80)]
    public void TheAxis_StepsBy1_2Or5TimesAPowerOfTen_AndTopsAtTheFirstStepAboveTheLargestValue(double max, double step, double top) =>
        Assert.Equal((step, top), ChartScale.For(max));

    [Fact]
    public void TheLineOptions_AreOnThatScale()
    {
        var options = ChartScale.Line([0, 3, 6, 2]);
        Assert.Equal((2, 6d, "0"), (options.YAxisTicks, options.YAxisSuggestedMax, options.YAxisFormat));
    }
}

/// <summary>A paper's footer names the record as people do, with a short code instead of the internal id.</summary>
public sealed class PaperFooterTests
{
    [Fact]
    public void TheFooter_HasTheNumberAndAShortCode_NeverTheId()
    {
        var id = Guid.Parse("01a23d33-90ba-7a69-afa8-d1396cb28315");
        var line = HueWorkspace.Web.Reports.PaperFooter.Line(new DateTime(2026, 12, 3, 2, 30, 0, DateTimeKind.Utc), "Số yêu cầu: YC-2026-0005", id);
        Assert.StartsWith("In từ Nền tảng làm việc số lúc 03/12/2026 09:30. Số yêu cầu: YC-2026-0005. Mã tra cứu: ", line);
        Assert.DoesNotContain(id.ToString(), line);
        var code = HueWorkspace.Web.Reports.PaperFooter.Code(id);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", code);
        Assert.Equal(code, HueWorkspace.Web.Reports.PaperFooter.Code(id));
        Assert.NotEqual(code, HueWorkspace.Web.Reports.PaperFooter.Code(Guid.Parse("01a23d33-90ba-7a69-afa8-d1396cb28316")));
        Assert.EndsWith($"Mã tra cứu: {code}.", line);
    }
}
