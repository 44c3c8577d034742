using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

public enum OutgoingTab
{
    /// <summary>Waiting for my step: my drafts to revise, content to review, format to check, to sign, to issue.</summary>
    ForMe,

    /// <summary>Drafts on their way (not yet issued) that I may see.</summary>
    InProgress,

    /// <summary>Issued (and recalled) documents.</summary>
    Issued,

    All,
}

public sealed record OutgoingListQuery(
    OutgoingTab Tab = OutgoingTab.ForMe,
    OutgoingState? State = null,
    DocumentType? Type = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Search = null,
    int Page = 0,
    int PageSize = 20,
    Guid? UnitWithin = null);

public sealed record OutgoingRow(
    Guid Id, string? NumberSymbol, DateOnly? IssueDate, DocumentType Type, string Excerpt, DocumentUrgency Urgency, DocumentConfidentiality Confidentiality,
    OutgoingState State, string DrafterName, string SignerName, SigningCapacity? Capacity, string Recipients, DateTime CreatedAtUtc, string? IssuedByName);

public sealed record OutgoingPage(IReadOnlyList<OutgoingRow> Items, int Total);

/// <summary>One recipient as the sender sees it: its copy's handling, live.</summary>
public sealed record RecipientView(Guid Id, string Name, bool Inside, RecipientStatus Status, DateTime? ReceivedAtUtc, string? IncomingNumber);

public sealed record LinkedDocument(Guid Id, string Label, FixKind Kind);

public sealed record OutgoingDetail(
    OutgoingDocument Document, string DraftingUnitName, string IssuerName, OutgoingRelation Relation, IReadOnlyList<OutgoingOperation> Allowed,
    IReadOnlyList<StoredFileInfo> Files, IReadOnlyList<RecipientView> Recipients, IReadOnlyList<DocumentView> Views,
    LinkedDocument? Fixes, IReadOnlyList<LinkedDocument> FixedBy, IReadOnlyList<SigningCapacity> Capacities)
{
    /// <summary>The main file of a version (the current one unless given).</summary>
    public StoredFileInfo? MainFile(int? revision = null)
    {
        var part = Document.Revisions.SingleOrDefault(r => r.Number == (revision ?? Document.Revision))?.PartId;
        return Files.FirstOrDefault(f => f.PartId == part);
    }

    public IEnumerable<StoredFileInfo> Appendices => Files.Where(f => f.PartId is null);

    public bool Can(OutgoingOperation operation) => Allowed.Contains(operation);
}

/// <summary>What the draft form offers: the issuers a drafter may use, the people who may sign for each, the units to send to.</summary>
public sealed record DraftOptions(IReadOnlyList<Unit> Issuers, IReadOnlyDictionary<Guid, IReadOnlyList<UserProfile>> Signers, IReadOnlyList<(Unit Unit, int Depth)> Units,
    IReadOnlyList<LinkedDocument> Fixable);

/// <summary>Reading outgoing documents: lists, the page (each view recorded), files, the register, authorisations.</summary>
public sealed class OutgoingQueries(WorkflowServices services, ITaskProgress tasks)
{
    public const string NotFoundMessage = OutgoingAccess.NotFound;

    public async Task<OutgoingPage> ListAsync(OutgoingListQuery query, CancellationToken ct = default)
    {
        var size = Paging.Size(query.PageSize);
        var offset = Paging.Offset(query.Page, size);
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var filtered = Filter(OutgoingAccess.Rule.Visible(db, actor, tree), actor, tree, query);
        var total = await filtered.CountAsync(ct);
        var rows = await Project(filtered.OrderByDescending(d => d.IssuedAtUtc ?? d.CreatedAtUtc).ThenByDescending(d => d.Id).Skip(offset).Take(size)).ToListAsync(ct);
        return new OutgoingPage(rows, total);
    }

    /// <summary>Every row of a question (the .xlsx export), newest first, up to 10 000.</summary>
    public async Task<IReadOnlyList<OutgoingRow>> ExportAsync(OutgoingListQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var filtered = Filter(OutgoingAccess.Rule.Visible(db, actor, tree), actor, tree, query);
        return await Project(filtered.OrderByDescending(d => d.IssuedAtUtc ?? d.CreatedAtUtc).ThenByDescending(d => d.Id).Take(10_000)).ToListAsync(ct);
    }

    /// <summary>
    /// The outgoing register (sổ đăng ký văn bản đi) of the person's issuing unit for a period, in number order: the
    /// ordinary series, or the secret one for the people its access rule lets see each document (Appendix IV).
    /// </summary>
    public async Task<IReadOnlyList<OutgoingRow>> RegisterAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        if (to < from || to.DayNumber - from.DayNumber > 366)
        {
            throw new DomainException("Khoảng thời gian của sổ phải từ 1 ngày đến 1 năm.");
        }

        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var unit = actor.UnitId!.Value;
        // The clerk of the People's Committee office keeps the committee's register too.
        var registers = tree.Units.Where(u => u.Id == unit || OutgoingDocument.ClerkUnitOf(u, tree) == unit).Select(u => u.Id).ToList();
        var visible = OutgoingAccess.Rule.Visible(db, actor, tree)
            .Where(d => registers.Contains(d.IssuerUnitId) && d.IssueDate >= from && d.IssueDate <= to);
        return await Project(visible.OrderBy(d => d.IssuerUnitId).ThenBy(d => d.Confidentiality != DocumentConfidentiality.Thuong).ThenBy(d => d.Year).ThenBy(d => d.Number))
            .Take(10_000).ToListAsync(ct);
    }

    private static IQueryable<OutgoingDocument> Filter(IQueryable<OutgoingDocument> documents, Actor actor, OrgTree tree, OutgoingListQuery query)
    {
        var leads = tree.Units.Where(u => SigningRules.LeadsInOwnRight(actor, u)).Select(u => u.Id).ToList();
        var me = actor.UserId!.Value;
        var unit = actor.UnitId!.Value;
        var isClerk = actor.IsInRole(Role.Clerk);
        documents = query.Tab switch
        {
            // The same relations as OutgoingAccess.Allows, asked of the rows: my draft, my review, my check, my signature.
            OutgoingTab.ForMe => documents.Where(d =>
                d.State == OutgoingState.Draft && d.DrafterId == me
                || d.State == OutgoingState.ContentReview && leads.Contains(d.DraftingUnitId) && d.Steps.Any(s => s.Operation == OutgoingOperation.Submit)
                || (d.State == OutgoingState.FormatCheck || d.State == OutgoingState.Signed) && isClerk && d.ClerkUnitId == unit
                || d.State == OutgoingState.AwaitingSignature && d.SignerId == me),
            OutgoingTab.InProgress => documents.Where(d => d.State != OutgoingState.Issued && d.State != OutgoingState.Recalled),
            OutgoingTab.Issued => documents.Where(d => d.State == OutgoingState.Issued || d.State == OutgoingState.Recalled),
            OutgoingTab.All => documents,
        };
        if (query.State is { } state)
        {
            documents = documents.Where(d => d.State == state);
        }

        // The dashboard's drill-down (Art. 18): documents issued by a unit or the units below it.
        if (query.UnitWithin is { } within)
        {
            var units = tree.Find(within) is null ? [] : tree.Subtree(within).Select(u => u.Id).ToList();
            documents = documents.Where(d => units.Contains(d.IssuerUnitId));
        }

        if (query.Type is { } type)
        {
            documents = documents.Where(d => d.Type == type);
        }

        if (query.From is { } from)
        {
            documents = documents.Where(d => d.IssueDate >= from);
        }

        if (query.To is { } to)
        {
            documents = documents.Where(d => d.IssueDate <= to);
        }

        foreach (var word in string.IsNullOrWhiteSpace(query.Search) ? [] : SqliteDocumentSearch.Words(query.Search))
        {
            documents = documents.Where(d => d.SearchText.Contains(word));
        }

        return documents;
    }

    private static IQueryable<OutgoingRow> Project(IQueryable<OutgoingDocument> documents) => documents.Select(d => new OutgoingRow(
        d.Id, d.NumberSymbol, d.IssueDate, d.Type, d.Excerpt, d.Urgency, d.Confidentiality, d.State, d.DrafterName, d.SignerName, d.Capacity,
        string.Join("; ", d.Recipients.OrderBy(r => r.UnitId == null).ThenBy(r => r.Name).Select(r => r.Name)), d.CreatedAtUtc, d.IssuedByName));

    /// <summary>The document's page. Opening it is recorded (Appendix VI §5).</summary>
    public async Task<OutgoingDetail> GetAsync(Guid id, bool recordView = true, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var document = await LoadVisibleAsync(db, actor, tree, id, ct);
        var relation = OutgoingAccess.Rule.RelationOf(actor, document, tree);
        if (recordView)
        {
            await DocumentView.RecordAsync(db, actor, document.Id, services.Clock.GetUtcNow().UtcDateTime, ct);
        }

        var files = await FileService.ListAsync(db, OutgoingDocument.FilesArea, id, ct);
        var views = relation.HasFlag(OutgoingRelation.Clerk) || relation.HasFlag(OutgoingRelation.IssuerLeader) || relation.HasFlag(OutgoingRelation.Drafter)
            ? await DocumentView.LatestAsync(db, id, ct)
            : [];
        var fixes = document.FixesId is { } fixesId
            ? await db.OutgoingDocuments.AsNoTracking().Where(o => o.Id == fixesId).Select(o => new LinkedDocument(o.Id, o.NumberSymbol ?? "", document.FixKind!.Value)).SingleOrDefaultAsync(ct)
            : null;
        var fixedBy = await db.OutgoingDocuments.AsNoTracking().Where(o => o.FixesId == id && o.State == OutgoingState.Issued)
            .Select(o => new LinkedDocument(o.Id, o.NumberSymbol ?? "", o.FixKind!.Value)).ToListAsync(ct);
        var allowed = OutgoingAccess.Rule.Allowed(relation, document);
        var capacities = allowed.Contains(OutgoingOperation.Sign) ? await CapacitiesAsync(db, tree, actor, document, ct) : [];
        return new OutgoingDetail(document, tree.Find(document.DraftingUnitId)?.Name ?? "", tree.Find(document.IssuerUnitId)?.Name ?? "", relation, allowed, files,
            await RecipientsAsync(db, document, ct), views, fixes, fixedBy, capacities);
    }

    /// <summary>Each recipient's status, read from its copy in the receiving register and the task its direction made.</summary>
    private async Task<IReadOnlyList<RecipientView>> RecipientsAsync(WorkspaceDbContext db, OutgoingDocument document, CancellationToken ct)
    {
        var copyIds = document.Recipients.Where(r => r.IncomingId is not null).Select(r => r.IncomingId!.Value).ToList();
        var copies = await db.IncomingDocuments.AsNoTracking().Where(c => copyIds.Contains(c.Id))
            .Select(c => new { c.Id, c.State, c.TaskId, Label = c.ArrivalNumber + "/" + c.Year }).ToDictionaryAsync(c => c.Id, ct);
        var taskIds = copies.Values.Where(c => c.TaskId is not null).Select(c => c.TaskId!.Value).ToList();
        var progress = await tasks.ProgressAsync(db, taskIds, ct);
        return document.Recipients.OrderBy(r => r.UnitId is null).ThenBy(r => r.Name).Select(r =>
        {
            if (r.IncomingId is not { } copyId || !copies.TryGetValue(copyId, out var copy))
            {
                return new RecipientView(r.Id, r.Name, r.UnitId is not null, RecipientStatus.Recorded, r.ReceivedAtUtc, null);
            }

            var status = copy.State switch
            {
                IncomingState.Registered => RecipientStatus.Received,
                IncomingState.Presented => RecipientStatus.Handling,
                IncomingState.ForInformation => RecipientStatus.Done,
                IncomingState.Returned => RecipientStatus.Returned,
                IncomingState.Recalled => RecipientStatus.Withdrawn,
                IncomingState.Directed => copy.TaskId is { } t && progress.GetValueOrDefault(t)?.State == TaskState.Completed ? RecipientStatus.Done : RecipientStatus.Handling,
            };
            return new RecipientView(r.Id, r.Name, true, status, r.ReceivedAtUtc, copy.Label);
        }).ToList();
    }

    /// <summary>The capacities this signer may use now for this document (the form offers these; the service checks again).</summary>
    private async Task<IReadOnlyList<SigningCapacity>> CapacitiesAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, OutgoingDocument document, CancellationToken ct)
    {
        var issuer = tree.Find(document.IssuerUnitId)!;
        var onRecord = await db.SigningAuthorisations.AsNoTracking().Where(a => a.UnitId == issuer.Id && a.DelegateId == actor.UserId).ToListAsync(ct);
        var today = VietnamTime.Today(services.Clock);
        return Enum.GetValues<SigningCapacity>().Where(c =>
        {
            try
            {
                SigningRules.Check(c, actor, issuer, tree, onRecord, today);
                return true;
            }
            catch (DomainException)
            {
                return false;
            }
        }).ToList();
    }

    /// <summary>One file of a document the person may see.</summary>
    public async Task<StoredFileInfo> GetFileAsync(Guid id, Guid fileId, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        await LoadVisibleAsync(db, actor, await services.Organization.TreeAsync(db, ct), id, ct);
        return await FileService.FindAsync(db, OutgoingDocument.FilesArea, id, fileId, ct);
    }

    /// <summary>What the draft form needs for this person.</summary>
    public async Task<DraftOptions> DraftOptionsAsync(CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var today = VietnamTime.Today(services.Clock);
        var issuers = actor.UnitId is { } unit ? tree.Ancestors(unit).Reverse().Append(tree.Find(unit)!).Reverse().Where(u => u.IsActiveOn(today)).ToList() : [];
        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null).OrderBy(p => p.FullName).ToListAsync(ct);
        var authorised = await db.SigningAuthorisations.AsNoTracking().Where(a => a.RevokedAtUtc == null && a.To >= today).ToListAsync(ct);
        var signers = issuers.ToDictionary(i => i.Id, i => (IReadOnlyList<UserProfile>)people.Where(p =>
            SigningRules.LeadsInOwnRight(p, i)
            || p.Roles.Contains(Role.UnitLeader) && tree.Find(p.UnitId!.Value)?.ParentId == i.Id
            || authorised.Any(a => a.UnitId == i.Id && a.DelegateId == p.Id)).ToList());
        var issuerIds = issuers.Select(i => i.Id).ToList();
        var fixable = await OutgoingAccess.Rule.Visible(db, actor, tree).Where(o => issuerIds.Contains(o.IssuerUnitId) && o.State == OutgoingState.Issued)
            .OrderByDescending(o => o.IssuedAtUtc).Take(200).Select(o => new LinkedDocument(o.Id, o.NumberSymbol + " — " + o.Excerpt, FixKind.Replaces)).ToListAsync(ct);
        var units = tree.Flatten().Where(x => x.Unit.Kind != UnitKind.ExternalOrganisation && x.Unit.EffectiveTo is null).ToList();
        return new DraftOptions(issuers, signers, units, fixable);
    }

    /// <summary>The authorisations the person gave or holds, newest first.</summary>
    public async Task<IReadOnlyList<SigningAuthorisation>> AuthorisationsAsync(CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        return await db.SigningAuthorisations.AsNoTracking().Where(a => a.PrincipalId == actor.UserId || a.DelegateId == actor.UserId)
            .OrderByDescending(a => a.CreatedAtUtc).Take(200).ToListAsync(ct);
    }

    /// <summary>The people of the city a leader may authorise (everyone assigned, outside requesters apart).</summary>
    public async Task<IReadOnlyList<UserProfile>> StaffAsync(CancellationToken ct = default)
    {
        services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null).OrderBy(p => p.FullName).ToListAsync(ct);
        return people.Where(p => p.IsAssigned && p.Roles.Any(r => r != Role.DataRequester)).ToList();
    }

    public async Task<string> MyUnitNameAsync(CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().Where(u => u.Id == actor.UnitId).Select(u => u.Name).SingleAsync(ct);
    }

    internal static async Task<OutgoingDocument> LoadVisibleAsync(WorkspaceDbContext db, Actor actor, OrgTree tree, Guid id, CancellationToken ct)
    {
        var document = await db.OutgoingDocuments.AsNoTracking().Include(d => d.Recipients).Include(d => d.Steps).Include(d => d.Revisions).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, ct);
        return document is not null && OutgoingAccess.Rule.RelationOf(actor, document, tree) != OutgoingRelation.None
            ? document
            : throw new NotFoundException(NotFoundMessage);
    }

    /// <summary>The issued document and its files, for the exchange package (edXML); only for those who may see it.</summary>
    public async Task<(OutgoingDocument Document, Unit Issuer, IReadOnlyList<Unit> Recipients, IReadOnlyList<(StoredFileInfo File, bool Main)> Files, string? FixesSymbol)> PackageAsync(
        Guid id, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var document = await LoadVisibleAsync(db, actor, tree, id, ct);
        if (document.State != OutgoingState.Issued)
        {
            throw new DomainException("Chỉ văn bản đã ban hành (chưa bị thu hồi) mới xuất được gói tin liên thông.");
        }

        var part = document.CurrentRevision.PartId;
        var files = (await FileService.ListAsync(db, OutgoingDocument.FilesArea, id, ct)).Where(f => f.PartId == part || f.PartId is null)
            .Select(f => (f, f.PartId == part)).ToList();
        var fixes = document.FixesId is { } fixesId ? await db.OutgoingDocuments.AsNoTracking().Where(o => o.Id == fixesId).Select(o => o.NumberSymbol).SingleOrDefaultAsync(ct) : null;
        var recipients = document.Recipients.Where(r => r.UnitId is not null).Select(r => tree.Find(r.UnitId!.Value)).OfType<Unit>().ToList();
        return (document, tree.Find(document.IssuerUnitId)!, recipients, files, fixes);
    }
}
