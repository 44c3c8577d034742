using HueWorkspace.Domain.Common;

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
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (_exceptions.TryGetValue(date, out var day))
        {
            return day.Kind == CalendarDayKind.CompensatoryWorkday;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
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

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountWorkingDays(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    public CalendarDay? Describe(DateOnly date) => _exceptions.GetValueOrDefault(date);
}
