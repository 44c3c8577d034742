using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>A published dataset as the public sees it (Art. 20): its metadata and its files.</summary>
public sealed record OpenDataset(Dataset Dataset, string OwnerName, string OwnerCode, IReadOnlyList<CodeList> CodeLists, IReadOnlyList<StoredFileInfo> Files);

public sealed record CatalogueRow(Guid Id, string Name, string OwnerName, DatasetType Type, string? CertificateNumber, DateOnly? CertifiedOn, DateOnly? ExpiresOn, bool Published);

/// <summary>
/// What anyone may read without signing in (Art. 20, 26.4, 30): published datasets (public, certified, never with personal
/// data, never a state secret) and the catalogue of certified data without state secrets. No current user: nothing here
/// depends on who asks.
/// </summary>
public sealed class OpenDataQueries(IDbContextFactory<WorkspaceDbContext> dbFactory, OrganizationDirectory organization)
{
    public const string NotFoundMessage = "Không tìm thấy bộ dữ liệu mở.";

    /// <summary>Published, and still publishable: the filter every public answer starts from.</summary>
    private static IQueryable<Dataset> Published(WorkspaceDbContext db) =>
        db.Datasets.AsNoTracking().Where(d => d.State == DatasetState.Published && d.IsPublic && !d.IsStateSecret && !d.Fields.Any(f => f.IsPersonal));

    public async Task<(IReadOnlyList<OpenDataset> Items, int Total)> SearchAsync(string? search, Guid? ownerUnitId = null, int page = 0, int pageSize = 20, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var datasets = Published(db);
        foreach (var word in TextSearch.Normalize(search).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            datasets = datasets.Where(d => d.SearchText.Contains(word));
        }

        if (ownerUnitId is { } owner)
        {
            datasets = datasets.Where(d => d.OwnerUnitId == owner);
        }

        var size = Paging.Size(pageSize);
        var total = await datasets.CountAsync(ct);
        var ids = await datasets.OrderByDescending(d => d.PublishedAtUtc).ThenBy(d => d.Name).Skip(Paging.Offset(page, size)).Take(size).Select(d => d.Id).ToListAsync(ct);
        return (await LoadAsync(db, ids, ct), total);
    }

    public async Task<OpenDataset> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await LoadAsync(db, [id], ct)).SingleOrDefault() ?? throw new NotFoundException(NotFoundMessage);
    }

    public async Task<IReadOnlyList<OpenDataset>> AllAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoadAsync(db, await Published(db).OrderBy(d => d.Name).Select(d => d.Id).Take(10_000).ToListAsync(ct), ct);
    }

    /// <summary>A file of a published dataset.</summary>
    public async Task<StoredFileInfo> GetFileAsync(Guid id, Guid fileId, CancellationToken ct = default)
    {
        await GetAsync(id, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await FileService.FindAsync(db, DatasetService.FilesArea, id, fileId, ct);
    }

    /// <summary>The published list of certified digital data (Art. 30.1): certified or published, never a state secret (30.3).</summary>
    public async Task<IReadOnlyList<CatalogueRow>> CatalogueAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await organization.TreeAsync(db, ct);
        var rows = await db.Datasets.AsNoTracking()
            .Where(d => (d.State == DatasetState.Certified || d.State == DatasetState.Published) && !d.IsStateSecret)
            .OrderBy(d => d.Name)
            .Select(d => new { d.Id, d.Name, d.OwnerUnitId, d.Type, d.CertificateNumber, d.CertifiedOn, d.CertificateExpiresOn, d.State }).ToListAsync(ct);
        return rows.Select(r => new CatalogueRow(r.Id, r.Name, tree.Find(r.OwnerUnitId)?.Name ?? "", r.Type, r.CertificateNumber, r.CertifiedOn, r.CertificateExpiresOn,
            r.State == DatasetState.Published)).ToList();
    }

    /// <summary>The units that publish (CKAN's organisations): code, name and how many datasets each publishes.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Code, string Name, int Count)>> PublishersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await organization.TreeAsync(db, ct);
        var counts = await Published(db).GroupBy(d => d.OwnerUnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.Select(c => tree.Find(c.Key) is { } unit ? (unit.Id, unit.Code, unit.Name, c.Count) : default).Where(x => x.Id != Guid.Empty).OrderBy(x => x.Code).ToList();
    }

    private async Task<List<OpenDataset>> LoadAsync(WorkspaceDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var tree = await organization.TreeAsync(db, ct);
        var datasets = await Published(db).Where(d => ids.Contains(d.Id)).Include(d => d.Fields.OrderBy(f => f.Position)).Include(d => d.CodeLists).AsSplitQuery().ToListAsync(ct);
        var listIds = datasets.SelectMany(d => d.CodeLists.Select(c => c.CodeListId)).Distinct().ToList();
        var lists = await db.CodeLists.AsNoTracking().Where(c => listIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var files = await db.StoredFiles.AsNoTracking().Where(f => f.Area == DatasetService.FilesArea && ids.Contains(f.RecordId)).OrderBy(f => f.UploadedAtUtc)
            .Select(f => new { f.RecordId, Info = new StoredFileInfo(f.Id, f.PartId, f.FileName, f.ContentType, f.Length, f.Sha256, f.UploadedByName, f.UploadedAtUtc) }).ToListAsync(ct);
        return ids.Select(id => datasets.FirstOrDefault(d => d.Id == id)).OfType<Dataset>().Select(d =>
        {
            var owner = tree.Find(d.OwnerUnitId);
            return new OpenDataset(d, owner?.Name ?? "", owner?.Code ?? "", d.CodeLists.Select(c => lists.GetValueOrDefault(c.CodeListId)).OfType<CodeList>().ToList(),
                files.Where(f => f.RecordId == d.Id).Select(f => f.Info).ToList());
        }).ToList();
    }
}
