using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Builders;

/// <summary>An <see cref="ICurrentUser"/> whose person the test chooses and can switch.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public Actor? Actor { get; set; }
}

/// <summary>Records what would be pushed live, so tests can assert it happened after the commit.</summary>
public sealed class RecordingPublisher : INotificationPublisher
{
    public List<NotificationMessage> Published { get; } = [];

    public List<Guid> ReadEvents { get; } = [];

    public Task PublishAsync(IReadOnlyCollection<NotificationMessage> notifications, CancellationToken cancellationToken = default)
    {
        Published.AddRange(notifications);
        return Task.CompletedTask;
    }

    public Task PublishReadAsync(Guid recipientId, CancellationToken cancellationToken = default)
    {
        ReadEvents.Add(recipientId);
        return Task.CompletedTask;
    }

    public List<(EntityChange Change, IReadOnlyCollection<Guid> Audience)> Changes { get; } = [];

    public Task PublishChangeAsync(EntityChange change, IReadOnlyCollection<Guid> audience, CancellationToken cancellationToken = default)
    {
        Changes.Add((change, audience));
        return Task.CompletedTask;
    }

    public List<Guid> ProfileChanges { get; } = [];

    public Task PublishProfileChangedAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        ProfileChanges.Add(personId);
        return Task.CompletedTask;
    }
}

public static class DemoActors
{
    /// <summary>The seeded demo person with this sign-in name, as an actor.</summary>
    public static async Task<Actor> ForAsync(IDbContextFactory<WorkspaceDbContext> db, string userName)
    {
        await using var context = await db.CreateDbContextAsync();
        var profile = await context.UserProfiles.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new Actor(profile.Id, profile.FullName, profile.UnitId, profile.Roles.ToHashSet());
    }

    public static async Task<Guid> UnitIdAsync(IDbContextFactory<WorkspaceDbContext> db, string code)
    {
        await using var context = await db.CreateDbContextAsync();
        return await context.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    public static async Task<Guid> UserIdAsync(IDbContextFactory<WorkspaceDbContext> db, string userName)
    {
        await using var context = await db.CreateDbContextAsync();
        return await context.UserProfiles.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public static Actor Make(Role role, Guid? unitId = null) =>
        new(Guid.NewGuid(), "Người thử nghiệm", unitId ?? Guid.NewGuid(), new HashSet<Role> { role });
}

/// <summary>The workflow services of a test acting as someone, on a database of the test's (the organisation read afresh).</summary>
public static class TestWorkflow
{
    public static HueWorkspace.Domain.Common.WorkflowServices Of(Microsoft.EntityFrameworkCore.IDbContextFactory<HueWorkspace.Domain.Persistence.WorkspaceDbContext> db,
        ICurrentUser user, INotificationPublisher? publisher = null, TimeProvider? clock = null) =>
        new(db, user, publisher ?? new RecordingPublisher(), clock ?? TimeProvider.System, new(), new());

    public static HueWorkspace.Domain.DataRequests.DataRequestService Requests(HueWorkspace.Domain.Common.WorkflowServices workflow, HueWorkspace.Domain.Files.FileService files) =>
        new(workflow, files, new HueWorkspace.Web.Features.DataRequests.RefusalLetters(new HueWorkspace.Domain.Documents.OutgoingService(workflow, files), files),
            new HueWorkspace.Domain.Datasets.DatasetCatalogue());

    /// <summary>The leaders' dashboard with every module's part, as the host composes it.</summary>
    public static HueWorkspace.Domain.Dashboards.DashboardQueries Dashboard(HueWorkspace.Domain.Common.WorkflowServices workflow) =>
        new(workflow, HueWorkspace.Domain.Persistence.PersistenceExtensions.DashboardSources);

    public static HueWorkspace.Domain.Datasets.DatasetService Datasets(HueWorkspace.Domain.Common.WorkflowServices workflow, HueWorkspace.Domain.Files.FileService files) =>
        new(workflow, files, new HueWorkspace.Domain.Datasets.CouncilService(workflow, new HueWorkspace.Domain.Datasets.DatasetOptions()));
}
