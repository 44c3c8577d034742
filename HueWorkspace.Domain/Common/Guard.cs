namespace HueWorkspace.Domain.Common;

/// <summary>
/// Input checks that refuse bad input with a Vietnamese message naming the field. Every free-text field of every
/// module passes here, so it is also where text is cleaned (<see cref="CleanText"/>): single-line by default,
/// <c>multiline: true</c> for contents, reasons and opinions.
/// </summary>
public static class Guard
{
    /// <summary>Deadlines further away than this are a typing mistake (or a probe), not a plan.</summary>
    public const int MaxDeadlineYears = 10;

    public static string Required(string? value, string field, int maxLength, bool multiline = false) =>
        Optional(value, field, maxLength, multiline) ?? throw new DomainException($"Vui lòng nhập {field}.");

    public static string? Optional(string? value, string field, int maxLength, bool multiline = false)
    {
        if (value is null)
        {
            return null;
        }

        var cleaned = CleanText.Apply(value, multiline).Trim();
        if (cleaned.Length == 0)
        {
            return null;
        }

        return cleaned.Length > maxLength
            ? throw new DomainException($"{Capitalize(field)} không được dài quá {maxLength} ký tự.")
            : cleaned;
    }

    /// <summary>A value the enum defines; a client may send any number, which must not reach the database.</summary>
    public static T Defined<T>(T value, string field) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainException($"Giá trị {field} không hợp lệ.");

    /// <summary>A deadline from <paramref name="today"/> up to <see cref="MaxDeadlineYears"/> years ahead.</summary>
    public static DateOnly Deadline(DateOnly due, DateOnly today, string what)
    {
        if (due < today)
        {
            throw new DomainException($"{what} không được ở trong quá khứ.");
        }

        var latest = today.AddYears(MaxDeadlineYears);
        return due > latest
            ? throw new DomainException($"{what} không được sau {VietnamTime.Format(latest)} (quá {MaxDeadlineYears} năm).")
            : due;
    }

    /// <summary>A calendar date the workplace can mean: from 2000 to 2100.</summary>
    public static DateOnly CalendarDate(DateOnly date, string what) =>
        date < MinDate || date > MaxDate
            ? throw new DomainException($"{Capitalize(what)} phải trong khoảng {VietnamTime.Format(MinDate)} – {VietnamTime.Format(MaxDate)}.")
            : date;

    public static readonly DateOnly MinDate = new(2000, 1, 1);

    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
