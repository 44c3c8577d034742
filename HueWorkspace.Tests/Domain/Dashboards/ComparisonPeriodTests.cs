using HueWorkspace.Domain.Dashboards;

namespace HueWorkspace.Tests.Domain.Dashboards;

/// <summary>A running period is compared with the same days of the one before (like for like), a finished one with all of it.</summary>
public sealed class ComparisonPeriodTests
{
    [Theory]
    // Three days of December against the same three of November, not all of November.
    [InlineData(PeriodKind.Month, "2026-12-03", "2026-12-03", "2026-11-01", "2026-11-03")]
    // Finished: the whole previous month.
    [InlineData(PeriodKind.Month, "2026-11-15", "2026-12-03", "2026-10-01", "2026-10-31")]
    // 31 March against a February that has only 28 days: the whole of February.
    [InlineData(PeriodKind.Month, "2026-03-31", "2026-03-31", "2026-02-01", "2026-02-28")]
    // Thursday of a week against Monday–Thursday of the week before.
    [InlineData(PeriodKind.Week, "2026-12-03", "2026-12-03", "2026-11-23", "2026-11-26")]
    // The 64th day of a quarter against the first 64 days of the one before.
    [InlineData(PeriodKind.Quarter, "2026-12-03", "2026-12-03", "2026-07-01", "2026-09-02")]
    [InlineData(PeriodKind.Year, "2026-12-03", "2026-12-03", "2025-01-01", "2025-12-03")]
    public void TheComparison_CoversTheSameDaysOfThePeriodBefore(PeriodKind kind, string day, string today, string from, string to)
    {
        var compared = DashboardPeriod.Containing(kind, DateOnly.Parse(day)).ComparedWith(DateOnly.Parse(today));
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (compared.From, compared.To));
        Assert.Equal(kind, compared.Kind);
    }
}
