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

    /// <summary>Leads the owner unit or a unit above it (the city's leaders: every unit): reads, from the whole to the detail (Art. 18.2).</summary>
    Overseer = 8,
}

/// <summary>
/// Who sees and acts on a data request: the organisation that asked (all its people, never another organisation); once
/// sent, the owner unit's stewards and the platform authority's people. A draft is the requester's alone.
/// </summary>
public sealed class DataRequestAccess : AccessRule<DataRequest, RequestRelation, RequestOperation>
{
    public const string NotFound = "Không tìm thấy yêu cầu khai thác dữ liệu, hoặc bạn không có quyền xem.";

    private DataRequestAccess()
    {
    }

    public static DataRequestAccess Rule { get; } = new();

    public override string NotFoundMessage => NotFound;

    private static bool IsSteward(Actor actor) => actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer);

    public override RequestRelation RelationOf(Actor actor, DataRequest request, OrgTree tree)
    {
        if (!actor.IsAssigned)
        {
            return RequestRelation.None;
        }

        var unit = actor.UnitId!.Value;
        var relation = unit == request.RequesterUnitId ? RequestRelation.Requester : RequestRelation.None;
        if (request.State == RequestState.Draft || actor.IsOutsider)
        {
            return relation;
        }

        if (unit == request.OwnerUnitId && IsSteward(actor))
        {
            relation |= RequestRelation.Steward;
        }

        if (actor.IsLeader && tree.IsWithin(request.OwnerUnitId, unit))
        {
            relation |= RequestRelation.Overseer;
        }

        if (tree.PlatformAuthority?.Id == unit)
        {
            relation |= RequestRelation.PlatformAuthority;
        }

        return relation;
    }

    public override bool Allows(RequestRelation r, RequestOperation operation, DataRequest request) => Allows(r, operation);

    public static bool Allows(RequestRelation r, RequestOperation operation) => r != RequestRelation.None && operation switch
    {
        RequestOperation.View => true,
        RequestOperation.Edit or RequestOperation.Submit or RequestOperation.Answer or RequestOperation.ReportError or RequestOperation.AskOnward => r.HasFlag(RequestRelation.Requester),
        RequestOperation.DecideOnward => r.HasFlag(RequestRelation.Steward) || r.HasFlag(RequestRelation.PlatformAuthority),
        RequestOperation.Transfer or RequestOperation.Comment => r.HasFlag(RequestRelation.Steward) || r.HasFlag(RequestRelation.PlatformAuthority),
        RequestOperation.StartReview or RequestOperation.AskQuestion or RequestOperation.Approve or RequestOperation.Refuse
            or RequestOperation.Provide or RequestOperation.Terminate or RequestOperation.ResolveError => r.HasFlag(RequestRelation.Steward),
    };

    protected override string Refusal(RequestOperation operation) => operation switch
    {
        RequestOperation.Edit or RequestOperation.Submit or RequestOperation.Answer or RequestOperation.ReportError or RequestOperation.AskOnward =>
            "Chỉ tổ chức gửi yêu cầu được sửa, gửi hoặc bổ sung yêu cầu.",
        RequestOperation.View or RequestOperation.StartReview or RequestOperation.AskQuestion or RequestOperation.Approve or RequestOperation.Refuse
            or RequestOperation.Transfer or RequestOperation.Provide or RequestOperation.Terminate or RequestOperation.Comment
            or RequestOperation.ResolveError or RequestOperation.DecideOnward =>
            "Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của đơn vị quản lý dữ liệu được xử lý yêu cầu.",
    };

    /// <summary>The same rule as <see cref="RelationOf"/>, as a query.</summary>
    public override IQueryable<DataRequest> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var requests = db.DataRequests.AsNoTracking();
        if (!actor.IsAssigned)
        {
            return requests.Where(r => false);
        }

        var unit = actor.UnitId!.Value;
        if (actor.IsOutsider)
        {
            return requests.Where(r => r.RequesterUnitId == unit);
        }

        if (tree.PlatformAuthority?.Id == unit || tree.LeadsAll(actor))
        {
            return requests.Where(r => r.RequesterUnitId == unit || r.State != RequestState.Draft);
        }

        // A leader oversees the units below theirs; a steward answers for their own unit; anyone else sees what their unit asked.
        List<Guid> owned = actor.IsLeader ? [.. tree.Subtree(unit).Select(u => u.Id)] : IsSteward(actor) ? [unit] : [];
        return requests.Where(r => r.RequesterUnitId == unit || r.State != RequestState.Draft && owned.Contains(r.OwnerUnitId));
    }

    /// <summary>Everyone who may see the request: the rule applied to the people of the units around it.</summary>
    public override IReadOnlyCollection<Guid> Audience(DataRequest request, OrgTree tree)
    {
        var units = tree.Ancestors(request.OwnerUnitId).Select(u => u.Id).Append(request.OwnerUnitId).Append(request.RequesterUnitId)
            .Append(tree.PlatformAuthority?.Id ?? Guid.Empty).Distinct();
        return tree.PeopleIn(units).Where(p => p.IsAssigned && RelationOf(p.AsActor(), request, tree) != RequestRelation.None).Select(p => p.Id).ToHashSet();
    }
}
