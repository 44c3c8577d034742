using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.DataRequests;

[Flags]
public enum RequestRelation
{
    None = 0,

    /// <summary>Belongs to the organisation (or unit) that asked.</summary>
    Requester = 1,

    /// <summary>The owner unit's leader or data officer: reviews, asks, agrees or refuses, provides.</summary>
    Steward = 2,

    /// <summary>Works in the platform authority: sees every request, may comment (Art. 27.1d, 32.8) and transfer.</summary>
    PlatformAuthority = 4,
}

/// <summary>
/// Who sees and acts on a data request: the organisation that asked (all its people, never another organisation); once
/// sent, the owner unit's stewards and the platform authority's people. A draft is the requester's alone.
/// </summary>
public static class DataRequestAccess
{
    private static bool IsSteward(Actor actor) => actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer);

    public static RequestRelation RelationOf(Actor actor, DataRequest request, OrgTree tree)
    {
        if (!actor.IsAssigned)
        {
            return RequestRelation.None;
        }

        var unit = actor.UnitId!.Value;
        var relation = unit == request.RequesterUnitId ? RequestRelation.Requester : RequestRelation.None;
        if (request.State == RequestState.Draft || actor.Roles.All(r => r == Role.DataRequester))
        {
            return relation;
        }

        if (unit == request.OwnerUnitId && IsSteward(actor))
        {
            relation |= RequestRelation.Steward;
        }

        if (tree.PlatformAuthority?.Id == unit)
        {
            relation |= RequestRelation.PlatformAuthority;
        }

        return relation;
    }

    public static bool Allows(RequestRelation r, RequestOperation operation) => r != RequestRelation.None && operation switch
    {
        RequestOperation.View => true,
        RequestOperation.Edit or RequestOperation.Submit or RequestOperation.Answer or RequestOperation.ReportError or RequestOperation.AskOnward => r.HasFlag(RequestRelation.Requester),
        RequestOperation.DecideOnward => r.HasFlag(RequestRelation.Steward) || r.HasFlag(RequestRelation.PlatformAuthority),
        RequestOperation.Transfer or RequestOperation.Comment => r.HasFlag(RequestRelation.Steward) || r.HasFlag(RequestRelation.PlatformAuthority),
        _ => r.HasFlag(RequestRelation.Steward),
    };

    public static IReadOnlyList<RequestOperation> Allowed(RequestRelation relation, DataRequest request) =>
        Enum.GetValues<RequestOperation>().Where(op => Allows(relation, op) && request.Permits(op)).ToList();

    public static void Demand(RequestRelation relation, RequestOperation operation)
    {
        if (relation == RequestRelation.None)
        {
            throw new NotFoundException(DataRequestQueries.NotFoundMessage);
        }

        if (!Allows(relation, operation))
        {
            throw new ForbiddenException(operation switch
            {
                RequestOperation.Edit or RequestOperation.Submit or RequestOperation.Answer => "Chỉ tổ chức gửi yêu cầu được sửa, gửi hoặc bổ sung yêu cầu.",
                _ => "Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của đơn vị quản lý dữ liệu được xử lý yêu cầu.",
            });
        }
    }

    /// <summary>The same rule as <see cref="RelationOf"/>, as a query.</summary>
    public static IQueryable<DataRequest> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var requests = db.DataRequests.AsNoTracking();
        if (!actor.IsAssigned)
        {
            return requests.Where(r => false);
        }

        var unit = actor.UnitId!.Value;
        if (actor.Roles.All(r => r == Role.DataRequester))
        {
            return requests.Where(r => r.RequesterUnitId == unit);
        }

        var steward = IsSteward(actor);
        var platform = tree.PlatformAuthority?.Id == unit;
        return requests.Where(r => r.RequesterUnitId == unit
            || r.State != RequestState.Draft && (platform || steward && r.OwnerUnitId == unit));
    }

    public static async Task<IReadOnlyList<Guid>> AudienceAsync(WorkspaceDbContext db, OrgTree tree, DataRequest request, CancellationToken ct)
    {
        var units = new[] { request.RequesterUnitId, request.OwnerUnitId, tree.PlatformAuthority?.Id ?? Guid.Empty };
        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null && units.Contains(p.UnitId.Value))
            .Select(p => new { p.Id, p.FullName, p.UnitId, p.Roles }).ToListAsync(ct);
        return people.Where(p => RelationOf(new Actor(p.Id, p.FullName, p.UnitId, p.Roles.ToHashSet()), request, tree) != RequestRelation.None).Select(p => p.Id).ToList();
    }
}
