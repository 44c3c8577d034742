using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Auditing;

public sealed class AuditTrailTests : DatabaseTest
{
    [Fact]
    public async Task AChange_WritesOneEntryWithActorUnitAndTheOldAndNewValues()
    {
        var admin = await ActAsAsync("admin");
        var calendar = new CalendarService(Db, User);
        await calendar.AddAsync(new DateOnly(2026, 12, 24), "Nghỉ thử nghiệm", CalendarDayKind.Holiday);
        var day = (await calendar.ListYearAsync(2026)).Single(d => d.Date == new DateOnly(2026, 12, 24));
        await calendar.UpdateAsync(day.Date, "Nghỉ đã sửa", CalendarDayKind.CompensatoryDayOff, day.Version);

        await using var db = Db.CreateDbContext();
        var entries = await db.AuditEntries.Where(e => e.EntityType == nameof(CalendarDay) && e.EntityId == "2026-12-24").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["Created", "Updated"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(admin.UserId, e.ActorId));
        Assert.All(entries, e => Assert.Equal(admin.UnitId, e.ActorUnitId));
        Assert.Contains("\"Name\":[\"Nghỉ thử nghiệm\",\"Nghỉ đã sửa\"]", entries[1].Changes);
        Assert.Contains("\"Kind\":[\"Holiday\",\"CompensatoryDayOff\"]", entries[1].Changes);
    }

    [Fact]
    public async Task ASuccessfulSignIn_IsThePersonsOwn_AFailedOne_AVisitors()
    {
        var throttle = new HueWorkspace.Domain.SignIn.SignInThrottle(Db, TimeProvider.System);
        await throttle.RecordAsync("KHCN.lanhdao", "10.0.0.7", succeeded: true);
        await throttle.RecordAsync("khcn.lanhdao", "10.0.0.8", succeeded: false);

        await using var db = Db.CreateDbContext();
        var entries = await db.AuditEntries.Where(e => e.EntityType == "SignInAttempt").OrderByDescending(e => e.Id).Take(2).ToListAsync();
        Assert.Equal(["Khách (chưa đăng nhập)", "Đặng Ngọc Bảo"], entries.Select(e => e.ActorName));
        Assert.Equal(await DemoActors.UserIdAsync(Db, "khcn.lanhdao"), entries[1].ActorId);

        await ActAsAsync("admin");
        var lines = (await new AuditService(Db, User).LinesAsync(new AuditFilter(RecordType: "SignInAttempt"), 0, 2)).Items;
        Assert.Equal(["Đăng nhập không thành công (địa chỉ 10.0.0.8)", "Đăng nhập thành công (địa chỉ 10.0.0.7)"], lines.Select(l => l.Summary));
        Assert.All(lines, l => Assert.Equal(("Đăng nhập", "khcn.lanhdao"), (l.RecordKind, l.Record)));
    }

    [Fact]
    public async Task AFailedSave_LeavesNeitherTheChangeNorItsAuditEntry()
    {
        await ActAsAsync("admin");
        var calendar = new CalendarService(Db, User);
        await using var before = Db.CreateDbContext();
        var count = await before.AuditEntries.CountAsync();

        await Assert.ThrowsAsync<DomainException>(() => calendar.AddAsync(new DateOnly(2026, 1, 1), "Trùng ngày", CalendarDayKind.Holiday));
        await using var db = Db.CreateDbContext();
        Assert.Equal(count, await db.AuditEntries.CountAsync());

        // A unique-index violation inside the save itself rolls back the audit row too.
        db.Units.Add(Unit.Create("STC", "Trùng mã", UnitKind.Department, null, new DateOnly(2026, 1, 1)));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveAsAsync(Actor.System, default));
        await using var after = Db.CreateDbContext();
        Assert.Equal(count, await after.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task AuditEntries_CannotBeChangedOrDeleted()
    {
        await using var db = Db.CreateDbContext();
        var entry = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveAsAsync(Actor.System, default));
    }

    [Fact]
    public async Task AnAuditedChangeWithoutAnActor_IsAProgrammingErrorAndIsNotSaved()
    {
        await using var db = Db.CreateDbContext();
        db.Units.Add(Unit.Create("NOACTOR", "Không người thực hiện", UnitKind.Department, null, new DateOnly(2026, 1, 1)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await using var check = Db.CreateDbContext();
        Assert.False(await check.Units.AnyAsync(u => u.Code == "NOACTOR"));
    }

    [Fact]
    public async Task ReadingTheTrail_IsForAdministrators_AndFiltersOnTheServer()
    {
        await ActAsAsync("admin");
        var service = new AuditService(Db, User);
        var units = await service.ListAsync(new AuditFilter(EntityType: nameof(Unit)), 0, 5);
        Assert.Equal(5, units.Items.Count);
        Assert.True(units.Total >= 22);
        Assert.All(units.Items, e => Assert.Equal(nameof(Unit), e.EntityType));
        Assert.All(units.Items, e => Assert.Equal("Hệ thống", e.ActorName));

        await ActAsAsync("chutich");
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ListAsync(new AuditFilter(), 0, 5));
    }
}
