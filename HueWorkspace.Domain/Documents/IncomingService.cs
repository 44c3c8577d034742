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
/// of the Tasks module, in the same save), return. Reads are in <see cref="IncomingQueries"/>. Same shape as
/// <c>TaskService</c>: access rule, workflow, the version the form saw, one save, then the live push.
/// </summary>
public sealed class IncomingService(
    IDbContextFactory<WorkspaceDbContext> dbFactory,
    ICurrentUser currentUser,
    INotificationPublisher publisher,
    TimeProvider clock,
    FileService files,
    TaskService tasks)
{
    /// <summary>
    /// The clerk registers a document in their unit's register. A document with the same issuer, number/symbol and issue
    /// date already registered is refused with <see cref="DuplicateDocumentException"/> unless the clerk confirms.
    /// </summary>
    public async Task<(Guid Id, string Number)> RegisterAsync(RegisterIncoming command, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        if (!actor.IsInRole(Role.Clerk))
        {
            throw new ForbiddenException("Chỉ văn thư được vào sổ văn bản đến.");
        }

        if (command.MainFile is not { } main || !main.ContentType.StartsWith("application/pdf", StringComparison.Ordinal))
        {
            throw new DomainException("Vui lòng đính kèm tệp văn bản chính dạng PDF.");
        }

        FileCheck.CheckCount((command.Attachments?.Count ?? 0) + 1);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(clock);
        var unitId = actor.UnitId!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Checked and read before the transaction, so that its first statement takes the write lock (no lock upgrade).
        var document = IncomingDocument.Register(command, unitId, actor, now, today);
        if (!command.ConfirmDuplicate)
        {
            var earlier = await db.IncomingDocuments.AsNoTracking()
                .Where(d => d.UnitId == unitId && d.DuplicateKey == document.DuplicateKey)
                .OrderBy(d => d.RegisteredAtUtc).Select(d => new { d.Id, d.ArrivalNumber, d.Year, d.ArrivalDate }).FirstOrDefaultAsync(ct);
            if (earlier is not null)
            {
                throw new DuplicateDocumentException(earlier.Id, $"{earlier.ArrivalNumber}/{earlier.Year}", earlier.ArrivalDate);
            }
        }

        var tree = await TaskService.TreeAsync(db, ct);
        var audience = await IncomingAccess.AudienceAsync(db, tree, document, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        document.Number(
            await DocumentNumbering.NextAsync(db, unitId, today.Year, DocumentNumbering.IncomingSeries, ct),
            await DocumentNumbering.NextAsync(db, Guid.Empty, 0, DocumentNumbering.SearchKeySeries, ct));
        db.IncomingDocuments.Add(document);
        await files.AttachAsync(db, IncomingDocument.FilesArea, document.Id, IncomingDocument.MainFilePart, [main], actor, now, ct);
        await files.AttachAsync(db, IncomingDocument.FilesArea, document.Id, null, command.Attachments, actor, now, ct);
        await db.SaveAsAsync(actor, ct);
        await transaction.CommitAsync(ct);

        // The unit's queue (and the lists of the leaders above) update live for everyone who may see the document.
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.Documents, document.Id), audience, ct);
        return (document.Id, document.ArrivalLabel);
    }

    /// <summary>The clerk presents (trình) the document to a leader of the unit (the city's leaders for the People's Committee office).</summary>
    public Task PresentAsync(Guid id, Guid version, Guid leaderId, CancellationToken ct = default) =>
        ActAsync(id, version, IncomingOperation.Present, async x =>
        {
            var leader = await x.Db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == leaderId, ct);
            if (leader is null || !IncomingAccess.MayBePresentedTo(leader, x.Tree.Find(x.Document.UnitId)!))
            {
                throw new DomainException("Chỉ trình văn bản cho lãnh đạo của đơn vị (hoặc lãnh đạo UBND đối với văn phòng UBND).");
            }

            x.Document.Present(leader.Id, leader.FullName, x.Now);
            return [new Notice(NotificationKinds.DocumentPresented, [leader.Id])];
        }, ct);

    /// <summary>
    /// The leader's direction (Art. 24): one lead unit, coordinators and a deadline for each — created as a task of the
    /// Tasks module (source = this document) in the same save — or for information only.
    /// </summary>
    public Task<Guid?> DirectAsync(Guid id, Guid version, DirectIncoming direction, CancellationToken ct = default) =>
        ActAsync(id, version, IncomingOperation.Direct, async x =>
        {
            if (direction.Lead is null)
            {
                if (direction.Coordinators is { Count: > 0 })
                {
                    throw new DomainException("Vui lòng chọn đơn vị chủ trì trước khi chọn đơn vị phối hợp.");
                }

                x.Document.Direct(direction.Text, null, x.Actor, x.Now);
                return [new Notice(NotificationKinds.DocumentDirected, [x.Document.RegisteredById])];
            }

            var command = new CreateTask(Title(x.Document), DescriptionOf(x.Document, direction.Text), direction.Priority,
                direction.Lead, direction.Coordinators ?? [], TaskSource.Document, $"{x.Document.NumberSymbol} ({x.Document.IssuerName})", x.Document.Id);
            x.Task = await tasks.PrepareAsync(x.Db, x.Tree, x.Actor, command, ct);
            x.Document.Direct(direction.Text, x.Task.Task, x.Actor, x.Now);
            if (x.Document.IsSecret)
            {
                foreach (var leader in x.Task.Audience.LeadersOf(x.Task.Task.Units.Select(u => u.UnitId)).OfType<Guid>())
                {
                    x.Document.AddReader(leader);
                }
            }

            return [new Notice(NotificationKinds.DocumentDirected, [x.Document.RegisteredById])];
        }, ct, result: x => x.Task?.Task.Id);

    /// <summary>An invalid or misaddressed document goes back to its sender with a reason (Art. 21.2).</summary>
    public Task ReturnAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, IncomingOperation.Return, x =>
        {
            x.Document.Return(reason, x.Actor, x.Now);
            return Task.FromResult<IReadOnlyList<Notice>>([new Notice(NotificationKinds.DocumentReturned, [x.Document.PresentedToId])]);
        }, ct);

    private static string Title(IncomingDocument d)
    {
        var title = $"Xử lý văn bản {d.NumberSymbol}: {d.Excerpt}";
        return title.Length <= WorkTask.TitleMaxLength ? title : title[..(WorkTask.TitleMaxLength - 1)] + "…";
    }

    private static string DescriptionOf(IncomingDocument d, string? direction) =>
        $"**Ý kiến chỉ đạo:** {direction}\n\nVăn bản số đến {d.ArrivalLabel} ngày {VietnamTime.Format(d.ArrivalDate)}: " +
        $"{DomainTexts.Label(d.Type, DomainTexts.Vietnamese)} số {d.NumberSymbol} ngày {VietnamTime.Format(d.IssueDate)} của {d.IssuerName}.";

    private sealed record Notice(string Kind, IEnumerable<Guid?> To);

    private sealed class ActionContext(WorkspaceDbContext db, OrgTree tree, Actor actor, IncomingDocument document, DateTime now)
    {
        public WorkspaceDbContext Db { get; } = db;

        public OrgTree Tree { get; } = tree;

        public Actor Actor { get; } = actor;

        public IncomingDocument Document { get; } = document;

        public DateTime Now { get; } = now;

        public TaskService.PreparedTask? Task { get; set; }
    }

    private Task ActAsync(Guid id, Guid version, IncomingOperation operation, Func<ActionContext, Task<IReadOnlyList<Notice>>> apply, CancellationToken ct) =>
        ActAsync<object?>(id, version, operation, apply, ct, _ => null);

    /// <summary>Load, check the relation and the version the form saw, apply, one save, then the live push.</summary>
    private async Task<T> ActAsync<T>(Guid id, Guid version, IncomingOperation operation, Func<ActionContext, Task<IReadOnlyList<Notice>>> apply,
        CancellationToken ct, Func<ActionContext, T> result)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
        var document = await db.IncomingDocuments.Include(d => d.Units).Include(d => d.Readers).SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException(IncomingQueries.NotFoundMessage);
        IncomingAccess.Demand(IncomingAccess.RelationOf(actor, document, tree), operation);
        db.ExpectVersion(document, version);
        var context = new ActionContext(db, tree, actor, document, clock.GetUtcNow().UtcDateTime);
        var notices = await apply(context);
        var link = $"/documents/{document.Id}";
        var notifications = notices.SelectMany(n => n.To.OfType<Guid>().Distinct().Where(r => r != actor.UserId && r != Guid.Empty)
            .Select(r => Notification.Create(r, n.Kind, new NotificationText(n.Kind, document.NumberSymbol), link, context.Now))).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(actor, ct);
        if (context.Task is { } prepared)
        {
            await tasks.PublishAsync(prepared, ct);
        }

        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.Documents, document.Id), await IncomingAccess.AudienceAsync(db, tree, document, ct), ct);
        await OutgoingAccess.PublishOriginAsync(db, tree, publisher, document.OriginId, ct);
        return result(context);
    }
}
