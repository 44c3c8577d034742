namespace HueWorkspace.Domain.Dashboards;

/// <summary>
/// The weekly summary sent to the city's leaders for one week (Monday to Sunday): its row is written in the same
/// transaction as the notifications, keyed by the week, so however many instances run the job, a week is sent once.
/// </summary>
public sealed class WeeklySummary
{
    public WeeklySummary(DateOnly weekStart, DateTime sentAtUtc, int recipients)
    {
        WeekStart = weekStart;
        SentAtUtc = sentAtUtc;
        Recipients = recipients;
    }

    /// <summary>The Monday the week began.</summary>
    public DateOnly WeekStart { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    public int Recipients { get; private set; }
}
