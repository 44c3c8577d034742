using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HueWorkspace.Tests.Domain.Tasks;

/// <summary>
/// Tasks on the seeded demo organisation, on a fake clock: Thursday 26/11/2026, 09:00 in Huế.
/// The usual case: Lê Minh Tâm (chủ tịch) gives Sở KH&amp;CN the lead, Sở Tài chính coordinates.
/// </summary>
public abstract class TaskTest : DatabaseTest
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    protected FakeTimeProvider FakeClock { get; } = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    protected override TimeProvider Clock => FakeClock;

    protected TaskService Service => new(Workflow, Files, [new HueWorkspace.Domain.Documents.IncomingTaskObserver(Publisher)]);

    protected TaskQueries Queries => new(Workflow);

    protected async Task<CreateTask> CommandAsync(string lead = "SKHCN", string? coordinator = "STC", int leadDays = 10, int coordinatorDays = 7, string title = "Xây dựng kế hoạch chuyển đổi số năm 2027") =>
        new(title, "Theo **Quyết định 41/2024/QĐ-UBND**.", TaskPriority.High,
            new TaskUnitDue(await DemoActors.UnitIdAsync(Db, lead), "", Today.AddDays(leadDays)),
            coordinator is null ? [] : [new TaskUnitDue(await DemoActors.UnitIdAsync(Db, coordinator), "", Today.AddDays(coordinatorDays))]);

    /// <summary>Creates the usual task as the city leader and returns its id.</summary>
    protected async Task<Guid> AssignAsync(string assigner = "chutich", CreateTask? command = null)
    {
        await ActAsAsync(assigner);
        return await Service.CreateAsync(command ?? await CommandAsync());
    }

    protected async Task<WorkTask> ReloadAsync(Guid id)
    {
        await using var db = Db.CreateDbContext();
        return await db.Tasks.AsNoTracking().Include(t => t.Units).SingleAsync(t => t.Id == id);
    }

    protected async Task<Guid> VersionAsync(Guid id) => (await ReloadAsync(id)).Version;

    /// <summary>The department leader names their specialist as handler, with the unit's own deadline.</summary>
    protected async Task AssignHandlerAsync(Guid id, string leader = "khcn.lanhdao", string handler = "khcn.chuyenvien", string unit = "SKHCN", int days = 8)
    {
        await ActAsAsync(leader);
        await Service.AssignHandlerAsync(id, await VersionAsync(id), await DemoActors.UnitIdAsync(Db, unit), await DemoActors.UserIdAsync(Db, handler), Today.AddDays(days));
    }

    protected async Task As(string userName, Func<Guid, Task> action, Guid id)
    {
        await ActAsAsync(userName);
        await action(await VersionAsync(id));
    }

    protected async Task<int> CountAsync<T>() where T : class
    {
        await using var db = Db.CreateDbContext();
        return await db.Set<T>().CountAsync();
    }

    protected static Actor Someone(Guid unitId) => new(Guid.NewGuid(), "Người thử", unitId, new HashSet<HueWorkspace.Domain.Organization.Role> { HueWorkspace.Domain.Organization.Role.UnitLeader });
}
