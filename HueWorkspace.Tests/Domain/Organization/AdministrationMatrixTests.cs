using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Tests.Builders;

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
            await run();
        }
        else
        {
            var ex = await Assert.ThrowsAsync<ForbiddenException>(run);
            Assert.Contains("quản trị hệ thống", ex.Message);
        }
    }
}
