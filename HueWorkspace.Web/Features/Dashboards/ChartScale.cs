using MudBlazor;

namespace HueWorkspace.Web.Features.Dashboards;

/// <summary>
/// The vertical axis of a count chart, from its data: a step of 1, 2 or 5 times a power of ten giving at most
/// <see cref="MaxTicks"/> steps, and the top the first step at or above the largest value. MudBlazor's own default is a
/// step of 20 whatever the data, so values of at most 6 drew on an axis of 0–20.
/// </summary>
public static class ChartScale
{
    public const int MaxTicks = 5;

    /// <summary>(step, top) for counts whose largest is <paramref name="max"/>: 6 → (2, 6); 0 → (1, 1); 23 → (5, 25).</summary>
    public static (double Step, double Top) For(double max)
    {
        if (!(max > 0) || double.IsInfinity(max))
        {
            return (1, 1);
        }

        var rough = Math.Max(1, max / MaxTicks);
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1d, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough - 1e-9);
        return (step, Math.Ceiling(max / step - 1e-9) * step);
    }

    /// <summary>Line-chart options on that scale, whole numbers on the axis, the legend below.</summary>
    public static LineChartOptions Line(IEnumerable<double> values)
    {
        var (step, top) = For(values.DefaultIfEmpty(0).Max());
        return new LineChartOptions { YAxisTicks = (int)step, MaxNumYAxisTicks = MaxTicks + 1, YAxisSuggestedMax = top, YAxisFormat = "0", YAxisRequireZeroPoint = true };
    }
}
