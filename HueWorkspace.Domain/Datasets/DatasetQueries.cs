using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

public enum DatasetTab
{
    /// <summary>The whole catalogue the person may see.</summary>
    All,

    /// <summary>My unit's datasets (the owner's work list), overdue updates first.</summary>
    Mine,

    /// <summary>Certified and published: "dữ liệu số đạt chuẩn".</summary>
    Certified,
}

public sealed record DatasetListQuery(DatasetTab Tab = DatasetTab.All, DatasetState? State = null, DatasetType? Type = null, string? Search = null, int Page = 0, int PageSize = 20,
    Guid? OwnerWithin = null, DatasetEvent? Event = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The dashboard's drill-down filters (Art. 18).</summary>
    public bool FromDashboard => OwnerWithin is not null || Event is not null;
}

/// <summary>What happened to a dataset within a period, as the dashboard counts it.</summary>
public enum DatasetEvent
{
    Registered,
    Certified,
    Published,
}

public sealed record DatasetRow(Guid Id, string Name, Guid OwnerUnitId, string OwnerName, DatasetType Type, DatasetState State, bool IsPublic, bool IsStateSecret,
    UpdateFrequency Frequency, DateOnly? LastUpdatedOn, DateOnly? CertificateExpiresOn, bool UpdateOverdue);

public sealed record DatasetPage(IReadOnlyList<DatasetRow> Items, int Total);

public sealed record CouncilSummary(Guid Id, DateOnly MeetingDate, CouncilState State, bool? Certified);

public sealed record DatasetDetail(Dataset Dataset, string OwnerName, DatasetRelation Relation, IReadOnlyList<DatasetOperation> Allowed, IReadOnlyList<CodeList> CodeLists,
    SimilarDataset? SimilarTo, IReadOnlyList<StoredFileInfo> Files, IReadOnlyList<CouncilSummary> Councils, bool UpdateOverdue, string PlatformAuthorityName)
{
    public bool Can(DatasetOperation operation) => Allowed.Contains(operation);
}

/// <summary>Reading the catalogue: lists, a dataset's page, the duplicate suggestions while typing, the form's options.</summary>
public sealed class DatasetQueries(WorkflowServices services)
{
    public const string NotFoundMessage = DatasetAccess.NotFound;

    /// <summary>How many suggestions the form shows.</summary>
    public const int SuggestionCount = 5;

    public async Task<DatasetPage> ListAsync(DatasetListQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        var size = Paging.Size(query.PageSize);
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var today = VietnamTime.Today(services.Clock);
        var datasets = DatasetAccess.Rule.Visible(db, actor, tree);
        datasets = query.Tab switch
        {
            DatasetTab.Mine => datasets.Where(d => d.OwnerUnitId == actor.UnitId),
            DatasetTab.Certified => datasets.Where(d => d.State == DatasetState.Certified || d.State == DatasetState.Published),
            DatasetTab.All => datasets,
        };
        if (query.State is { } state)
        {
            datasets = datasets.Where(d => d.State == state);
        }

        if (query.Type is { } type)
        {
            datasets = datasets.Where(d => d.Type == type);
        }

        // The dashboard's drill-down: owned by a unit or those below it; registered, certified or published in a period.
        if (query.OwnerWithin is { } within)
        {
            var units = tree.Find(within) is null ? [] : tree.Subtree(within).Select(u => u.Id).ToList();
            datasets = datasets.Where(d => units.Contains(d.OwnerUnitId) && d.State != DatasetState.Draft);
        }

        if (query.Event is { } happened)
        {
            var (from, to) = (query.From ?? DateOnly.MinValue, query.To ?? DateOnly.MaxValue);
            var (start, end) = (VietnamTime.StartOfDayUtc(from), VietnamTime.EndOfDayUtc(to));
            datasets = happened switch
            {
                DatasetEvent.Registered => datasets.Where(d => d.State != DatasetState.Draft && d.CreatedAtUtc >= start && d.CreatedAtUtc < end),
                DatasetEvent.Certified => datasets.Where(d => d.CertifiedOn >= from && d.CertifiedOn <= to),
                DatasetEvent.Published => datasets.Where(d => d.PublishedAtUtc >= start && d.PublishedAtUtc < end),
            };
        }

        // Each word is in the dataset's text or the name of the unit that owns it ("so khoa hoc").
        foreach (var word in TextSearch.Normalize(query.Search).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var owners = tree.UnitsNamed(word);
            datasets = datasets.Where(d => d.SearchText.Contains(word) || owners.Contains(d.OwnerUnitId));
        }

        var total = await datasets.CountAsync(ct);
        var rows = await datasets.OrderBy(d => d.Name).Skip(Paging.Offset(query.Page, size)).Take(size)
            .Select(d => new { d.Id, d.Name, d.OwnerUnitId, d.Type, d.State, d.IsPublic, d.IsStateSecret, d.Frequency, d.LastUpdatedOn, d.CertificateExpiresOn })
            .ToListAsync(ct);
        return new DatasetPage(rows.Select(d => new DatasetRow(d.Id, d.Name, d.OwnerUnitId, tree.Find(d.OwnerUnitId)?.Name ?? "", d.Type, d.State, d.IsPublic, d.IsStateSecret,
            d.Frequency, d.LastUpdatedOn, d.CertificateExpiresOn,
            d.State != DatasetState.Draft && Dataset.NextUpdateDue(d.Frequency, d.LastUpdatedOn) is { } due && due < today)).ToList(), total);
    }

    public async Task<DatasetDetail> GetAsync(Guid id, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var dataset = await db.Datasets.AsNoTracking().Include(d => d.Fields.OrderBy(f => f.Position)).Include(d => d.CodeLists).AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, ct);
        var relation = dataset is null ? DatasetRelation.None : DatasetAccess.Rule.RelationOf(actor, dataset, tree);
        if (dataset is null || relation == DatasetRelation.None)
        {
            throw new NotFoundException(NotFoundMessage);
        }

        var listIds = dataset.CodeLists.Select(c => c.CodeListId).ToList();
        var similar = dataset.SimilarToId is { } similarId
            ? await db.Datasets.AsNoTracking().Where(o => o.Id == similarId).Select(o => new { o.Id, o.Name, o.OwnerUnitId, o.State }).SingleOrDefaultAsync(ct)
            : null;
        var councils = relation == DatasetRelation.Requester ? [] : await db.Councils.AsNoTracking().Where(c => c.DatasetId == id).OrderByDescending(c => c.OpenedAtUtc)
            .Select(c => new CouncilSummary(c.Id, c.MeetingDate, c.State, c.Certified)).ToListAsync(ct);
        return new DatasetDetail(dataset, tree.Find(dataset.OwnerUnitId)?.Name ?? "", relation, DatasetAccess.Rule.Allowed(relation, dataset),
            await db.CodeLists.AsNoTracking().Where(c => listIds.Contains(c.Id)).OrderBy(c => c.Code).ToListAsync(ct),
            similar is null ? null : new SimilarDataset(similar.Id, similar.Name, tree.Find(similar.OwnerUnitId)?.Name ?? "", similar.State, 0),
            await FileService.ListAsync(db, DatasetService.FilesArea, id, ct), councils, dataset.IsUpdateOverdue(VietnamTime.Today(services.Clock)),
            tree.PlatformAuthority?.Name ?? "");
    }

    /// <summary>
    /// The closest datasets of the catalogue to what is being typed (Art. 4.2b), as the person types: candidates share a
    /// word of the name (an indexed-text filter in the database), then each is scored (<see cref="DuplicateCheck"/>).
    /// Drafts of other units and state secrets are not suggested to those who may not see them.
    /// </summary>
    public async Task<IReadOnlyList<SimilarDataset>> SuggestAsync(string? name, string? description, IReadOnlyList<string?>? fields, Guid? except = null, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var found = await SimilarAsync(db, tree, DuplicateCheck.Of(name, description, fields ?? []), except, ct, DatasetAccess.Rule.Visible(db, actor, tree));
        return found.Where(s => s.Score >= DuplicateCheck.SuggestFrom).Take(SuggestionCount).ToList();
    }

    /// <summary>Every dataset sharing a name word with <paramref name="typed"/>, closest first (the service's check reads the whole catalogue).</summary>
    internal static async Task<List<SimilarDataset>> SimilarAsync(WorkspaceDbContext db, OrgTree tree, Words typed, Guid? except, CancellationToken ct, IQueryable<Dataset>? scope = null)
    {
        if (typed.Name.Count == 0)
        {
            return [];
        }

        var candidates = scope ?? db.Datasets.AsNoTracking().Where(d => d.State != DatasetState.Draft);
        if (except is { } self)
        {
            candidates = candidates.Where(d => d.Id != self);
        }

        // Any of the typed name's words in the name (the longest words: they narrow most), as one OR the database filters.
        var parameter = System.Linq.Expressions.Expression.Parameter(typeof(Dataset), "d");
        var name = System.Linq.Expressions.Expression.Property(parameter, nameof(Dataset.NormalizedName));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var any = typed.Name.OrderByDescending(w => w.Length).Take(4)
            .Select(w => (System.Linq.Expressions.Expression)System.Linq.Expressions.Expression.Call(name, contains, System.Linq.Expressions.Expression.Constant(w)))
            .Aggregate(System.Linq.Expressions.Expression.OrElse);
        var matching = candidates.Where(System.Linq.Expressions.Expression.Lambda<Func<Dataset, bool>>(any, parameter));
        var rows = await matching.Take(500).Select(d => new { d.Id, d.Name, d.Description, d.OwnerUnitId, d.State, Fields = d.Fields.Select(f => f.Name).ToList() }).ToListAsync(ct);
        return rows.Select(r => new SimilarDataset(r.Id, r.Name, tree.Find(r.OwnerUnitId)?.Name ?? "", r.State, DuplicateCheck.Score(typed, DuplicateCheck.Of(r.Name, r.Description, r.Fields))))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Name).ToList();
    }

    public async Task<IReadOnlyList<CodeList>> CodeListsAsync(CancellationToken ct = default)
    {
        services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        return await db.CodeLists.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
    }

    /// <summary>The people of my unit (the focal officer is one of them).</summary>
    public async Task<IReadOnlyList<UserProfile>> MyUnitPeopleAsync(CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        return await db.UserProfiles.AsNoTracking().Where(p => p.UnitId == actor.UnitId).OrderBy(p => p.FullName).ToListAsync(ct);
    }

    /// <summary>
    /// A file of a dataset: anyone who sees a published dataset downloads its open files; until it is published only its
    /// owner unit and the platform authority do — everyone else asks for the data (Art. 27.2).
    /// </summary>
    public async Task<StoredFileInfo> GetFileAsync(Guid id, Guid fileId, CancellationToken ct = default)
    {
        var detail = await GetAsync(id, ct);
        if (detail.Dataset.State != DatasetState.Published && (detail.Relation & (DatasetRelation.OwnerMember | DatasetRelation.PlatformAuthority)) == 0)
        {
            throw new ForbiddenException("Tệp của bộ dữ liệu chưa công bố chỉ cung cấp qua yêu cầu khai thác dữ liệu (Điều 27.2).");
        }

        await using var db = await services.Db.CreateDbContextAsync(ct);
        return await FileService.FindAsync(db, DatasetService.FilesArea, id, fileId, ct);
    }
}
