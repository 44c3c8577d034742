namespace HueWorkspace.Domain.Common;

/// <summary>Everything the user sees is in Asia/Ho_Chi_Minh (UTC+7, no daylight saving); storage is UTC.</summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static string FormatDate(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The instant (UTC) Huế's day <paramref name="day"/> begins; the first day of the calendar is the earliest instant.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => day == DateOnly.MinValue
        ? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)
        : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), Zone);

    /// <summary>The instant (UTC) after Huế's day <paramref name="day"/> ends (a range's exclusive end); the calendar's last day has none after it.</summary>
    public static DateTime EndOfDayUtc(DateOnly day) => day == DateOnly.MaxValue
        ? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)
        : StartOfDayUtc(day.AddDays(1));

    /// <summary>Huế's calendar day of an instant.</summary>
    public static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The days a report or a list may be asked for: the platform's records begin after 2000 (Decision 41 is of 2024).</summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);

    public static readonly DateOnly LatestDay = new(2099, 12, 31);

    public static bool IsWithinRecords(DateOnly day) => day >= EarliestDay && day <= LatestDay;

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
