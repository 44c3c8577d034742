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
