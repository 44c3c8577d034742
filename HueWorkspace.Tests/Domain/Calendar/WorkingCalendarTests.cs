using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Seeding;

namespace HueWorkspace.Tests.Domain.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Seeded = new(DemoOrganization.Holidays.Select(h => CalendarDay.Create(h.Date, h.Name, h.Kind)));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Weekend_IsNotAWorkingDay_WeekdayIs()
    {
        var empty = new WorkingCalendar([]);
        Assert.False(empty.IsWorkingDay(D(2026, 11, 28))); // Saturday
        Assert.False(empty.IsWorkingDay(D(2026, 11, 29))); // Sunday
        Assert.True(empty.IsWorkingDay(D(2026, 11, 27)));  // Friday
    }

    [Fact]
    public void TetNguyenDan2026_EveryWeekdayOfTheBreakIsOff()
    {
        foreach (var day in Enumerable.Range(16, 5).Select(d => D(2026, 2, d)))
        {
            Assert.False(Seeded.IsWorkingDay(day), $"{day} should be a Tết day off");
        }

        Assert.True(Seeded.IsWorkingDay(D(2026, 2, 13)));
        Assert.True(Seeded.IsWorkingDay(D(2026, 2, 23)));
    }

    [Fact]
    public void AddWorkingDays_OverTet_SkipsTheWholeBreak()
    {
        // A request received on Friday 13/02/2026: one working day later is Monday 23/02/2026.
        Assert.Equal(D(2026, 2, 23), Seeded.AddWorkingDays(D(2026, 2, 13), 1));
        // Tết Ất Tỵ 2025: Friday 24/01 + 1 → Monday 03/02.
        Assert.Equal(D(2025, 2, 3), Seeded.AddWorkingDays(D(2025, 1, 24), 1));
    }

    [Fact]
    public void CompensatoryDays_SwapAWeekdayOffForAWorkedSaturday()
    {
        Assert.False(Seeded.IsWorkingDay(D(2025, 5, 2)));  // Friday off in exchange
        Assert.True(Seeded.IsWorkingDay(D(2025, 4, 26)));  // Saturday worked
        Assert.False(Seeded.IsWorkingDay(D(2026, 4, 27))); // Giỗ Tổ on a Sunday, Monday off
    }

    [Fact]
    public void AddWorkingDays_AcrossTheYearEnd_CountsTheNewYearHolidays()
    {
        // 31/12/2025 (Wed) → 01/01 holiday, 02/01 swapped off, weekend, 05/01 is day 1, 06/01 day 2.
        Assert.Equal(D(2026, 1, 6), Seeded.AddWorkingDays(D(2025, 12, 31), 2));
        Assert.Equal(2, Seeded.CountWorkingDays(D(2025, 12, 31), D(2026, 1, 6)));
    }

    [Fact]
    public void FiveWorkingDayAnswerDeadline_AroundThe30April_1MayHolidays()
    {
        // Nghị định 47 Art. 35: the provider answers within 5 working days.
        Assert.Equal(D(2026, 5, 6), Seeded.AddWorkingDays(D(2026, 4, 27), 5));
    }

    [Fact]
    public void AddZeroWorkingDays_OnAHoliday_GivesTheNextWorkingDay()
    {
        Assert.Equal(D(2026, 1, 5), Seeded.AddWorkingDays(D(2026, 1, 1), 0));
        Assert.Equal(D(2026, 1, 5), Seeded.AddWorkingDays(D(2026, 1, 5), 0));
    }

    [Fact]
    public void AddNegativeWorkingDays_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.AddWorkingDays(D(2026, 1, 5), -1));

    [Fact]
    public void CountWorkingDays_Backwards_IsNegative() =>
        Assert.Equal(-2, Seeded.CountWorkingDays(D(2026, 1, 6), D(2025, 12, 31)));

    [Fact]
    public void LocalDate_IsTheDateInHoChiMinhCity()
    {
        // 17:30 UTC on 31/12 is already 00:30 on 01/01 in Huế.
        Assert.Equal(D(2026, 1, 1), WorkingCalendar.LocalDate(new DateTime(2025, 12, 31, 17, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("01/01/2026 00:30", VietnamTime.FormatDateTime(new DateTime(2025, 12, 31, 17, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void CompensatoryWorkday_OnAWeekday_IsRefusedInVietnamese()
    {
        var ex = Assert.Throws<DomainException>(() => CalendarDay.Create(D(2026, 1, 7), "Làm bù", CalendarDayKind.CompensatoryWorkday));
        Assert.Contains("thứ Bảy hoặc Chủ nhật", ex.Message);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void SeededCalendar_HasTetAndNationalDayEveryYear(int year)
    {
        var days = DemoOrganization.Holidays.Where(h => h.Date.Year == year).ToList();
        Assert.Contains(days, h => h.Name.Contains("Tết Nguyên đán"));
        Assert.Contains(days, h => h.Date == D(year, 9, 2) || h.Name.Contains("Quốc khánh"));
        Assert.Contains(days, h => h.Date == D(year, 1, 1));
        Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
    }
}

public sealed class WorkingDayArithmeticTests
{
    private static readonly WorkingCalendar Seeded = new(DemoOrganization.Holidays.Select(h => CalendarDay.Create(h.Date, h.Name, h.Kind)));

    /// <summary>The old way, one day at a time: the reference the arithmetic must agree with.</summary>
    private static int CountDayByDay(WorkingCalendar calendar, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountDayByDay(calendar, to, from);
        }

        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            count += calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }

    [Fact]
    public void CountWorkingDays_AgreesWithCountingDayByDay_OverHolidaysAndWorkingWeekends()
    {
        var random = new Random(2026);
        var start = new DateOnly(2025, 6, 1);
        for (var i = 0; i < 2000; i++)
        {
            var from = start.AddDays(random.Next(0, 900));
            var to = from.AddDays(random.Next(-400, 400));
            Assert.Equal(CountDayByDay(Seeded, from, to), Seeded.CountWorkingDays(from, to));
        }
    }

    [Fact]
    public void CountWorkingDays_AcrossTheWholeCalendar_NeitherThrowsNorLoops()
    {
        // 31/12/9999 once threw ArgumentOutOfRangeException in every list that showed such a task.
        var today = new DateOnly(2026, 12, 1);
        var toTheEnd = Seeded.CountWorkingDays(today, DateOnly.MaxValue);
        Assert.Equal(-toTheEnd, Seeded.CountWorkingDays(DateOnly.MaxValue, today));
        Assert.InRange(toTheEnd, 2_080_000, 2_090_000); // ≈ 7 973 years × 261 weekdays, minus the seeded holidays
        Assert.True(Seeded.CountWorkingDays(DateOnly.MinValue, DateOnly.MaxValue) > 0);
        Assert.Equal(0, Seeded.CountWorkingDays(DateOnly.MaxValue, DateOnly.MaxValue));
    }
}
