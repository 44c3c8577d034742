using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// Giao việc, chỉ đạo điều hành (Decision 41 Art. 3.2c, 16): every change to tasks. Reads are in
/// <see cref="TaskQueries"/>. Each use case loads the task, checks the person's relation (<see cref="TaskAccess"/>,
/// <see cref="TaskPolicy"/>), lets the aggregate check the workflow, and commits the change, its timeline entry, its
/// files, its audit rows and its notifications in one save; then the people concerned are told live (queued, so the
/// person acting does not wait for watchers). This file holds what every use case shares; the use cases are in
/// <c>TaskService.Create.cs</c> and <c>TaskService.Actions.cs</c>.
/// </summary>
public sealed partial class TaskService(
    IDbContextFactory<WorkspaceDbContext> dbFactory,
    ICurrentUser currentUser,
    INotificationPublisher publisher,
    TimeProvider clock,
    FileService files)
{
    /// <summary>The files area name of task attachments.</summary>
    public const string FilesArea = "tasks";

    private delegate Task<IReadOnlyList<Notice>> Apply(ActionContext context);

    /// <summary>Who is told what: one notification per person, never to the person who acted.</summary>
    private sealed record Notice(string Kind, NotificationText Text, IEnumerable<Guid?> To);

    private static IReadOnlyList<Notice> None { get; } = [];

    private static Task<IReadOnlyList<Notice>> Tell(string kind, NotificationText text, IEnumerable<Guid?> to) =>
        Task.FromResult<IReadOnlyList<Notice>>([new Notice(kind, text, to)]);

    /// <summary>
    /// The shape of every action on an existing task: the person's relation must allow the operation, the form's
    /// version must still be current (a change seen live in between is a conflict), one save, then the live push.
    /// </summary>
    private async Task ActAsync(Guid id, Guid? version, TaskOperation operation, Apply apply, CancellationToken ct)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TreeAsync(db, ct);
        var task = await LoadAsync(db, id, ct);
        var relation = TaskAccess.RelationOf(actor, task, tree);
        TaskPolicy.Demand(relation, operation);
        if (version is { } v)
        {
            db.ExpectVersion(task, v);
        }

        var audience = await TaskAccess.AudienceAsync(db, tree, task, ct);
        var context = new ActionContext(db, tree, actor, task, relation, audience, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), ct);
        var notices = await apply(context);
        var notifications = notices.SelectMany(n => Notify(n.To, actor, n.Kind, n.Text, task, context.Now)).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(actor, ct);
        await PublishAsync(notifications, task, audience, ct);
        await PublishSourceAsync(db, tree, task, ct);
    }

    /// <summary>
    /// A task made from an incoming document's direction changes what the document shows (each unit's handling): the
    /// people who may see the document are told too, so the registering office follows it live (Appendix VI §1).
    /// </summary>
    private async Task PublishSourceAsync(WorkspaceDbContext db, OrgTree tree, WorkTask task, CancellationToken ct)
    {
        if (task.Source != TaskSource.Document || task.SourceId is not { } documentId)
        {
            return;
        }

        var document = await db.IncomingDocuments.AsNoTracking().Include(d => d.Units).Include(d => d.Readers).SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is not null)
        {
            await publisher.PublishChangeAsync(new EntityChange(EntityChange.Documents, document.Id), await Documents.IncomingAccess.AudienceAsync(db, tree, document, ct), ct);
            await Documents.OutgoingAccess.PublishOriginAsync(db, tree, publisher, document.OriginId, ct);
        }
    }

    /// <summary>After the commit: the stored notifications and a content-free change to everyone who may see the task.</summary>
    private async Task PublishAsync(IReadOnlyCollection<Notification> notifications, WorkTask task, TaskAudience audience, CancellationToken ct)
    {
        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.Tasks, task.Id, task.ParentId), audience.Everyone, ct);
    }

    private static List<Notification> Notify(IEnumerable<Guid?> recipients, Actor actor, string kind, NotificationText text, WorkTask task, DateTime now) =>
        recipients.OfType<Guid>().Distinct().Where(r => r != actor.UserId)
            .Select(r => Notification.Create(r, kind, text, $"/tasks/{task.Id}", now)).ToList();

    private Task AttachAsync(ActionContext x, Guid? eventId, IReadOnlyList<StagedFile>? staged)
    {
        FileCheck.CheckCount(staged?.Count ?? 0);
        return files.AttachAsync(x.Db, FilesArea, x.Task.Id, eventId, staged, x.Actor, x.Now, x.Ct);
    }

    internal static async Task<OrgTree> TreeAsync(WorkspaceDbContext db, CancellationToken ct) =>
        new(await db.Units.AsNoTracking().ToListAsync(ct));

    private static async Task<WorkTask> LoadAsync(WorkspaceDbContext db, Guid id, CancellationToken ct) =>
        await db.Tasks.Include(t => t.Units).SingleOrDefaultAsync(t => t.Id == id, ct)
        ?? throw new NotFoundException(TaskQueries.NotFoundMessage);

    /// <summary>A handler must be an assigned civil servant of the unit or a unit below it.</summary>
    private static async Task<UserProfile> HandlerAsync(WorkspaceDbContext db, OrgTree tree, Guid unitId, Guid handlerId, CancellationToken ct)
    {
        var person = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == handlerId, ct);
        if (person is not { IsAssigned: true } || !tree.IsWithin(person.UnitId!.Value, unitId) || person.Roles.All(r => r == Role.DataRequester))
        {
            throw new DomainException("Người xử lý phải là cán bộ của đơn vị được giao hoặc đơn vị trực thuộc.");
        }

        return person;
    }

    private sealed record ActionContext(
        WorkspaceDbContext Db, OrgTree Tree, Actor Actor, WorkTask Task, TaskRelation Relation, TaskAudience Audience, DateTime Now, DateOnly Today,
        CancellationToken Ct)
    {
        /// <summary>The lead unit's leaders and its handler.</summary>
        public IEnumerable<Guid?> LeadPeople => Audience.LeadersOf([Task.LeadUnitId]).Append(Task.Lead.HandlerId);

        /// <summary>Leaders and handlers of every unit on the task.</summary>
        public IEnumerable<Guid?> Workers => Audience.LeadersOf(Task.Units.Select(u => u.UnitId)).Concat(Task.Units.Select(u => u.HandlerId));

        public string Title => Task.Title;
    }
}
