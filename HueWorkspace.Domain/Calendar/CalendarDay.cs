using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>Ngày lễ, Tết: a weekday off.</summary>
    Holiday,

    /// <summary>Ngày nghỉ bù: a weekday off in exchange for a holiday on a weekend or a swapped day.</summary>
    CompensatoryDayOff,

    /// <summary>Ngày làm bù: a Saturday or Sunday that is worked.</summary>
    CompensatoryWorkday,
}

/// <summary>
/// An exception to the Monday–Friday week. Holidays are data that an administrator maintains, not code
/// (RELATED-LAW.md, "Working days"): the government announces the compensatory days each year.
/// </summary>
public sealed class CalendarDay : IVersioned, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => $"{VietnamTime.Format(Date)} {Name}";

    public const int NameMaxLength = 150;

    private CalendarDay()
    {
        Name = null!;
    }

    public DateOnly Date { get; private set; }

    public string Name { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public Guid Version { get; set; }

    public static CalendarDay Create(DateOnly date, string name, CalendarDayKind kind)
    {
        Guard.CalendarDate(date, "ngày");
        Guard.Defined(kind, "loại ngày");
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.CompensatoryWorkday && !weekend)
        {
            throw new DomainException("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        }

        return new CalendarDay
        {
            Date = date,
            Name = Guard.Required(name, "tên ngày nghỉ", NameMaxLength),
            Kind = kind,
            Version = Guid.NewGuid(),
        };
    }

    public void Update(string name, CalendarDayKind kind)
    {
        var replacement = Create(Date, name, kind);
        Name = replacement.Name;
        Kind = replacement.Kind;
    }
}
