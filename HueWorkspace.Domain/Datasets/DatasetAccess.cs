using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

[Flags]
public enum DatasetRelation
{
    None = 0,

    /// <summary>Any civil servant of the city: reads the registered catalogue.</summary>
    Staff = 1,

    /// <summary>Works in the owner unit.</summary>
    OwnerMember = 2,

    /// <summary>The owner unit's leader or data officer: describes, registers, keeps it current, publishes it.</summary>
    Steward = 4,

    /// <summary>Works in the platform authority (the regulation's Sở TT&amp;TT, now Sở KH&amp;CN).</summary>
    PlatformAuthority = 8,

    /// <summary>The platform authority's leader or data officer: opens reviews.</summary>
    PlatformSteward = 16,

    /// <summary>An outside requester (Art. 27.2): sees certified, non-secret datasets only.</summary>
    Requester = 32,
}

/// <summary>
/// Who sees and changes a dataset: a draft only its owner unit; a state secret its owner unit and the platform
/// authority; the rest of the catalogue every civil servant; certified (and published) non-secret datasets also the
/// outside requesters. The owner's stewards change it; the platform authority's stewards open reviews.
/// </summary>
public static class DatasetAccess
{
    private static bool IsSteward(Actor actor) => actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer);

    public static bool IsRequester(Actor actor) => actor.IsAssigned && actor.Roles.All(r => r == Role.DataRequester);

    public static DatasetRelation RelationOf(Actor actor, Dataset d, OrgTree tree)
    {
        if (!actor.IsAssigned)
        {
            return DatasetRelation.None;
        }

        if (IsRequester(actor))
        {
            return d.State is DatasetState.Certified or DatasetState.Published && !d.IsStateSecret ? DatasetRelation.Requester : DatasetRelation.None;
        }

        var unit = actor.UnitId!.Value;
        var relation = DatasetRelation.None;
        if (unit == d.OwnerUnitId)
        {
            relation |= DatasetRelation.OwnerMember | (IsSteward(actor) ? DatasetRelation.Steward : 0);
        }

        if (tree.PlatformAuthority?.Id == unit)
        {
            relation |= DatasetRelation.PlatformAuthority | (IsSteward(actor) ? DatasetRelation.PlatformSteward : 0);
        }

        var seen = d.State == DatasetState.Draft ? relation.HasFlag(DatasetRelation.OwnerMember)
            : !d.IsStateSecret || relation != DatasetRelation.None;
        return seen ? relation | DatasetRelation.Staff : DatasetRelation.None;
    }

    public static bool Allows(DatasetRelation r, DatasetOperation operation) => r != DatasetRelation.None && operation switch
    {
        DatasetOperation.View => true,
        DatasetOperation.OpenReview => r.HasFlag(DatasetRelation.PlatformSteward),
        _ => r.HasFlag(DatasetRelation.Steward),
    };

    public static IReadOnlyList<DatasetOperation> Allowed(DatasetRelation relation, Dataset d) =>
        Enum.GetValues<DatasetOperation>().Where(op => Allows(relation, op) && d.Permits(op)).ToList();

    public static void Demand(DatasetRelation relation, DatasetOperation operation)
    {
        if (relation == DatasetRelation.None)
        {
            throw new NotFoundException(DatasetQueries.NotFoundMessage);
        }

        if (!Allows(relation, operation))
        {
            throw new ForbiddenException(operation == DatasetOperation.OpenReview
                ? "Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của cơ quan quản lý nền tảng được mở phiên thẩm định."
                : "Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của đơn vị chủ trì được thay đổi bộ dữ liệu.");
        }
    }

    /// <summary>The same rule as <see cref="RelationOf"/>, as a query.</summary>
    public static IQueryable<Dataset> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var datasets = db.Datasets.AsNoTracking();
        if (!actor.IsAssigned)
        {
            return datasets.Where(d => false);
        }

        if (IsRequester(actor))
        {
            return datasets.Where(d => (d.State == DatasetState.Certified || d.State == DatasetState.Published) && !d.IsStateSecret);
        }

        var unit = actor.UnitId!.Value;
        var platform = tree.PlatformAuthority?.Id == unit;
        return datasets.Where(d => d.OwnerUnitId == unit || d.State != DatasetState.Draft && (!d.IsStateSecret || platform));
    }

    /// <summary>People of a unit who steward its data (its leaders and data officers).</summary>
    public static async Task<List<Guid>> StewardsAsync(WorkspaceDbContext db, Guid? unitId, CancellationToken ct)
    {
        if (unitId is null)
        {
            return [];
        }

        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId == unitId).ToListAsync(ct);
        return people.Where(p => p.Roles.Contains(Role.UnitLeader) || p.Roles.Contains(Role.DataOfficer)).Select(p => p.Id).ToList();
    }

    /// <summary>Everyone who may see the dataset (told live when it changes).</summary>
    public static async Task<IReadOnlyList<Guid>> AudienceAsync(WorkspaceDbContext db, OrgTree tree, Dataset d, CancellationToken ct)
    {
        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null).Select(p => new { p.Id, p.FullName, p.UnitId, p.Roles }).ToListAsync(ct);
        return people.Where(p => RelationOf(new Actor(p.Id, p.FullName, p.UnitId, p.Roles.ToHashSet()), d, tree) != DatasetRelation.None).Select(p => p.Id).ToList();
    }
}
