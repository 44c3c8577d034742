using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// Văn bản đi (Nghị định 30 Art. 10–18): draft, revise, submit, approve content, approve format, sign, return, issue
/// (numbered, and delivered as incoming documents to the recipients in the system — liên thông), recall; and the signing
/// authorisations the signatures rely on. Reads are in <see cref="OutgoingQueries"/>. Same shape as the incoming
/// documents' service: access rule, workflow, the version the form saw, one save, then the live push.
/// </summary>
public sealed class OutgoingService(
    IDbContextFactory<WorkspaceDbContext> dbFactory,
    ICurrentUser currentUser,
    INotificationPublisher publisher,
    TimeProvider clock,
    FileService files)
{
    /// <summary>A specialist (or anyone of the city's staff) starts a draft in their unit; only they see it until it is submitted.</summary>
    public async Task<Guid> DraftAsync(DraftOutgoing command, CancellationToken ct = default)
    {
        var actor = RequireStaff();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
        var (issuer, signer, recipients) = await ResolveAsync(db, tree, actor, command, ct);
        var main = MainFile(command.MainFile);
        FileCheck.CheckCount((command.Attachments?.Count ?? 0) + 1);
        await CheckFixAsync(db, command.Fixes, issuer, ct);
        var part = Guid.CreateVersion7();
        var document = OutgoingDocument.Draft(command, issuer, OutgoingDocument.ClerkUnitOf(issuer, tree), signer, recipients, actor, part, now);
        db.OutgoingDocuments.Add(document);
        await files.AttachAsync(db, OutgoingDocument.FilesArea, document.Id, part, [main], actor, now, ct);
        await files.AttachAsync(db, OutgoingDocument.FilesArea, document.Id, null, command.Attachments, actor, now, ct);
        await db.SaveAsAsync(actor, ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.Documents, document.Id), [actor.UserId!.Value], ct);
        return document.Id;
    }

    /// <summary>A new version of a draft (after a return, or before submitting); without a new main file the last one carries over.</summary>
    public Task ReviseAsync(Guid id, Guid version, DraftOutgoing command, string? note = null, CancellationToken ct = default) =>
        ActAsync(id, version, OutgoingOperation.Revise, async x =>
        {
            if (command.IssuerUnitId != x.Document.IssuerUnitId)
            {
                throw new DomainException("Không đổi cơ quan ban hành của dự thảo; hãy tạo dự thảo mới.");
            }

            var (_, signer, recipients) = await ResolveAsync(x.Db, x.Tree, x.Actor, command, ct);
            FileCheck.CheckCount((command.Attachments?.Count ?? 0) + 1);
            var previous = x.Document.CurrentRevision.PartId;
            var part = Guid.CreateVersion7();
            x.Document.Revise(command with { Fixes = null }, signer, recipients, x.Actor, part, x.Now, note);
            if (command.MainFile is { } main)
            {
                await files.AttachAsync(x.Db, OutgoingDocument.FilesArea, x.Document.Id, part, [MainFile(main)], x.Actor, x.Now, ct);
            }
            else
            {
                foreach (var file in await x.Db.StoredFiles.AsNoTracking().Where(f => f.Area == OutgoingDocument.FilesArea && f.RecordId == x.Document.Id && f.PartId == previous).ToListAsync(ct))
                {
                    x.Db.StoredFiles.Add(file.CopyTo(OutgoingDocument.FilesArea, x.Document.Id, part, x.Actor, x.Now));
                }
            }

            await files.AttachAsync(x.Db, OutgoingDocument.FilesArea, x.Document.Id, null, command.Attachments, x.Actor, x.Now, ct);
            return [];
        }, ct);

    public Task SubmitAsync(Guid id, Guid version, string? note = null, CancellationToken ct = default) =>
        ActAsync(id, version, OutgoingOperation.Submit, async x =>
        {
            x.Document.Submit(x.Actor, x.Now, note);
            var heads = await PeopleAsync(x.Db, p => SigningRules.LeadsInOwnRight(p, x.Tree.Find(x.Document.DraftingUnitId)!), ct);
            return [new Notice(NotificationKinds.OutgoingWaiting, heads)];
        }, ct);

    public Task ApproveContentAsync(Guid id, Guid version, string? opinion = null, CancellationToken ct = default) =>
        ActAsync(id, version, OutgoingOperation.ApproveContent, async x =>
        {
            x.Document.ApproveContent(x.Actor, x.Now, opinion);
            return [new Notice(NotificationKinds.OutgoingWaiting, await ClerksAsync(x.Db, x.Document.ClerkUnitId, ct))];
        }, ct);

    public Task ApproveFormatAsync(Guid id, Guid version, string? opinion = null, CancellationToken ct = default) =>
        ActAsync(id, version, OutgoingOperation.ApproveFormat, x =>
        {
            x.Document.ApproveFormat(x.Actor, x.Now, opinion);
            return Task.FromResult<IReadOnlyList<Notice>>([new Notice(NotificationKinds.OutgoingWaiting, [x.Document.SignerId])]);
        }, ct);

    /// <summary>The signer approves in a capacity; KT. and TUQ. need an authorisation on record that is valid today (Art. 13.3).</summary>
    public Task SignAsync(Guid id, Guid version, SigningCapacity capacity, string? opinion = null, CancellationToken ct = default) =>
        ActAsync(id, version, OutgoingOperation.Sign, async x =>
        {
            var issuer = x.Tree.Find(x.Document.IssuerUnitId)!;
            var onRecord = await x.Db.SigningAuthorisations.AsNoTracking().Where(a => a.UnitId == issuer.Id && a.DelegateId == x.Actor.UserId).ToListAsync(ct);
            var authorisation = SigningRules.Check(capacity, x.Actor, issuer, x.Tree, onRecord, VietnamTime.Today(clock));
            x.Document.Sign(x.Actor, capacity, authorisation?.Id, x.Now, opinion);
            return [new Notice(NotificationKinds.OutgoingWaiting, await ClerksAsync(x.Db, x.Document.ClerkUnitId, ct))];
        }, ct);

    /// <summary>Back to the drafter with comments, from the content check, the format check or the signer.</summary>
    public Task ReturnAsync(Guid id, Guid version, string? comments, CancellationToken ct = default) =>
        ActAsync(id, version, OutgoingOperation.Return, x =>
        {
            x.Document.Return(x.Actor, x.Now, comments);
            return Task.FromResult<IReadOnlyList<Notice>>([new Notice(NotificationKinds.OutgoingReturned, [x.Document.DrafterId])]);
        }, ct);

    /// <summary>
    /// The clerk issues: the next number of the issuing unit's series for the year (the secret series apart), today's date,
    /// and — in the same transaction — an incoming document in the register of every recipient unit of the system, its
    /// receipt acknowledged on the recipient row (Art. 15, 16, 21.2). A failure anywhere rolls back the number too.
    /// </summary>
    public async Task<string> IssueAsync(Guid id, Guid version, CancellationToken ct = default)
    {
        string? symbol = null;
        await ActAsync(id, version, OutgoingOperation.Issue, async x =>
        {
            var d = x.Document;
            var today = VietnamTime.Today(clock);
            var issuer = x.Tree.Find(d.IssuerUnitId)!;
            var drafting = x.Tree.Find(d.DraftingUnitId)!;
            await x.BeginAsync(ct);
            var number = await DocumentNumbering.NextAsync(x.Db, issuer.Id, today.Year, d.Series, ct);
            symbol = OutgoingDocument.SymbolOf(number, d.Type, issuer.Code, drafting.Code, d.IsSecret);
            if (await x.Db.OutgoingDocuments.AnyAsync(o => o.IssuerUnitId == issuer.Id && o.Year == today.Year && o.NumberSymbol == symbol, ct))
            {
                throw new DomainException($"Số, ký hiệu {symbol} đã được dùng trong năm {today.Year}.");
            }

            d.Issue(number, symbol, today, x.Actor, x.Now);
            var notices = new List<Notice> { new(NotificationKinds.OutgoingIssued, [d.DrafterId, d.SignerId]) };
            var mainPart = d.CurrentRevision.PartId;
            var sent = await x.Db.StoredFiles.AsNoTracking()
                .Where(f => f.Area == OutgoingDocument.FilesArea && f.RecordId == d.Id && (f.PartId == mainPart || f.PartId == null))
                .OrderByDescending(f => f.PartId == mainPart).ThenBy(f => f.UploadedAtUtc).ToListAsync(ct);
            foreach (var recipient in d.Recipients.Where(r => r.UnitId is not null).ToList())
            {
                var unitId = recipient.UnitId!.Value;
                var clerks = await ClerksAsync(x.Db, unitId, ct);
                var copy = IncomingDocument.Receive(d, issuer.Name, unitId, x.Now, today, clerks);
                copy.Number(
                    await DocumentNumbering.NextAsync(x.Db, unitId, today.Year, DocumentNumbering.IncomingSeries, ct),
                    await DocumentNumbering.NextAsync(x.Db, Guid.Empty, 0, DocumentNumbering.SearchKeySeries, ct));
                x.Db.IncomingDocuments.Add(copy);
                foreach (var file in sent)
                {
                    x.Db.StoredFiles.Add(file.CopyTo(IncomingDocument.FilesArea, copy.Id, file.PartId == mainPart ? IncomingDocument.MainFilePart : null, x.Actor, x.Now));
                }

                d.Delivered(unitId, copy.Id, x.Now);
                x.Delivered.Add(copy);
                x.Notify(new Notice(NotificationKinds.DocumentArrived, clerks), $"/documents/{copy.Id}");
            }

            return notices;
        }, ct);
        return symbol!;
    }

    /// <summary>The sender recalls an issued document with a reason: frozen here, withdrawn at every receiver, recorded (Appendix VI §8).</summary>
    public Task RecallAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, OutgoingOperation.Recall, async x =>
        {
            x.Document.Recall(x.Actor, x.Now, reason);
            var copies = x.Document.Recipients.Where(r => r.IncomingId is not null).Select(r => r.IncomingId!.Value).ToList();
            foreach (var copy in await x.Db.IncomingDocuments.Include(c => c.Units).Include(c => c.Readers).Where(c => copies.Contains(c.Id)).ToListAsync(ct))
            {
                copy.Recall(x.Document.RecallReason!, x.Now);
                x.Delivered.Add(copy);
                var told = (await ClerksAsync(x.Db, copy.UnitId, ct)).Append(copy.PresentedToId ?? Guid.Empty).Append(copy.DirectedById ?? Guid.Empty).ToList();
                x.Notify(new Notice(NotificationKinds.OutgoingRecalled, told), $"/documents/{copy.Id}");
            }

            return [new Notice(NotificationKinds.OutgoingRecalled, x.Document.Steps.Select(s => s.ActorId).Append(x.Document.DrafterId).ToList())];
        }, ct);

    /// <summary>A leader records who signs KT. for them while away, or a written TUQ. authorisation (Art. 13.3).</summary>
    public async Task<Guid> GrantAsync(GrantAuthorisation command, CancellationToken ct = default)
    {
        var actor = RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
        var unit = tree.Units.Where(u => SigningRules.LeadsInOwnRight(actor, u)).OrderBy(u => tree.Depth(u.Id)).FirstOrDefault()
            ?? throw new ForbiddenException("Chỉ lãnh đạo đơn vị được giao ký thay hoặc ủy quyền ký; người được ủy quyền không được ủy quyền lại.");
        var holder = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.DelegateId, ct)
            ?? throw new DomainException("Không tìm thấy người được ủy quyền.");
        SigningRules.CheckGrant(actor, unit, holder);
        var authorisation = SigningAuthorisation.Grant(command, unit.Id, actor, holder, VietnamTime.Today(clock), clock.GetUtcNow().UtcDateTime);
        db.SigningAuthorisations.Add(authorisation);
        await db.SaveAsAsync(actor, ct);
        return authorisation.Id;
    }

    /// <summary>The leader who gave an authorisation ends it early.</summary>
    public async Task RevokeAsync(Guid authorisationId, CancellationToken ct = default)
    {
        var actor = RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var authorisation = await db.SigningAuthorisations.SingleOrDefaultAsync(a => a.Id == authorisationId && a.PrincipalId == actor.UserId, ct)
            ?? throw new NotFoundException("Không tìm thấy ủy quyền do bạn giao.");
        authorisation.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveAsAsync(actor, ct);
    }

    private Actor RequireStaff()
    {
        var actor = currentUser.Require();
        if (!actor.IsAssigned || actor.Roles.All(r => r == Role.DataRequester))
        {
            throw new ForbiddenException("Chỉ cán bộ của các đơn vị được soạn thảo văn bản đi.");
        }

        return actor;
    }

    private static StagedFile MainFile(StagedFile? main) =>
        main is { } file && (file.ContentType.StartsWith("application/pdf", StringComparison.Ordinal) || file.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            ? file
            : throw new DomainException("Vui lòng đính kèm tệp dự thảo (PDF hoặc DOCX).");

    /// <summary>The issuer (the drafting unit or one above it), the proposed signer and the recipient units, checked.</summary>
    private async Task<(Unit Issuer, UserProfile Signer, IReadOnlyList<Unit> Recipients)> ResolveAsync(
        WorkspaceDbContext db, OrgTree tree, Actor actor, DraftOutgoing command, CancellationToken ct)
    {
        var drafting = actor.UnitId!.Value;
        var issuer = tree.Find(command.IssuerUnitId);
        if (issuer is null || !tree.IsWithin(drafting, issuer.Id) || !issuer.IsActiveOn(VietnamTime.Today(clock)))
        {
            throw new DomainException("Cơ quan ban hành phải là đơn vị của người soạn thảo hoặc cơ quan cấp trên của đơn vị.");
        }

        var recipients = new List<Unit>();
        foreach (var unitId in command.RecipientUnitIds ?? [])
        {
            var unit = tree.Find(unitId);
            if (unit is null || unit.Kind == UnitKind.ExternalOrganisation || unit.EffectiveTo is not null)
            {
                throw new DomainException("Nơi nhận trong hệ thống phải là đơn vị đang hoạt động của thành phố; nơi nhận khác hãy ghi ở \"Nơi nhận ngoài hệ thống\".");
            }

            recipients.Add(unit);
        }

        var signer = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.SignerId, ct);
        var today = VietnamTime.Today(clock);
        var delegated = signer is not null && await db.SigningAuthorisations.AnyAsync(a => a.UnitId == issuer.Id && a.DelegateId == signer.Id && a.RevokedAtUtc == null && a.To >= today, ct);
        if (signer is null || !(SigningRules.LeadsInOwnRight(signer, issuer) || delegated
            || signer.Roles.Contains(Role.UnitLeader) && signer.UnitId is { } u && tree.Find(u)?.ParentId == issuer.Id))
        {
            throw new DomainException($"Người ký phải là lãnh đạo của {issuer.Name}, lãnh đạo đơn vị trực thuộc (ký thừa lệnh) hoặc người được giao ký thay, ủy quyền.");
        }

        return (issuer, signer, recipients);
    }

    private static async Task CheckFixAsync(WorkspaceDbContext db, DocumentFix? fix, Unit issuer, CancellationToken ct)
    {
        if (fix is null)
        {
            return;
        }

        var earlier = await db.OutgoingDocuments.AsNoTracking().Where(o => o.Id == fix.DocumentId).Select(o => new { o.IssuerUnitId, o.State }).SingleOrDefaultAsync(ct);
        if (earlier is null || earlier.IssuerUnitId != issuer.Id || earlier.State is not (OutgoingState.Issued or OutgoingState.Recalled))
        {
            throw new DomainException("Văn bản được thay thế hoặc đính chính phải là văn bản đã ban hành của cùng cơ quan ban hành.");
        }
    }

    private static Task<List<Guid>> ClerksAsync(WorkspaceDbContext db, Guid unitId, CancellationToken ct) =>
        PeopleAsync(db, p => p.UnitId == unitId && p.Roles.Contains(Role.Clerk), ct);

    private static async Task<List<Guid>> PeopleAsync(WorkspaceDbContext db, Func<UserProfile, bool> rule, CancellationToken ct) =>
        (await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null).ToListAsync(ct)).Where(rule).Select(p => p.Id).ToList();

    private sealed record Notice(string Kind, IEnumerable<Guid> To);

    private sealed class ActionContext(WorkspaceDbContext db, OrgTree tree, Actor actor, OutgoingDocument document, DateTime now)
    {
        public WorkspaceDbContext Db { get; } = db;

        public OrgTree Tree { get; } = tree;

        public Actor Actor { get; } = actor;

        public OutgoingDocument Document { get; } = document;

        public DateTime Now { get; } = now;

        /// <summary>Incoming documents this action made or changed in the receiving registers.</summary>
        public List<IncomingDocument> Delivered { get; } = [];

        /// <summary>Notices that link elsewhere than the outgoing document (a receiver's copy).</summary>
        public List<(Notice Notice, string Link)> Elsewhere { get; } = [];

        public Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? Transaction { get; private set; }

        public void Notify(Notice notice, string link) => Elsewhere.Add((notice, link));

        /// <summary>Numbers are taken inside the transaction that stores them (DocumentNumbering).</summary>
        public async Task BeginAsync(CancellationToken ct) => Transaction = await Db.Database.BeginTransactionAsync(ct);
    }

    /// <summary>Load, check the relation and the version the form saw, apply, one save, then the live push.</summary>
    private async Task ActAsync(Guid id, Guid version, OutgoingOperation operation, Func<ActionContext, Task<IReadOnlyList<Notice>>> apply, CancellationToken ct)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
        var document = await db.OutgoingDocuments.Include(d => d.Recipients).Include(d => d.Steps).Include(d => d.Revisions).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException(OutgoingQueries.NotFoundMessage);
        OutgoingAccess.Demand(OutgoingAccess.RelationOf(actor, document, tree), operation, document.State);
        db.ExpectVersion(document, version);
        var x = new ActionContext(db, tree, actor, document, clock.GetUtcNow().UtcDateTime);
        var notices = await apply(x);
        var title = document.NumberSymbol ?? Shorten(document.Excerpt);
        var notifications = notices.Select(n => (n, $"/outgoing/{document.Id}")).Concat(x.Elsewhere)
            .SelectMany(n => n.Item1.To.Distinct().Where(r => r != actor.UserId && r != Guid.Empty)
                .Select(r => Notification.Create(r, n.Item1.Kind, new NotificationText(n.Item1.Kind, title), n.Item2, x.Now))).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(actor, ct);
        if (x.Transaction is { } transaction)
        {
            await transaction.CommitAsync(ct);
            await transaction.DisposeAsync();
        }

        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.Documents, document.Id), await OutgoingAccess.AudienceAsync(db, tree, document, ct), ct);
        foreach (var copy in x.Delivered)
        {
            await publisher.PublishChangeAsync(new EntityChange(EntityChange.Documents, copy.Id), await IncomingAccess.AudienceAsync(db, tree, copy, ct), ct);
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
