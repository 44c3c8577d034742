using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.DataRequests;

public enum RequestTab
{
    /// <summary>Requests my organisation sent (drafts included).</summary>
    Mine,

    /// <summary>The steward's queue: sent to my unit and not yet answered.</summary>
    Queue,

    /// <summary>Everything I may see.</summary>
    All,
}

/// <summary>The tabs a person has on the request list, and the one it opens on: their own queue (issue 24).</summary>
public static class RequestTabs
{
    /// <summary>An outside organisation answers no request: it has no queue.</summary>
    public static IReadOnlyList<RequestTab> For(Actor actor) =>
        actor.IsOutsider ? [RequestTab.Mine, RequestTab.All] : Enum.GetValues<RequestTab>();

    /// <summary>A steward or a unit's leader opens on the requests waiting for their unit's answer; the city's leaders on all.</summary>
    public static RequestTab DefaultFor(Actor actor) =>
        actor.IsInAnyRole(Role.DataOfficer, Role.UnitLeader) ? RequestTab.Queue
        : actor.IsInRole(Role.CityLeader) ? RequestTab.All
        : RequestTab.Mine;
}

public sealed record RequestListQuery(RequestTab Tab = RequestTab.All, RequestState? State = null, string? Search = null, int Page = 0, int PageSize = 20,
    Guid? OwnerWithin = null, DateOnly? SubmittedFrom = null, DateOnly? SubmittedTo = null, DateOnly? AnsweredFrom = null, DateOnly? AnsweredTo = null)
{
    /// <summary>The dashboard's drill-down filters (Art. 18).</summary>
    public bool FromDashboard => OwnerWithin is not null || SubmittedFrom is not null || SubmittedTo is not null || AnsweredFrom is not null || AnsweredTo is not null;
}

/// <summary>
/// A request as lists show it: the organisation that asked (<paramref name="RequesterOrganisation"/>) with the person who
/// sent it, and whether its answer is late (the clock runs and the day is past; a question stops it).
/// </summary>
public sealed record RequestRow(Guid Id, string? Number, string RequesterName, string? DatasetName, string? UncataloguedDescription, Guid OwnerUnitId, RequestState State,
    DateOnly? DueOn, DateOnly? AgreedTo, DateTime CreatedAtUtc, string RequesterOrganisation = "", bool IsOverdue = false);

public sealed record RequestPage(IReadOnlyList<RequestRow> Items, int Total, bool MoreThanTotal = false);

public sealed record RequestDetail(DataRequest Request, string RequesterUnitName, string OwnerName, RequestRelation Relation, IReadOnlyList<RequestOperation> Allowed,
    IReadOnlyList<StoredFileInfo> Files, IReadOnlyList<DataAccessToken> Tokens, bool Overdue)
{
    public bool Can(RequestOperation operation) => Allowed.Contains(operation);
}

public sealed record SharingLogQuery(Guid? DatasetId = null, Guid? RequesterUnitId = null, int Page = 0, int PageSize = 50);

/// <summary>What the API reads through a token: the request, the dataset and the files shared under it.</summary>
public sealed record SharedData(Guid RequestId, string? Number, string? DatasetName, DateOnly AgreedFrom, DateOnly AgreedTo, IReadOnlyList<StoredFileInfo> Files);

/// <summary>Reading data requests: lists, the page, downloads (logged), token reads (logged), the sharing log.</summary>
public sealed class DataRequestQueries(WorkflowServices services)
{
    public const string NotFoundMessage = DataRequestAccess.NotFound;

    /// <summary>Lists and the log count at most this many rows.</summary>
    public const int CountCap = 1_000;

    private static readonly RequestState[] Open = [RequestState.Submitted, RequestState.UnderReview, RequestState.NeedsInfo];

    /// <summary>An answer is late when the clock runs (not while a question waits: Art. 27.2's five days) and its day is past.</summary>
    private static bool IsLate(RequestState state, DateOnly? dueOn, DateOnly today) =>
        state is RequestState.Submitted or RequestState.UnderReview && dueOn < today;

    public async Task<RequestPage> ListAsync(RequestListQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        var size = Paging.Size(query.PageSize);
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var requests = DataRequestAccess.Rule.Visible(db, actor, tree);
        var unit = actor.UnitId ?? Guid.Empty;
        requests = query.Tab switch
        {
            RequestTab.Mine => requests.Where(r => r.RequesterUnitId == unit),
            RequestTab.Queue => requests.Where(r => r.OwnerUnitId == unit && Open.Contains(r.State)),
            RequestTab.All => requests,
        };
        if (query.State is { } state)
        {
            requests = requests.Where(r => r.State == state);
        }

        // The dashboard's drill-down: owned by a unit or those below it, submitted within a period (Huế's days).
        if (query.OwnerWithin is { } within)
        {
            var units = tree.Find(within) is null ? [] : tree.Subtree(within).Select(u => u.Id).ToList();
            requests = requests.Where(r => units.Contains(r.OwnerUnitId));
        }

        if (query.SubmittedFrom is { } from)
        {
            var start = VietnamTime.StartOfDayUtc(from);
            requests = requests.Where(r => r.SubmittedAtUtc >= start);
        }

        if (query.SubmittedTo is { } to)
        {
            var end = VietnamTime.EndOfDayUtc(to);
            requests = requests.Where(r => r.SubmittedAtUtc < end);
        }

        if (query.AnsweredFrom is { } answeredFrom)
        {
            var start = VietnamTime.StartOfDayUtc(answeredFrom);
            requests = requests.Where(r => r.AnsweredAtUtc >= start);
        }

        if (query.AnsweredTo is { } answeredTo)
        {
            var end = VietnamTime.EndOfDayUtc(answeredTo);
            requests = requests.Where(r => r.AnsweredAtUtc < end);
        }

        // Each word is in the request's text, its number ("YC-2026-0005", "0005"), or the name of the organisation that
        // asked or the unit that owns it ("vien thong", "so y te").
        foreach (var word in TextSearch.Normalize(query.Search).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var number = word.ToUpperInvariant();
            var units = tree.UnitsNamed(word);
            requests = requests.Where(r => r.SearchText.Contains(word) || (r.Number != null && r.Number.Contains(number))
                || units.Contains(r.RequesterUnitId) || units.Contains(r.OwnerUnitId));
        }

        var total = await requests.Take(CountCap + 1).CountAsync(ct);
        var ordered = query.Tab == RequestTab.Queue ? requests.OrderBy(r => r.DueOn).ThenBy(r => r.Id) : requests.OrderByDescending(r => r.CreatedAtUtc).ThenBy(r => r.Id);
        var rows = await ordered.Skip(Paging.Offset(query.Page, size)).Take(size)
            .Select(r => new { Row = new RequestRow(r.Id, r.Number, r.RequesterName, r.DatasetName, r.UncataloguedDescription, r.OwnerUnitId, r.State, r.DueOn, r.AgreedTo, r.CreatedAtUtc, "", false), r.RequesterUnitId })
            .ToListAsync(ct);
        var today = VietnamTime.Today(services.Clock);
        return new RequestPage(rows.Select(x => x.Row with
        {
            RequesterOrganisation = tree.Find(x.RequesterUnitId)?.Name ?? "",
            IsOverdue = IsLate(x.Row.State, x.Row.DueOn, today),
        }).ToList(), Math.Min(total, CountCap), total > CountCap);
    }

    public async Task<RequestDetail> GetAsync(Guid id, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var request = await db.DataRequests.AsNoTracking().Include(r => r.Events.OrderBy(e => e.AtUtc)).Include(r => r.Errors).Include(r => r.Onward).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        var relation = request is null ? RequestRelation.None : DataRequestAccess.Rule.RelationOf(actor, request, tree);
        if (request is null || relation == RequestRelation.None)
        {
            throw new NotFoundException(NotFoundMessage);
        }

        var tokens = relation.HasFlag(RequestRelation.Steward) || relation.HasFlag(RequestRelation.PlatformAuthority)
            ? await db.DataAccessTokens.AsNoTracking().Where(t => t.RequestId == id).OrderByDescending(t => t.CreatedAtUtc).ToListAsync(ct)
            : [];
        var today = VietnamTime.Today(services.Clock);
        return new RequestDetail(request, tree.Find(request.RequesterUnitId)?.Name ?? "", tree.Find(request.OwnerUnitId)?.Name ?? "", relation,
            DataRequestAccess.Rule.Allowed(relation, request), await FileService.ListAsync(db, DataRequestService.FilesArea, id, ct), tokens,
            IsLate(request.State, request.DueOn, today));
    }

    /// <summary>
    /// A provided file: the requester downloads it only within the agreed term, and each download is logged (Nghị định 47
    /// Art. 45); the owner's stewards read it any time.
    /// </summary>
    public async Task<StoredFileInfo> DownloadAsync(Guid id, Guid fileId, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var request = await db.DataRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        var relation = request is null ? RequestRelation.None : DataRequestAccess.Rule.RelationOf(actor, request, tree);
        if (request is null || relation == RequestRelation.None)
        {
            throw new NotFoundException(NotFoundMessage);
        }

        var file = await FileService.FindAsync(db, DataRequestService.FilesArea, id, fileId, ct);
        if (relation.HasFlag(RequestRelation.Steward))
        {
            return file;
        }

        if (!relation.HasFlag(RequestRelation.Requester) || !request.IsWithinTerm(VietnamTime.Today(services.Clock)))
        {
            throw new ForbiddenException("Chỉ bên yêu cầu được tải dữ liệu, và chỉ trong thời hạn chia sẻ đã thỏa thuận.");
        }

        db.SharingLog.AddRange(SharingLogEntry.For(request, SharingLogKind.Downloaded, SharingMethod.File, $"Tải tệp {file.FileName}", actor.Name, services.Clock.GetUtcNow().UtcDateTime));
        await db.SaveAsAsync(actor, ct);
        return file;
    }

    /// <summary>
    /// A read through the API with a bearer token: the token of this request, not revoked, within the term; each read is
    /// logged. Anything else is null (the endpoint answers 401 without saying which).
    /// </summary>
    public async Task<SharedData?> ReadSharedAsync(Guid requestId, string? bearer, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(bearer) || bearer.Length > 200)
        {
            return null;
        }

        var hash = DataAccessToken.HashOf(bearer);
        var today = VietnamTime.Today(services.Clock);
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var token = await db.DataAccessTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash && t.RequestId == requestId, ct);
        var request = token is null ? null : await db.DataRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (token is null || token.RevokedAtUtc is not null || token.ExpiresOn < today || request is null || !request.IsWithinTerm(today))
        {
            return null;
        }

        db.SharingLog.AddRange(SharingLogEntry.For(request, SharingLogKind.ApiRead, SharingMethod.Api, $"Đọc qua API (mã {token.Prefix}…)",
            $"Hệ thống của {request.RequesterName}", services.Clock.GetUtcNow().UtcDateTime));
        await db.SaveAsAsync(Actor.System, ct);
        return new SharedData(requestId, request.Number, request.DatasetName, request.AgreedFrom!.Value, request.AgreedTo!.Value,
            await FileService.ListAsync(db, DataRequestService.FilesArea, requestId, ct));
    }

    /// <summary>
    /// The sharing log (Nghị định 47 Art. 45), newest first: the platform authority sees all of it (Art. 32.8); a unit's
    /// stewards what their unit shared; a requester what it received.
    /// </summary>
    /// <returns>The page, and the count up to <see cref="CountCap"/> (more when <c>Total</c> is past it).</returns>
    public async Task<(IReadOnlyList<SharingLogEntry> Items, int Total)> SharingLogAsync(SharingLogQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var unit = actor.UnitId ?? Guid.Empty;
        var all = db.SharingLog.AsNoTracking();
        if (query.DatasetId is { } dataset)
        {
            all = all.Where(e => e.DatasetId == dataset);
        }

        if (query.RequesterUnitId is { } requester)
        {
            all = all.Where(e => e.RequesterUnitId == requester);
        }

        // Disjoint parts, each an index walk newest first (one OR over both made SQLite gather every match first):
        // everything for the platform authority; what the unit shared and what it received for a steward; what it received otherwise.
        List<IQueryable<SharingLogEntry>> parts = tree.PlatformAuthority?.Id == unit ? [all]
            : actor.IsInAnyRole(Organization.Role.UnitLeader, Organization.Role.DataOfficer)
                ? [all.Where(e => e.OwnerUnitId == unit), all.Where(e => e.RequesterUnitId == unit && e.OwnerUnitId != unit)]
                : [all.Where(e => e.RequesterUnitId == unit)];
        var size = Paging.Size(query.PageSize);
        var offset = Paging.Offset(query.Page, size);
        var total = 0;
        var rows = new List<SharingLogEntry>();
        foreach (var part in parts)
        {
            // Counted up to CountCap: a log of millions pays for an exact count with a full scan; "more than" says as much.
            total += await part.Take(CountCap + 1).CountAsync(ct);
            rows.AddRange(await part.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(offset + size).ToListAsync(ct));
        }

        var items = rows.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Skip(offset).Take(size).ToList();
        return (items, total);
    }
}
