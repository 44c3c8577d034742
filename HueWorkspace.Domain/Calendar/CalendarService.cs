using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Calendar;

/// <summary>The holiday calendar: everybody computes with it, administrators edit it.</summary>
public sealed class CalendarService(IDbContextFactory<WorkspaceDbContext> dbFactory, ICurrentUser currentUser)
{
    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
    }

    public async Task<IReadOnlyList<CalendarDay>> ListYearAsync(int year, CancellationToken ct = default)
    {
        currentUser.Require();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
    }

    public async Task AddAsync(DateOnly date, string name, CalendarDayKind kind, CancellationToken ct = default)
    {
        var actor = currentUser.Require().RequireAdministrator();
        var day = CalendarDay.Create(date, name, kind);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CalendarDays.AnyAsync(d => d.Date == date, ct))
        {
            throw new DomainException($"Ngày {VietnamTime.Format(date)} đã có trong lịch.");
        }

        db.CalendarDays.Add(day);
        await db.SaveAsAsync(actor, ct);
    }

    public async Task UpdateAsync(DateOnly date, string name, CalendarDayKind kind, Guid version, CancellationToken ct = default)
    {
        var actor = currentUser.Require().RequireAdministrator();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct) ?? throw new NotFoundException("Không tìm thấy ngày này trong lịch.");
        db.ExpectVersion(day, version);
        day.Update(name, kind);
        await db.SaveAsAsync(actor, ct);
    }

    public async Task DeleteAsync(DateOnly date, Guid version, CancellationToken ct = default)
    {
        var actor = currentUser.Require().RequireAdministrator();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct) ?? throw new NotFoundException("Không tìm thấy ngày này trong lịch.");
        db.ExpectVersion(day, version);
        db.CalendarDays.Remove(day);
        await db.SaveAsAsync(actor, ct);
    }
}
