using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Organization;

/// <summary>Each administrative action × each role: only the administrator passes, whatever the unit.</summary>
public sealed class AdministrationMatrixTests : DatabaseTest
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        string[] people = ["tc.chuyenvien", "tc.vanthu", "tc.lanhdao", "chutich", "yt.dulieu", "vnpt.khaithac", "admin"];
        string[] actions = ["CreateUnit", "RenameUnit", "SetPlatformAuthority", "Assign", "ListPeople", "AddHoliday", "ReadAudit"];
        foreach (var action in actions)
        {
            foreach (var person in people)
            {
                data.Add(action, person);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AdministrativeAction_IsForAdministratorsOnly(string action, string person)
    {
        await ActAsAsync(person);
        var organization = new OrganizationService(Db, User, TimeProvider.System, Publisher);
        var finance = (await organization.GetTreeAsync()).Units.Single(u => u.Code == "STC");
        var target = await DemoActors.UserIdAsync(Db, "gd.chuyenvien");
        Func<Task> run = action switch
        {
            "CreateUnit" => () => organization.CreateUnitAsync(new UnitInput("MATRIX", "Đơn vị thử", UnitKind.Department, null, new DateOnly(2026, 1, 1))),
            "RenameUnit" => () => organization.UpdateUnitAsync(finance.Id, new UnitInput("STC", "Tên mới", finance.Kind, finance.ParentId, finance.EffectiveFrom), finance.Version),
            "SetPlatformAuthority" => () => organization.SetPlatformAuthorityAsync(finance.Id),
            "Assign" => async () =>
            {
                var (rows, _) = await new OrganizationService(Db, new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "admin") }, TimeProvider.System, Publisher)
                    .ListPeopleAsync(new PersonFilter("gd.chuyenvien"), 0, 1);
                await organization.AssignAsync(target, finance.Id, [Role.Specialist], rows[0].Profile.Version);
            },
            "ListPeople" => () => organization.ListPeopleAsync(new PersonFilter(), 0, 10),
            "AddHoliday" => () => new CalendarService(Db, User).AddAsync(new DateOnly(2026, 12, 30), "Nghỉ thử", CalendarDayKind.Holiday),
            "ReadAudit" => () => new AuditService(Db, User).ListAsync(new AuditFilter(), 0, 10),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        if (person == "admin")
        {
            var auditBefore = await AuditCountAsync();
            await run();
            await AssertEffectAsync(action, auditBefore, target, finance.Id);
        }
        else
        {
            var ex = await Assert.ThrowsAsync<ForbiddenException>(run);
            Assert.Contains("quản trị hệ thống", ex.Message);
        }
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = Db.CreateDbContext();
        return await db.AuditEntries.CountAsync();
    }

    /// <summary>An allowed action did what it says: the change is in the database and in the audit trail (reads change nothing).</summary>
    private async Task AssertEffectAsync(string action, int auditBefore, Guid target, Guid financeId)
    {
        await using var db = Db.CreateDbContext();
        switch (action)
        {
            case "CreateUnit":
                Assert.True(await db.Units.AnyAsync(u => u.Code == "MATRIX"));
                break;
            case "RenameUnit":
                Assert.Equal("Tên mới", (await db.Units.SingleAsync(u => u.Id == financeId)).Name);
                break;
            case "SetPlatformAuthority":
                Assert.True((await db.Units.SingleAsync(u => u.Id == financeId)).IsPlatformAuthority);
                break;
            case "Assign":
                var person = await db.UserProfiles.SingleAsync(p => p.Id == target);
                Assert.Equal(financeId, person.UnitId);
                Assert.Equal([Role.Specialist], person.Roles.ToArray());
                Assert.Contains(target, Publisher.ProfileChanges);
                break;
            case "AddHoliday":
                Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 12, 30)));
                break;
            default:
                Assert.Equal(auditBefore, await db.AuditEntries.CountAsync());
                return;
        }

        Assert.True(await db.AuditEntries.CountAsync() > auditBefore);
    }
}
