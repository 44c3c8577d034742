using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Calendar;

/// <summary>
/// Working days in Asia/Ho_Chi_Minh: Monday–Friday, minus holidays and compensatory days off, plus
/// compensatory working weekends. Every legal deadline (Nghị định 30 Art. 18, 23; Nghị định 47 Art. 35:
/// "within 5 working days") is computed here.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> _exceptions;

    public WorkingCalendar(IEnumerable<CalendarDay> days)
    {
        _exceptions = days.ToDictionary(d => d.Date);

        // How each exception changes the weekday count: a holiday on a weekday −1, a working weekend +1, others 0.
        _deltas = _exceptions.Values
            .Select(d => (Day: d.Date.DayNumber, Delta: (IsWorkingDay(d.Date) ? 1 : 0) - (IsWeekday(d.Date) ? 1 : 0)))
            .Where(d => d.Delta != 0)
            .OrderBy(d => d.Day)
            .ToArray();
        _prefix = new int[_deltas.Length + 1];
        for (var i = 0; i < _deltas.Length; i++)
        {
            _prefix[i + 1] = _prefix[i] + _deltas[i].Delta;
        }
    }

    private readonly (int Day, int Delta)[] _deltas;

    /// <summary>Sum of the first i deltas, so an exception range costs two binary searches.</summary>
    private readonly int[] _prefix;

    private static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_exceptions.TryGetValue(date, out var day))
        {
            return day.Kind == CalendarDayKind.CompensatoryWorkday;
        }

        return IsWeekday(date);
    }

    /// <summary>The day the user lives in, for an instant stored in UTC.</summary>
    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(VietnamTime.ToLocal(utc));

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/> ("within N working
    /// days" of a request received on <paramref name="start"/>). Zero gives <paramref name="start"/> itself
    /// when it is a working day, else the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        if (workingDays == 0)
        {
            while (!IsWorkingDay(date))
            {
                date = date.AddDays(1);
            }

            return date;
        }

        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/>
    /// is earlier. Computed, not counted day by day: weekdays by arithmetic (whole weeks × 5 plus the rest), then each
    /// exception in the range adds or removes its day, so any two dates cost the same (a task due in 9999 once cost 36 ms
    /// in a list and 31/12/9999 threw).
    /// </summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountWorkingDays(to, from);
        }

        var count = WeekdaysThrough(to.DayNumber) - WeekdaysThrough(from.DayNumber);
        count += _prefix[LowerBound(to.DayNumber + 1)] - _prefix[LowerBound(from.DayNumber + 1)];
        return (int)count;
    }

    /// <summary>Monday–Friday days from 01/01/0001 (a Monday, day 0) through <paramref name="dayNumber"/>.</summary>
    private static long WeekdaysThrough(int dayNumber)
    {
        long days = dayNumber + 1L;
        return days / 7 * 5 + Math.Min(days % 7, 5);
    }

    private int LowerBound(int dayNumber)
    {
        int lo = 0, hi = _deltas.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_deltas[mid].Day < dayNumber)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public CalendarDay? Describe(DateOnly date) => _exceptions.GetValueOrDefault(date);
}

/// <summary>
/// The working calendar as one snapshot per process and database, read again only when a holiday was added, changed or
/// removed (<see cref="ChangeStamp.Calendar"/>, moved in the same transaction by whichever instance saved it).
/// </summary>
public sealed class CalendarDirectory() : StampedCache<WorkingCalendar>(ChangeStamp.Calendar)
{
    protected override async Task<WorkingCalendar> LoadAsync(WorkspaceDbContext db, CancellationToken ct) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
