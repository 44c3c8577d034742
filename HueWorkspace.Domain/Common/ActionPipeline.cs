using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Domain.Common;

/// <summary>What every workflow service takes from the host, in one piece.</summary>
public sealed record WorkflowServices(
    IDbContextFactory<WorkspaceDbContext> Db,
    ICurrentUser CurrentUser,
    INotificationPublisher Publisher,
    TimeProvider Clock,
    OrganizationDirectory Organization,
    CalendarDirectory Calendar)
{
    /// <summary>
    /// The host's services acting as someone else than the signed-in person (seeding the demo, a test's second user),
    /// telling through <paramref name="publisher"/> or the host's own.
    /// </summary>
    public static WorkflowServices For(IServiceProvider services, ICurrentUser user, INotificationPublisher? publisher = null, TimeProvider? clock = null) => new(
        services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), user, publisher ?? services.GetRequiredService<INotificationPublisher>(),
        clock ?? services.GetRequiredService<TimeProvider>(), services.GetRequiredService<OrganizationDirectory>(), services.GetRequiredService<CalendarDirectory>());
}

/// <summary>
/// What the pipeline needs to know of one area besides its access rule: how its root is loaded for a change (tracked, with the
/// children its transitions touch), what a change to it is called live, where its notifications link and how they read.
/// An area may add work after every commit of its records (<paramref name="AfterCommit"/>: a task made from a document
/// tells the document's readers).
/// </summary>
public sealed record WorkflowArea<TRoot, TRelation, TOperation>(
    AccessRule<TRoot, TRelation, TOperation> Access,
    Func<WorkspaceDbContext, Guid, CancellationToken, Task<TRoot?>> Load,
    Func<TRoot, EntityChange> Change,
    Func<TRoot, string> Link,
    Func<TRoot, string, NotificationText> Title,
    Func<WorkspaceDbContext, OrgTree, TRoot, CancellationToken, Task>? AfterCommit = null)
    where TRoot : class, IWorkflowRoot<TOperation>
    where TRelation : struct, Enum
    where TOperation : struct, Enum;

/// <summary>
/// The one shape of every change to a workflow's record (docs/decisions/0010-workflow-core.md): the signed-in person, the
/// record loaded with the version the person saw, the area's access rule asked, the workflow's table asked, the step run
/// (its transition and whatever the module adds inside the same save: files, notices, rows of another aggregate), the
/// notifications and audit rows written, one save — in a transaction when the step asked for one (numbers are taken inside
/// it) — and, only after the commit, the live pushes. A refused step throws before the save: nothing is stored, nothing is
/// published. Each module keeps only its root, its operations, its rule and its steps.
/// </summary>
public sealed class ActionPipeline<TRoot, TRelation, TOperation>(WorkflowServices services, WorkflowArea<TRoot, TRelation, TOperation> area)
    where TRoot : class, IWorkflowRoot<TOperation>
    where TRelation : struct, Enum
    where TOperation : struct, Enum
{
    /// <summary>An operation on an existing record, from the version the person saw (a change in between is a conflict).</summary>
    public async Task ActAsync(Guid id, Guid version, TOperation operation, Func<ActionStep<TRoot, TRelation>, Task> step, CancellationToken ct)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var root = await area.Load(db, id, ct) ?? throw new NotFoundException(area.Access.NotFoundMessage);
        var relation = area.Access.RelationOf(actor, root, tree);
        area.Access.Demand(relation, operation, root);
        db.ExpectVersion(root, version);
        root.Require(operation);
        var before = area.Access.Audience(root, tree);
        var x = new ActionStep<TRoot, TRelation>(db, tree, actor, root, relation, services, ct);
        await step(x);
        await CommitAsync(x, before);
    }

    /// <summary>A new record: the step checks and builds it (and adds what comes with it); then the same save and pushes.</summary>
    public async Task<TRoot> CreateAsync(Func<ActionStep<TRoot, TRelation>, Task<TRoot>> step, CancellationToken ct)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var x = new ActionStep<TRoot, TRelation>(db, tree, actor, null, default, services, ct);
        var root = await step(x);
        x.Root = root;
        if (db.Entry(root).State == EntityState.Detached)
        {
            db.Add(root);
        }

        await CommitAsync(x, []);
        return root;
    }

    private async Task CommitAsync(ActionStep<TRoot, TRelation> x, IReadOnlyCollection<Guid> before)
    {
        var root = x.Root;
        var actor = x.Actor;
        var notifications = x.Notices.SelectMany(n => n.To.OfType<Guid>().Distinct().Where(r => r != actor.UserId && r != Guid.Empty)
            .Select(r => Notification.Create(r, n.Kind, n.Title ?? area.Title(root, n.Kind), n.Link ?? area.Link(root), x.Now))).ToList();
        // The audit entries and notifications, only ever added, go in one command after the tracked changes, in the same
        // transaction (AppendOnlyRows): they commit with the step or not at all.
        await x.BeginTransactionAsync();
        x.Db.AppendInTransaction = true;
        x.Db.PendingAppends.AddRange(notifications);
        await x.Db.SaveAsAsync(actor, x.Ct);
        await AppendOnlyRows.WriteAsync(x.Db, x.Db.PendingAppends, x.Ct);
        x.Db.PendingAppends.Clear();
        x.Db.AppendInTransaction = false;
        await x.Transaction!.CommitAsync(x.Ct);
        await x.Transaction.DisposeAsync();

        // Who could see it before the step and who can now: someone it left (a request transferred) refreshes too.
        var audience = before.Union(area.Access.Audience(root, x.Tree)).ToList();
        var publisher = services.Publisher;
        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), x.Ct);
        await publisher.PublishChangeAsync(area.Change(root), audience, x.Ct);
        foreach (var after in x.AfterCommitWork)
        {
            await after(x.Ct);
        }

        if (area.AfterCommit is { } hook)
        {
            await hook(x.Db, x.Tree, root, x.Ct);
        }
    }
}

/// <summary>
/// One step of the <see cref="ActionPipeline{TRoot, TRelation, TOperation}"/>: the record and everything around it, and
/// what the step adds to the save — notices, a transaction, work after the commit.
/// </summary>
public sealed class ActionStep<TRoot, TRelation> where TRoot : class where TRelation : struct, Enum
{
    private readonly WorkflowServices _services;

    internal ActionStep(WorkspaceDbContext db, OrgTree tree, Actor actor, TRoot? root, TRelation relation, WorkflowServices services, CancellationToken ct)
    {
        Db = db;
        Tree = tree;
        Actor = actor;
        Root = root!;
        Relation = relation;
        _services = services;
        Now = services.Clock.GetUtcNow().UtcDateTime;
        Today = VietnamTime.Today(services.Clock);
        Ct = ct;
    }

    public WorkspaceDbContext Db { get; }

    public OrgTree Tree { get; }

    public Actor Actor { get; }

    /// <summary>The record, tracked (on a create, set once the step has built it).</summary>
    public TRoot Root { get; internal set; }

    /// <summary>How the person stands to the record (none while creating).</summary>
    public TRelation Relation { get; }

    public DateTime Now { get; }

    /// <summary>Huế's day of <see cref="Now"/>.</summary>
    public DateOnly Today { get; }

    public CancellationToken Ct { get; }

    internal List<Notice> Notices { get; } = [];

    internal List<Func<CancellationToken, Task>> AfterCommitWork { get; } = [];

    internal IDbContextTransaction? Transaction { get; private set; }

    /// <summary>The working calendar (deadlines in working days).</summary>
    public Task<WorkingCalendar> CalendarAsync() => _services.Calendar.GetAsync(Db, Ct);

    /// <summary>
    /// Tells people in the same save: one notification each, never to the person acting. Titled and linked as the area's
    /// notifications are unless the step says otherwise (a receiver's copy links to the copy).
    /// </summary>
    public void Notify(string kind, IEnumerable<Guid?> to, NotificationText? title = null, string? link = null) =>
        Notices.Add(new Notice(kind, to.ToList(), title, link));

    /// <inheritdoc cref="Notify(string, IEnumerable{Guid?}, NotificationText?, string?)"/>
    public void Notify(string kind, IEnumerable<Guid> to, NotificationText? title = null, string? link = null) =>
        Notify(kind, to.Select(id => (Guid?)id), title, link);

    /// <summary>
    /// Opens the transaction the save commits in, for a step that takes register numbers (<see cref="RegisterNumbers"/>):
    /// called after the step's reads, so that its first statement is a write and takes the write lock at once.
    /// </summary>
    public async Task BeginTransactionAsync() => Transaction ??= await Db.Database.BeginTransactionAsync(Ct);

    /// <summary>Work after the commit: a push about another record the step changed (a task made, a copy delivered).</summary>
    public void AfterCommit(Func<CancellationToken, Task> work) => AfterCommitWork.Add(work);

    /// <summary>After the commit, tells the people who may see another record changed by this step.</summary>
    public void AlsoChanged(EntityChange change, IReadOnlyCollection<Guid> audience) =>
        AfterCommit(ct => _services.Publisher.PublishChangeAsync(change, audience, ct));

    internal sealed record Notice(string Kind, IReadOnlyList<Guid?> To, NotificationText? Title, string? Link);
}
