using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

public enum IncomingTab
{
    /// <summary>The clerk's queue: registered or presented, not yet directed.</summary>
    Queue,

    /// <summary>Presented to me, waiting for my direction.</summary>
    WaitingForMe,

    /// <summary>Everything I may see.</summary>
    All,
}

/// <summary>The tab the incoming list opens on: the person's own queue (issue 24).</summary>
public static class IncomingTabs
{
    /// <summary>
    /// A clerk opens on the register's queue (what waits to be presented); anyone else on all they may see — a unit's
    /// leader follows the documents directed to the unit there (what waits for a leader's own direction is the inbox's).
    /// </summary>
    public static IncomingTab DefaultFor(Actor actor) => actor.IsInRole(Role.Clerk) ? IncomingTab.Queue : IncomingTab.All;
}

/// <summary>One list page's question; the page, the API and the exports read the same parameters.</summary>
public sealed record IncomingListQuery(
    IncomingTab Tab = IncomingTab.All,
    IncomingState? State = null,
    DocumentType? Type = null,
    DocumentUrgency? Urgency = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Search = null,
    int Page = 0,
    int PageSize = 20,
    Guid? UnitWithin = null);

public sealed record IncomingRow(
    long SearchKey,
    Guid Id, int ArrivalNumber, int Year, DateOnly ArrivalDate, string IssuerName, string NumberSymbol, DateOnly IssueDate, DocumentType Type,
    string Excerpt, DocumentUrgency Urgency, DocumentConfidentiality Confidentiality, string? Signer, IncomingState State, string? PresentedToName,
    string? DirectedByName, string? DirectionText, string RegisteredByName, string UnitNames, Guid RegisterUnitId = default, string RegisterName = "")
{
    public string ArrivalLabel => $"{ArrivalNumber}/{Year}";
}

/// <param name="Total">How many match, counted up to <see cref="IncomingQueries.CountCap"/>; <paramref name="MoreThanTotal"/> when there are more.</param>
public sealed record IncomingPage(IReadOnlyList<IncomingRow> Items, int Total, bool MoreThanTotal = false);

/// <summary>How one named unit is handling the document: the task's state and that unit's handler.</summary>
/// <summary>One unit's row of the handling panel: its own handler, status, progress and last report; the lead's status is the task's state.</summary>
public sealed record UnitHandling(Guid UnitId, string UnitName, bool IsLead, DateOnly DueDate, string? HandlerName, TaskState TaskState, UnitPartStatus Status, int Percent, DateTime? ReportedAtUtc);

public sealed record IncomingDetail(
    IncomingDocument Document, string UnitName, IncomingRelation Relation, IReadOnlyList<IncomingOperation> Allowed,
    IReadOnlyList<StoredFileInfo> Files, IReadOnlyList<UnitHandling> Handling, IReadOnlyList<DocumentView> Views, IReadOnlyList<OrgPerson> PresentTo)
{
    public StoredFileInfo? MainFile => Files.FirstOrDefault(f => f.PartId == IncomingDocument.MainFilePart);

    public bool Can(IncomingOperation operation) => Allowed.Contains(operation);
}

/// <summary>Reading incoming documents: lists, search, the page (each view recorded), files, the register.</summary>
public sealed class IncomingQueries(WorkflowServices services, IDocumentSearch search, ITaskProgress tasks)
{
    public const string NotFoundMessage = IncomingAccess.NotFound;

    /// <summary>
    /// Lists count at most this many matches: among a million documents an exact count of a broad question costs a full
    /// scan, and "more than 10 000" tells a person as much (the page then says "hơn").
    /// </summary>
    public const int CountCap = 10_000;

    /// <summary>
    /// One page, newest registered first. Each disjoint part of what the person may see (IncomingAccess.VisibleParts) is
    /// asked for its first rows in SearchKey order — an index walk that stops early, even among a million documents —
    /// and the parts are merged here; counts are capped at <see cref="CountCap"/>.
    /// </summary>
    public async Task<IncomingPage> ListAsync(IncomingListQuery query, CancellationToken ct = default)
    {
        var size = Paging.Size(query.PageSize);
        var offset = Paging.Offset(query.Page, size);
        var (rows, total) = await MergedAsync(query, offset, size, ct);
        return new IncomingPage(rows, Math.Min(total, CountCap), total > CountCap);
    }

    /// <summary>Every row of a question, up to <see cref="CountCap"/>, newest first (the .xlsx export), in one pass per part.</summary>
    public async Task<IReadOnlyList<IncomingRow>> ExportAsync(IncomingListQuery query, CancellationToken ct = default) =>
        (await MergedAsync(query, 0, CountCap, ct)).Rows;

    /// <summary>
    /// Rows <paramref name="offset"/> … <paramref name="offset"/> + <paramref name="take"/>, newest registered first. Each
    /// disjoint part of what the person may see (IncomingAccess.VisibleParts) is asked for its first rows in SearchKey order
    /// — an index walk that stops early, even among a million documents — and the parts are merged here. Past the capped
    /// count there is nothing to page to.
    /// </summary>
    private async Task<(List<IncomingRow> Rows, int Total)> MergedAsync(IncomingListQuery query, int offset, int take, CancellationToken ct)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var parts = await FilteredAsync(db, actor, tree, query, ct);
        var total = 0;
        var rows = new List<IncomingRow>();
        foreach (var part in parts)
        {
            total += await part.Take(CountCap + 1).CountAsync(ct);
            if (offset < CountCap)
            {
                rows.AddRange(await Project(part.OrderByDescending(d => d.SearchKey).Take(offset + take)).ToListAsync(ct));
            }
        }

        // Arrival numbers are per register (Nghị định 30 Art. 22): "1/2026" is told apart by the unit whose register it is.
        return (rows.OrderByDescending(r => r.SearchKey).Skip(offset).Take(take).Select(r => r with { RegisterName = tree.Find(r.RegisterUnitId)?.Name ?? "" }).ToList(), total);
    }

    /// <summary>The register of the person's unit for a period, in number order (the Appendix IV register and its export).</summary>
    public async Task<IReadOnlyList<IncomingRow>> RegisterAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        if (to < from || to.DayNumber - from.DayNumber > 366)
        {
            throw new DomainException("Khoảng thời gian của sổ phải từ 1 ngày đến 1 năm.");
        }

        await using var db = await services.Db.CreateDbContextAsync(ct);
        var unitId = actor.UnitId!.Value;
        // The unit's own register: its ordinary documents, and the secret ones whose access list names the person.
        var me = actor.UserId!.Value;
        var readable = db.IncomingDocumentReaders.Where(r => r.UserId == me).Select(r => r.DocumentId);
        var visible = db.IncomingDocuments.AsNoTracking()
            .Where(d => d.UnitId == unitId && d.ArrivalDate >= from && d.ArrivalDate <= to
                && (d.Confidentiality == DocumentConfidentiality.Thuong || readable.Contains(d.Id)));
        return await Project(visible.OrderBy(d => d.Year).ThenBy(d => d.ArrivalNumber)).Take(10_000).ToListAsync(ct);
    }

    public async Task<string> MyUnitNameAsync(CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().Where(u => u.Id == actor.UnitId).Select(u => u.Name).SingleAsync(ct);
    }

    /// <summary>The SQL of one list page (the benchmark prints it).</summary>
    public async Task<string> ListSqlAsync(IncomingListQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var parts = await FilteredAsync(db, actor, tree, query, ct);
        return string.Join("\n-- next part\n", parts.Select(p => Project(p.OrderByDescending(d => d.SearchKey).Take(query.PageSize)).ToQueryString()));
    }

    /// <summary>
    /// The filtered parts. Text search goes through the full-text index for the person's own units (the large part) and
    /// word by word over the normalised text for the small ones (documents directed to them, secret ones they may read),
    /// so that the database starts each part from its smallest set.
    /// </summary>
    private async Task<List<IQueryable<IncomingDocument>>> FilteredAsync(WorkspaceDbContext db, Actor actor, OrgTree tree, IncomingListQuery query, CancellationToken ct)
    {
        // The dashboard's drill-down (Art. 18): documents registered by a unit or the units below it.
        var within = query.UnitWithin is { } unit ? tree.Find(unit) is null ? [] : tree.Subtree(unit).Select(u => u.Id).ToList() : null;
        return (await IncomingAccess.Rule.NonEmptyPartsAsync(db, actor, tree, ct))
            .Select((part, i) => Filter(db, actor, within is null ? part : part.Where(d => within.Contains(d.UnitId)), query, indexSearch: i == 0)).ToList();
    }

    private IQueryable<IncomingDocument> Filter(WorkspaceDbContext db, Actor actor, IQueryable<IncomingDocument> documents, IncomingListQuery query, bool indexSearch)
    {
        var me = actor.UserId!.Value;
        documents = query.Tab switch
        {
            IncomingTab.Queue => documents.Where(d => d.UnitId == actor.UnitId && (d.State == IncomingState.Registered || d.State == IncomingState.Presented)),
            IncomingTab.WaitingForMe => documents.Where(d => d.PresentedToId == me && d.State == IncomingState.Presented),
            IncomingTab.All => documents,
        };
        if (query.State is { } state)
        {
            documents = documents.Where(d => d.State == state);
        }

        if (query.Type is { } type)
        {
            documents = documents.Where(d => d.Type == type);
        }

        if (query.Urgency is { } urgency)
        {
            documents = documents.Where(d => d.Urgency == urgency);
        }

        if (query.From is { } from)
        {
            documents = documents.Where(d => d.ArrivalDate >= from);
        }

        if (query.To is { } to)
        {
            documents = documents.Where(d => d.ArrivalDate <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Search) && SqliteDocumentSearch.Words(query.Search) is { Count: > 0 } words)
        {
            if (indexSearch)
            {
                var keys = search.Matching(db, query.Search);
                documents = documents.Where(d => keys.Contains(d.SearchKey));
            }
            else
            {
                foreach (var word in words)
                {
                    documents = documents.Where(d => d.SearchText.Contains(word));
                }
            }
        }

        return documents;
    }

    private static IQueryable<IncomingRow> Project(IQueryable<IncomingDocument> documents) => documents.Select(d => new IncomingRow(
        d.SearchKey,
        d.Id, d.ArrivalNumber, d.Year, d.ArrivalDate, d.IssuerName, d.NumberSymbol, d.IssueDate, d.Type, d.Excerpt, d.Urgency, d.Confidentiality,
        d.Signer, d.State, d.PresentedToName, d.DirectedByName, d.DirectionText, d.RegisteredByName,
        string.Join(", ", d.Units.OrderByDescending(u => u.IsLead).Select(u => u.UnitName)), d.UnitId, ""));

    /// <summary>The document's page. Opening it is recorded (who, when): Appendix VI §5 keeps who viewed a document.</summary>
    public async Task<IncomingDetail> GetAsync(Guid id, bool recordView = true, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var document = await LoadVisibleAsync(db, actor, tree, id, ct);
        var relation = IncomingAccess.Rule.RelationOf(actor, document, tree);
        if (recordView)
        {
            await DocumentView.RecordAsync(db, actor, document.Id, services.Clock.GetUtcNow().UtcDateTime, ct);
        }

        var files = await FileService.ListAsync(db, IncomingDocument.FilesArea, id, ct);
        var handling = new List<UnitHandling>();
        if (document.TaskId is { } taskId && (await tasks.ProgressAsync(db, [taskId], ct)).GetValueOrDefault(taskId) is { } task)
        {
            handling.AddRange(task.Units.Select(u =>
                new UnitHandling(u.UnitId, u.UnitName, u.IsLead, u.DueDate, u.HandlerName, task.State, u.Status, u.Percent, u.ReportedAtUtc)));
        }

        // Who viewed it: shown to those who act on it (the clerk, the leaders), not to every reader.
        var views = relation.HasFlag(IncomingRelation.Clerk) || relation.HasFlag(IncomingRelation.Leader) || relation.HasFlag(IncomingRelation.PresentedTo)
            ? await DocumentView.LatestAsync(db, id, ct)
            : [];
        var allowed = IncomingAccess.Rule.Allowed(relation, document);
        var presentTo = allowed.Contains(IncomingOperation.Present) ? LeadersToPresentTo(tree, document.UnitId) : [];
        return new IncomingDetail(document, tree.Find(document.UnitId)?.Name ?? "", relation, allowed, files, handling, views, presentTo);
    }

    /// <summary>One file of a document the person may see (the main PDF for the inline preview, or an attachment).</summary>
    public async Task<StoredFileInfo> GetFileAsync(Guid id, Guid fileId, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var document = await LoadVisibleAsync(db, actor, await services.Organization.TreeAsync(db, ct), id, ct);
        if (document.State == IncomingState.Recalled)
        {
            // Appendix VI §8: the received copy of a recalled document is withdrawn.
            throw new ForbiddenException("Văn bản đã bị nơi gửi thu hồi; tệp của văn bản không còn được cung cấp.");
        }

        return await FileService.FindAsync(db, IncomingDocument.FilesArea, id, fileId, ct);
    }

    private static async Task<IncomingDocument> LoadVisibleAsync(WorkspaceDbContext db, Actor actor, OrgTree tree, Guid id, CancellationToken ct)
    {
        var document = await db.IncomingDocuments.AsNoTracking().Include(d => d.Units).Include(d => d.Readers).SingleOrDefaultAsync(d => d.Id == id, ct);
        return document is not null && IncomingAccess.Rule.RelationOf(actor, document, tree) != IncomingRelation.None
            ? document
            : throw new NotFoundException(NotFoundMessage);
    }

    private static List<OrgPerson> LeadersToPresentTo(OrgTree tree, Guid unitId)
    {
        var unit = tree.Find(unitId)!;
        return tree.People.Where(p => p.IsAssigned && IncomingAccess.MayBePresentedTo(p, unit)).OrderBy(p => p.FullName).ToList();
    }
}
