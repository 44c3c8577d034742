using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// Văn bản đến (Nghị định 30 Art. 20–24): every change to incoming documents — register, present, direct (into a task
/// of the Tasks module, in the same save), return — each through the action pipeline. Reads are in <see cref="IncomingQueries"/>.
/// </summary>
public sealed class IncomingService
{
    private readonly ActionPipeline<IncomingDocument, IncomingRelation, IncomingOperation> _actions;
    private readonly FileService _files;
    private readonly ITaskAssignments _tasks;

    public IncomingService(WorkflowServices services, FileService files, ITaskAssignments tasks)
    {
        _files = files;
        _tasks = tasks;
        _actions = new(services, Area(services.Publisher));
    }

    /// <summary>How the pipeline loads, names and links incoming documents; each change also refreshes the sender's page (liên thông).</summary>
    internal static WorkflowArea<IncomingDocument, IncomingRelation, IncomingOperation> Area(INotificationPublisher publisher) => new(
        IncomingAccess.Rule,
        (db, id, ct) => db.IncomingDocuments.Include(d => d.Units).Include(d => d.Readers).SingleOrDefaultAsync(d => d.Id == id, ct),
        d => new EntityChange(EntityChange.Documents, d.Id),
        d => $"/documents/{d.Id}",
        (d, kind) => new NotificationText(kind, d.NumberSymbol),
        AfterCommit: (db, tree, d, ct) => OutgoingAccess.PublishOriginAsync(db, tree, publisher, d.OriginId, ct));

    /// <summary>The one dispatch from an operation to its use case, for the page's panel and the JSON API alike.</summary>
    /// <returns>The task a direction made, or null.</returns>
    public Task<Guid?> RunAsync(Guid id, IncomingAction a, CancellationToken ct = default) => a.Operation switch
    {
        IncomingOperation.Present => Done(PresentAsync(id, a.Version, a.LeaderId ?? throw new DomainException("Vui lòng chọn lãnh đạo để trình."), ct)),
        IncomingOperation.Direct => DirectAsync(id, a.Version, a.Direction ?? new DirectIncoming(a.Text, null, null), ct),
        IncomingOperation.Return => Done(ReturnAsync(id, a.Version, a.Text, ct)),
        IncomingOperation.View => throw new DomainException("Thao tác không hợp lệ."),
    };

    private static async Task<Guid?> Done(Task action)
    {
        await action;
        return null;
    }

    /// <summary>
    /// The clerk registers a document in their unit's register. A document with the same issuer, number/symbol and issue
    /// date already registered is refused with <see cref="DuplicateDocumentException"/> unless the clerk confirms.
    /// </summary>
    public async Task<(Guid Id, string Number)> RegisterAsync(RegisterIncoming command, CancellationToken ct = default)
    {
        var document = await _actions.CreateAsync(async x =>
        {
            if (!x.Actor.IsInRole(Role.Clerk))
            {
                throw new ForbiddenException("Chỉ văn thư được vào sổ văn bản đến.");
            }

            if (command.MainFile is not { } main || !main.ContentType.StartsWith("application/pdf", StringComparison.Ordinal))
            {
                throw new DomainException("Vui lòng đính kèm tệp văn bản chính dạng PDF.");
            }

            FileCheck.CheckCount((command.Attachments?.Count ?? 0) + 1);
            var unitId = x.Actor.UnitId!.Value;

            // Checked and read before the transaction, so that its first statement takes the write lock (no lock upgrade).
            var document = IncomingDocument.Register(command, unitId, x.Actor, x.Now, x.Today);
            if (!command.ConfirmDuplicate)
            {
                var earlier = await x.Db.IncomingDocuments.AsNoTracking()
                    .Where(d => d.UnitId == unitId && d.DuplicateKey == document.DuplicateKey)
                    .OrderBy(d => d.RegisteredAtUtc).Select(d => new { d.Id, d.ArrivalNumber, d.Year, d.ArrivalDate }).FirstOrDefaultAsync(ct);
                if (earlier is not null)
                {
                    throw new DuplicateDocumentException(earlier.Id, $"{earlier.ArrivalNumber}/{earlier.Year}", earlier.ArrivalDate);
                }
            }

            await x.BeginTransactionAsync();
            await NumberAsync(x.Db, document, x.Today, ct);
            x.Db.IncomingDocuments.Add(document);
            await _files.AttachAsync(x.Db, IncomingDocument.FilesArea, document.Id, IncomingDocument.MainFilePart, [main], x.Actor, x.Now, ct);
            await _files.AttachAsync(x.Db, IncomingDocument.FilesArea, document.Id, null, command.Attachments, x.Actor, x.Now, ct);
            return document;
        }, ct);
        return (document.Id, document.ArrivalLabel);
    }

    /// <summary>The arrival number in the unit's register and the full-text key, taken in the transaction that stores the document.</summary>
    internal static async Task NumberAsync(WorkspaceDbContext db, IncomingDocument document, DateOnly today, CancellationToken ct) =>
        document.Number(
            await RegisterNumbers.NextAsync(db, document.UnitId, today.Year, IncomingDocument.RegisterSeries, ct),
            await RegisterNumbers.NextAsync(db, Guid.Empty, 0, IncomingDocument.SearchKeySeries, ct));

    /// <summary>The clerk presents (trình) the document to a leader of the unit (the city's leaders for the People's Committee office).</summary>
    public Task PresentAsync(Guid id, Guid version, Guid leaderId, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, IncomingOperation.Present, x =>
        {
            var leader = x.Tree.Person(leaderId);
            if (leader is null || !IncomingAccess.MayBePresentedTo(leader, x.Tree.Find(x.Root.UnitId)!))
            {
                throw new DomainException("Chỉ trình văn bản cho lãnh đạo của đơn vị (hoặc lãnh đạo UBND đối với văn phòng UBND).");
            }

            x.Root.Present(leader.Id, leader.FullName, x.Now);
            x.Notify(NotificationKinds.DocumentPresented, [leader.Id]);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// The leader's direction (Art. 24): one lead unit, coordinators and a deadline for each — created as a task of the
    /// Tasks module (source = this document) in the same save — or for information only.
    /// </summary>
    /// <returns>The task the direction made, or null for information only.</returns>
    public async Task<Guid?> DirectAsync(Guid id, Guid version, DirectIncoming direction, CancellationToken ct = default)
    {
        Guid? taskId = null;
        await _actions.ActAsync(id, version, IncomingOperation.Direct, async x =>
        {
            var d = x.Root;
            if (direction.Lead is null)
            {
                if (direction.Coordinators is { Count: > 0 })
                {
                    throw new DomainException("Vui lòng chọn đơn vị chủ trì trước khi chọn đơn vị phối hợp.");
                }

                d.Direct(direction.Text, null, x.Actor, x.Now);
                x.Notify(NotificationKinds.DocumentDirected, [d.RegisteredById]);
                return;
            }

            var command = new CreateTask(Title(d), DescriptionOf(d, direction.Text), direction.Priority,
                direction.Lead, direction.Coordinators ?? [], TaskSource.Document, $"{d.NumberSymbol} ({d.IssuerName})", d.Id);
            var prepared = await _tasks.PrepareAsync(x.Db, x.Tree, x.Actor, command, ct);
            d.Direct(direction.Text, prepared, x.Actor, x.Now);
            if (d.IsSecret)
            {
                foreach (var leader in x.Tree.LeadersOf(prepared.Units.Select(u => u.UnitId)))
                {
                    d.AddReader(leader);
                }
            }

            prepared.JoinStep(x);
            taskId = prepared.Id;
            x.Notify(NotificationKinds.DocumentDirected, [d.RegisteredById]);
        }, ct);
        return taskId;
    }

    /// <summary>An invalid or misaddressed document goes back to its sender with a reason (Art. 21.2).</summary>
    public Task ReturnAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, IncomingOperation.Return, x =>
        {
            x.Root.Return(reason, x.Actor, x.Now);
            x.Notify(NotificationKinds.DocumentReturned, [x.Root.PresentedToId]);
            return Task.CompletedTask;
        }, ct);

    private static string Title(IncomingDocument d)
    {
        var title = $"Xử lý văn bản {d.NumberSymbol}: {d.Excerpt}";
        return title.Length <= WorkTask.TitleMaxLength ? title : title[..(WorkTask.TitleMaxLength - 1)] + "…";
    }

    private static string DescriptionOf(IncomingDocument d, string? direction) =>
        $"**Ý kiến chỉ đạo:** {direction}\n\nVăn bản số đến {d.ArrivalLabel} ngày {VietnamTime.Format(d.ArrivalDate)}: " +
        $"{DomainTexts.Label(d.Type, DomainTexts.Vietnamese)} số {d.NumberSymbol} ngày {VietnamTime.Format(d.IssueDate)} của {d.IssuerName}.";
}

/// <summary>
/// Documents hear of changes to tasks made from them (<see cref="ITaskSourceObserver"/>): the document's page shows each
/// unit's handling, so its readers — and the sender's, for a document that came through the system — are told.
/// </summary>
public sealed class IncomingTaskObserver(INotificationPublisher publisher) : ITaskSourceObserver
{
    public async Task TaskChangedAsync(WorkspaceDbContext db, OrgTree tree, Guid sourceId, CancellationToken ct)
    {
        var document = await db.IncomingDocuments.AsNoTracking().Include(d => d.Units).Include(d => d.Readers).SingleOrDefaultAsync(d => d.Id == sourceId, ct);
        if (document is not null)
        {
            await publisher.PublishChangeAsync(new EntityChange(EntityChange.Documents, document.Id), IncomingAccess.Rule.Audience(document, tree), ct);
            await OutgoingAccess.PublishOriginAsync(db, tree, publisher, document.OriginId, ct);
        }
    }
}
