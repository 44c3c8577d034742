using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>What another module may read of the catalogue: the datasets a person may see among those it names (a data request's).</summary>
public interface IDatasetCatalogue
{
    /// <summary>One entry per id asked, in order; null where the dataset does not exist or the person may not see it.</summary>
    Task<IReadOnlyList<CatalogueEntry?>> FindAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, IReadOnlyList<Guid> ids, CancellationToken ct);
}

/// <summary>A dataset as another module sees it: its name, the unit that owns it (and answers for it), whether it is a state secret.</summary>
public sealed record CatalogueEntry(Guid Id, string Name, Guid OwnerUnitId, bool IsStateSecret);

/// <summary>The catalogue read through the datasets' own access rule.</summary>
public sealed class DatasetCatalogue : IDatasetCatalogue
{
    public async Task<IReadOnlyList<CatalogueEntry?>> FindAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var found = await db.Datasets.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        return ids.Select(id => found.SingleOrDefault(d => d.Id == id) is { } d && DatasetAccess.Rule.RelationOf(actor, d, tree) != DatasetRelation.None
            ? new CatalogueEntry(d.Id, d.Name, d.OwnerUnitId, d.IsStateSecret)
            : null).ToList();
    }
}
