using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Browser.A11y;

/// <summary>Tasks prepared through the services of the browser host, as the people named would have made them.</summary>
public sealed class TaskSetup(BrowserHost host)
{
    private IDbContextFactory<WorkspaceDbContext> Db => host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh"));

    public async Task<TaskService> AsAsync(string userName)
    {
        var user = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, userName) };
        var services = host.Factory.Services;
        var files = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), user);
        // The host's own workflow services and observers, acting as this person: a task made from a document tells its readers.
        return new HueWorkspace.Domain.Tasks.TaskService(HueWorkspace.Domain.Common.WorkflowServices.For(services, user), files,
            services.GetServices<HueWorkspace.Domain.Tasks.ITaskSourceObserver>());
    }

    public async Task<Guid> VersionAsync(Guid id)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Tasks.Where(t => t.Id == id).Select(t => t.Version).SingleAsync();
    }

    /// <summary>The city leader gives Sở KH&amp;CN a task; its leader names the specialist, who starts it.</summary>
    public async Task<Guid> InProgressForSpecialistAsync(string title)
    {
        var id = await (await AsAsync("chutich")).CreateAsync(new CreateTask(title, "Theo kế hoạch năm.", TaskPriority.High,
            new TaskUnitDue(await DemoActors.UnitIdAsync(Db, "SKHCN"), "", Today.AddDays(12)), []));
        await (await AsAsync("khcn.lanhdao")).AssignHandlerAsync(id, await VersionAsync(id), await DemoActors.UnitIdAsync(Db, "SKHCN"),
            await DemoActors.UserIdAsync(Db, "khcn.chuyenvien"), Today.AddDays(10));
        await (await AsAsync("khcn.chuyenvien")).StartAsync(id, await VersionAsync(id));
        return id;
    }
}
