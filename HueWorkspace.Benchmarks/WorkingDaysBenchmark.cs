using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Seeding;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// Working days left for one list page of 100 tasks, computed (<see cref="WorkingCalendar.CountWorkingDays"/>) and, for
/// comparison, counted day by day as before: a far deadline once made each row cost ~36 ms.
/// </summary>
public static class WorkingDaysBenchmark
{
    public static async Task RunAsync()
    {
        var calendar = new WorkingCalendar(DemoOrganization.Holidays.Select(h => CalendarDay.Create(h.Date, h.Name, h.Kind)));
        var today = new DateOnly(2026, 12, 1);
        Console.WriteLine($"Machine: {Harness.Machine()}");
        Console.WriteLine("| 100 rows | median | p95 | runs |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (label, due) in new[] { ("due in 10 days", today.AddDays(10)), ("due in 10 years", today.AddYears(10)), ("due 30/12/9999", new DateOnly(9999, 12, 30)) })
        {
            await Harness.MeasureAsync($"computed, {label}", () => Rows(() => calendar.CountWorkingDays(today, due)));
            await Harness.MeasureAsync($"day by day, {label}", () => Rows(() => DayByDay(calendar, today, due)), warmup: 1, iterations: label.Contains("9999") ? 3 : 20);
        }
    }

    private static Task Rows(Func<int> row)
    {
        var sum = 0;
        for (var i = 0; i < 100; i++)
        {
            sum += row();
        }

        return sum == int.MinValue ? Task.FromException(new InvalidOperationException()) : Task.CompletedTask;
    }

    private static int DayByDay(WorkingCalendar calendar, DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            count += calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }
}
