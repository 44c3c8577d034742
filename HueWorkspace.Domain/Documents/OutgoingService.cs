using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// Văn bản đi (Nghị định 30 Art. 10–18): draft, revise, submit, approve content, approve format, sign, return, issue
/// (numbered, and delivered as incoming documents to the recipients in the system — liên thông), recall; and the signing
/// authorisations the signatures rely on. Reads are in <see cref="OutgoingQueries"/>. Same shape as the incoming
/// documents' service: access rule, workflow, the version the form saw, one save, then the live push.
/// </summary>
public sealed class OutgoingService : IOutgoingDrafts
{
    private readonly ActionPipeline<OutgoingDocument, OutgoingRelation, OutgoingOperation> _actions;
    private readonly WorkflowServices _services;
    private readonly FileService _files;

    public OutgoingService(WorkflowServices services, FileService files)
    {
        _services = services;
        _files = files;
        _actions = new(services, Area);
    }

    /// <summary>How the pipeline loads, names and links outgoing documents.</summary>
    internal static WorkflowArea<OutgoingDocument, OutgoingRelation, OutgoingOperation> Area { get; } = new(
        OutgoingAccess.Rule,
        (db, id, ct) => db.OutgoingDocuments.Include(d => d.Recipients).Include(d => d.Steps).Include(d => d.Revisions).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, ct),
        d => new EntityChange(EntityChange.Documents, d.Id),
        d => $"/outgoing/{d.Id}",
        (d, kind) => new NotificationText(kind, d.NumberSymbol ?? Shorten(d.Excerpt)));

    /// <summary>The one dispatch from an operation to its use case, for the page's panel and the JSON API alike.</summary>
    /// <returns>The number and symbol an issue gave, or null.</returns>
    public Task<string?> RunAsync(Guid id, OutgoingAction a, CancellationToken ct = default) => a.Operation switch
    {
        OutgoingOperation.Submit => Done(SubmitAsync(id, a.Version, a.Text, ct)),
        OutgoingOperation.ApproveContent => Done(ApproveContentAsync(id, a.Version, a.Text, ct)),
        OutgoingOperation.ApproveFormat => Done(ApproveFormatAsync(id, a.Version, a.Text, ct)),
        OutgoingOperation.Sign => Done(SignAsync(id, a.Version, a.Capacity ?? throw new DomainException("Vui lòng chọn thẩm quyền ký."), a.Text, ct)),
        OutgoingOperation.Return => Done(ReturnAsync(id, a.Version, a.Text, ct)),
        OutgoingOperation.Issue => Numbered(IssueAsync(id, a.Version, ct)),
        OutgoingOperation.Recall => Done(RecallAsync(id, a.Version, a.Text, ct)),
        // A revision carries a whole draft (its own form and endpoint); viewing is not an action.
        OutgoingOperation.View or OutgoingOperation.Revise => throw new DomainException("Thao tác không hợp lệ."),
    };

    private static async Task<string?> Done(Task action)
    {
        await action;
        return null;
    }

    private static async Task<string?> Numbered(Task<string> issue) => await issue;

    /// <summary>A specialist (or anyone of the city's staff) starts a draft in their unit; only they see it until it is submitted.</summary>
    public async Task<Guid> DraftAsync(DraftOutgoing command, CancellationToken ct = default)
    {
        var document = await _actions.CreateAsync(x => PrepareDraftAsync(x.Db, x.Tree, x.Actor, command, x.Today, x.Now, ct), ct);
        return document.Id;
    }

    /// <summary>A draft checked and added to <paramref name="db"/> with its files, not yet saved (a module drafting a letter in its own save).</summary>
    public async Task<OutgoingDocument> PrepareDraftAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, DraftOutgoing command, DateOnly today, DateTime now, CancellationToken ct)
    {
        RequireStaff(actor);
        var (issuer, signer, recipients) = await ResolveAsync(db, tree, actor, command, today, ct);
        var main = MainFile(command.MainFile);
        FileCheck.CheckCount((command.Attachments?.Count ?? 0) + 1);
        await CheckFixAsync(db, command.Fixes, issuer, ct);
        var part = Guid.CreateVersion7();
        var document = OutgoingDocument.Draft(command, issuer, OutgoingDocument.ClerkUnitOf(issuer, tree), signer, recipients, actor, part, now);
        db.OutgoingDocuments.Add(document);
        await _files.AttachAsync(db, OutgoingDocument.FilesArea, document.Id, part, [main], actor, now, ct);
        await _files.AttachAsync(db, OutgoingDocument.FilesArea, document.Id, null, command.Attachments, actor, now, ct);
        return document;
    }

    /// <summary>A new version of a draft (after a return, or before submitting); without a new main file the last one carries over.</summary>
    public Task ReviseAsync(Guid id, Guid version, DraftOutgoing command, string? note = null, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, OutgoingOperation.Revise, async x =>
        {
            if (command.IssuerUnitId != x.Root.IssuerUnitId)
            {
                throw new DomainException("Không đổi cơ quan ban hành của dự thảo; hãy tạo dự thảo mới.");
            }

            var (_, signer, recipients) = await ResolveAsync(x.Db, x.Tree, x.Actor, command, x.Today, ct);
            FileCheck.CheckCount((command.Attachments?.Count ?? 0) + 1);
            var previous = x.Root.CurrentRevision.PartId;
            var part = Guid.CreateVersion7();
            x.Root.Revise(command with { Fixes = null }, signer, recipients, x.Actor, part, x.Now, note);
            if (command.MainFile is { } main)
            {
                await _files.AttachAsync(x.Db, OutgoingDocument.FilesArea, x.Root.Id, part, [MainFile(main)], x.Actor, x.Now, ct);
            }
            else
            {
                foreach (var file in await x.Db.StoredFiles.AsNoTracking().Where(f => f.Area == OutgoingDocument.FilesArea && f.RecordId == x.Root.Id && f.PartId == previous).ToListAsync(ct))
                {
                    x.Db.StoredFiles.Add(file.CopyTo(OutgoingDocument.FilesArea, x.Root.Id, part, x.Actor, x.Now));
                }
            }

            await _files.AttachAsync(x.Db, OutgoingDocument.FilesArea, x.Root.Id, null, command.Attachments, x.Actor, x.Now, ct);
        }, ct);

    public Task SubmitAsync(Guid id, Guid version, string? note = null, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, OutgoingOperation.Submit, x =>
        {
            x.Root.Submit(x.Actor, x.Now, note);
            var drafting = x.Tree.Find(x.Root.DraftingUnitId)!;
            x.Notify(NotificationKinds.OutgoingWaiting, x.Tree.People.Where(p => p.IsAssigned && SigningRules.LeadsInOwnRight(p.UnitId, p.Roles, drafting)).Select(p => p.Id));
            return Task.CompletedTask;
        }, ct);

    public Task ApproveContentAsync(Guid id, Guid version, string? opinion = null, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, OutgoingOperation.ApproveContent, x =>
        {
            x.Root.ApproveContent(x.Actor, x.Now, opinion);
            x.Notify(NotificationKinds.OutgoingWaiting, x.Tree.ClerksOf(x.Root.ClerkUnitId));
            return Task.CompletedTask;
        }, ct);

    public Task ApproveFormatAsync(Guid id, Guid version, string? opinion = null, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, OutgoingOperation.ApproveFormat, x =>
        {
            x.Root.ApproveFormat(x.Actor, x.Now, opinion);
            x.Notify(NotificationKinds.OutgoingWaiting, [x.Root.SignerId]);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The signer approves in a capacity; KT. and TUQ. need an authorisation on record that is valid today (Art. 13.3).</summary>
    public Task SignAsync(Guid id, Guid version, SigningCapacity capacity, string? opinion = null, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, OutgoingOperation.Sign, async x =>
        {
            var issuer = x.Tree.Find(x.Root.IssuerUnitId)!;
            var onRecord = await x.Db.SigningAuthorisations.AsNoTracking().Where(a => a.UnitId == issuer.Id && a.DelegateId == x.Actor.UserId).ToListAsync(ct);
            var authorisation = SigningRules.Check(capacity, x.Actor, issuer, x.Tree, onRecord, x.Today);
            x.Root.Sign(x.Actor, capacity, authorisation?.Id, x.Now, opinion);
            x.Notify(NotificationKinds.OutgoingWaiting, x.Tree.ClerksOf(x.Root.ClerkUnitId));
        }, ct);

    /// <summary>Back to the drafter with comments, from the content check, the format check or the signer.</summary>
    public Task ReturnAsync(Guid id, Guid version, string? comments, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, OutgoingOperation.Return, x =>
        {
            x.Root.Return(x.Actor, x.Now, comments);
            x.Notify(NotificationKinds.OutgoingReturned, [x.Root.DrafterId]);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// The clerk issues: the next number of the issuing unit's series for the year (the secret series apart), today's date,
    /// and — in the same transaction — an incoming document in the register of every recipient unit of the system, its
    /// receipt acknowledged on the recipient row (Art. 15, 16, 21.2). A failure anywhere rolls back the number too.
    /// </summary>
    public async Task<string> IssueAsync(Guid id, Guid version, CancellationToken ct = default)
    {
        string? symbol = null;
        await _actions.ActAsync(id, version, OutgoingOperation.Issue, async x =>
        {
            var d = x.Root;
            var today = x.Today;
            var issuer = x.Tree.Find(d.IssuerUnitId)!;
            var drafting = x.Tree.Find(d.DraftingUnitId)!;
            var mainPart = d.CurrentRevision.PartId;
            var sent = await x.Db.StoredFiles.AsNoTracking()
                .Where(f => f.Area == OutgoingDocument.FilesArea && f.RecordId == d.Id && (f.PartId == mainPart || f.PartId == null))
                .OrderByDescending(f => f.PartId == mainPart).ThenBy(f => f.UploadedAtUtc).ToListAsync(ct);
            await x.BeginTransactionAsync();
            var number = await RegisterNumbers.NextAsync(x.Db, issuer.Id, today.Year, d.Series, ct);
            symbol = OutgoingDocument.SymbolOf(number, d.Type, issuer.Code, drafting.Code, d.IsSecret);
            if (await x.Db.OutgoingDocuments.AnyAsync(o => o.IssuerUnitId == issuer.Id && o.Year == today.Year && o.NumberSymbol == symbol, ct))
            {
                throw new DomainException($"Số, ký hiệu {symbol} đã được dùng trong năm {today.Year}.");
            }

            d.Issue(number, symbol, today, x.Actor, x.Now);
            x.Notify(NotificationKinds.OutgoingIssued, [d.DrafterId, d.SignerId]);
            foreach (var recipient in d.Recipients.Where(r => r.UnitId is not null).ToList())
            {
                var unitId = recipient.UnitId!.Value;
                var clerks = x.Tree.ClerksOf(unitId).ToList();
                var copy = IncomingDocument.Receive(d, issuer.Name, unitId, x.Now, today, clerks);
                await IncomingService.NumberAsync(x.Db, copy, today, ct);
                x.Db.IncomingDocuments.Add(copy);
                foreach (var file in sent)
                {
                    x.Db.StoredFiles.Add(file.CopyTo(IncomingDocument.FilesArea, copy.Id, file.PartId == mainPart ? IncomingDocument.MainFilePart : null, x.Actor, x.Now));
                }

                d.Delivered(unitId, copy.Id, x.Now);
                Delivered(x, copy);
                x.Notify(NotificationKinds.DocumentArrived, clerks, null, $"/documents/{copy.Id}");
            }
        }, ct);
        return symbol!;
    }

    /// <summary>The sender recalls an issued document with a reason: frozen here, withdrawn at every receiver, recorded (Appendix VI §8).</summary>
    public Task RecallAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, OutgoingOperation.Recall, async x =>
        {
            x.Root.Recall(x.Actor, x.Now, reason);
            var copies = x.Root.Recipients.Where(r => r.IncomingId is not null).Select(r => r.IncomingId!.Value).ToList();
            foreach (var copy in await x.Db.IncomingDocuments.Include(c => c.Units).Include(c => c.Readers).Where(c => copies.Contains(c.Id)).ToListAsync(ct))
            {
                copy.Recall(x.Root.RecallReason!, x.Now);
                Delivered(x, copy);
                var told = x.Tree.ClerksOf(copy.UnitId).Append(copy.PresentedToId ?? Guid.Empty).Append(copy.DirectedById ?? Guid.Empty);
                x.Notify(NotificationKinds.OutgoingRecalled, told, null, $"/documents/{copy.Id}");
            }

            x.Notify(NotificationKinds.OutgoingRecalled, x.Root.Steps.Select(s => s.ActorId).Append(x.Root.DrafterId));
        }, ct);

    /// <summary>A receiver's copy this step made or changed: its readers follow live after the commit.</summary>
    private static void Delivered(ActionStep<OutgoingDocument, OutgoingRelation> x, IncomingDocument copy) =>
        x.AlsoChanged(new EntityChange(EntityChange.Documents, copy.Id), IncomingAccess.Rule.Audience(copy, x.Tree));

    /// <summary>A leader records who signs KT. for them while away, or a written TUQ. authorisation (Art. 13.3).</summary>
    public async Task<Guid> GrantAsync(GrantAuthorisation command, CancellationToken ct = default)
    {
        var actor = RequireStaff(_services.CurrentUser.Require());
        await using var db = await _services.Db.CreateDbContextAsync(ct);
        var tree = await _services.Organization.TreeAsync(db, ct);
        var unit = tree.Units.Where(u => SigningRules.LeadsInOwnRight(actor, u)).OrderBy(u => tree.Depth(u.Id)).FirstOrDefault()
            ?? throw new ForbiddenException("Chỉ lãnh đạo đơn vị được giao ký thay hoặc ủy quyền ký; người được ủy quyền không được ủy quyền lại.");
        var holder = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.DelegateId, ct)
            ?? throw new DomainException("Không tìm thấy người được ủy quyền.");
        SigningRules.CheckGrant(actor, unit, holder);
        var authorisation = SigningAuthorisation.Grant(command, unit.Id, actor, holder, VietnamTime.Today(_services.Clock), _services.Clock.GetUtcNow().UtcDateTime);
        db.SigningAuthorisations.Add(authorisation);
        await db.SaveAsAsync(actor, ct);
        return authorisation.Id;
    }

    /// <summary>The leader who gave an authorisation ends it early.</summary>
    public async Task RevokeAsync(Guid authorisationId, CancellationToken ct = default)
    {
        var actor = RequireStaff(_services.CurrentUser.Require());
        await using var db = await _services.Db.CreateDbContextAsync(ct);
        var authorisation = await db.SigningAuthorisations.SingleOrDefaultAsync(a => a.Id == authorisationId && a.PrincipalId == actor.UserId, ct)
            ?? throw new NotFoundException("Không tìm thấy ủy quyền do bạn giao.");
        authorisation.Revoke(_services.Clock.GetUtcNow().UtcDateTime);
        await db.SaveAsAsync(actor, ct);
    }

    private static Actor RequireStaff(Actor actor)
    {
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
    private static async Task<(Unit Issuer, UserProfile Signer, IReadOnlyList<Unit> Recipients)> ResolveAsync(
        WorkspaceDbContext db, OrgTree tree, Actor actor, DraftOutgoing command, DateOnly today, CancellationToken ct)
    {
        var drafting = actor.UnitId!.Value;
        var issuer = tree.Find(command.IssuerUnitId);
        if (issuer is null || !tree.IsWithin(drafting, issuer.Id) || !issuer.IsActiveOn(today))
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

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";
}

/// <summary>What another module may ask of outgoing documents: a draft added to its own save (a refusal's letter).</summary>
public interface IOutgoingDrafts
{
    Task<OutgoingDocument> PrepareDraftAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, DraftOutgoing command, DateOnly today, DateTime now, CancellationToken ct);
}
