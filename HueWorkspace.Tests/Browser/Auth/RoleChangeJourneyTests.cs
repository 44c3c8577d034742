using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Browser.Pages;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Auth;

/// <summary>
/// An open tab does not keep powers the administrator has taken away: the Sở Xây dựng leader has a task of their unit
/// open, the administrator makes them a specialist, and their next action on the page is refused with the reason.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleChangeJourneyTests(BrowserHost host)
{
    private IDbContextFactory<WorkspaceDbContext> Db => host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    private OrganizationService AsAdmin(TestCurrentUser admin) => new(Db, admin, TimeProvider.System, host.Factory.Services.GetRequiredService<INotificationPublisher>());

    [Fact]
    public async Task ALeaderWhoseRoleIsRemovedWhileTheTaskIsOpen_IsRefusedOnTheNextAction_AndThePageSaysWhy()
    {
        var chutich = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "chutich") };
        var files = new HueWorkspace.Domain.Files.FileService(host.Factory.Services.GetRequiredService<HueWorkspace.Domain.Files.IFileStore>(),
            host.Factory.Services.GetRequiredService<HueWorkspace.Domain.Files.FileStoreOptions>(), chutich);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh"));
        var id = await new HueWorkspace.Domain.Tasks.TaskService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, chutich, host.Factory.Services.GetRequiredService<INotificationPublisher>(), TimeProvider.System), files, [])
            .CreateAsync(new CreateTask("Rà soát quy hoạch chiếu sáng đô thị", null, TaskPriority.Normal,
                new TaskUnitDue(await DemoActors.UnitIdAsync(Db, "SXD"), "", today.AddDays(10)), []));

        var leader = await host.SignInAsync("xd.lanhdao");
        var admin = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "admin") };
        var person = await DemoActors.UserIdAsync(Db, "xd.lanhdao");
        var unit = await DemoActors.UnitIdAsync(Db, "SXD");
        try
        {
            var page = new TaskDetailPage(leader);
            await page.OpenAsync($"/tasks/{id}");
            await Expect(page.Action("Start")).ToBeVisibleAsync();

            // The administrator takes the leader role away while the page is open.
            await AsAdmin(admin).AssignAsync(person, unit, [Role.Specialist], await VersionAsync(person));

            await page.Action("Start").ClickAsync();
            await leader.Page.GetByTestId("confirm").ClickAsync();
            await Expect(leader.Page.Locator("body")).ToContainTextAsync("không có quyền");
            await BrowserHost.ScreenshotAsync(leader.Page, "role-change-refused");
            Assert.Equal(TaskState.New, (await Db.CreateDbContext().Tasks.SingleAsync(t => t.Id == id)).State);
        }
        finally
        {
            await AsAdmin(admin).AssignAsync(person, unit, [Role.UnitLeader], await VersionAsync(person));
            await leader.CloseAsync();
        }
    }

    private async Task<Guid> VersionAsync(Guid person)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.UserProfiles.Where(p => p.Id == person).Select(p => p.Version).SingleAsync();
    }
}
