using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>What a person may do with a council of Art. 5.5.</summary>
public enum CouncilOperation
{
    View,

    /// <summary>A member records the checklist of the Art. 5.4 criteria.</summary>
    Check,

    /// <summary>A member votes, a disagreement with its reason.</summary>
    Vote,

    /// <summary>The chair closes the session; the council's rule gives the outcome.</summary>
    Close,
}

/// <summary>
/// Who sees a council, in the access-rule shape of every area: while it sits, its members and the platform authority's
/// stewards only (a review in progress is not public); once closed, also the owner unit's people and the city's leaders.
/// Members check and vote, the chair closes.
/// </summary>
public sealed class CouncilAccess : AccessRule<Council, CouncilRelation, CouncilOperation>
{
    public const string NotFound = "Không tìm thấy hội đồng thẩm định, hoặc bạn không có quyền xem.";

    public static CouncilAccess Rule { get; } = new();

    public override string NotFoundMessage => NotFound;

    public override CouncilRelation RelationOf(Actor actor, Council council, OrgTree tree)
    {
        if (actor.IsOutsider)
        {
            return CouncilRelation.None;
        }

        var relation = CouncilRelation.None;
        if (council.Members.FirstOrDefault(m => m.UserId == actor.UserId) is { } member)
        {
            relation |= CouncilRelation.Member | (member.IsChair ? CouncilRelation.Chair : 0);
        }

        if (IsOrganiser(actor, tree))
        {
            relation |= CouncilRelation.Organiser;
        }

        if (council.State == CouncilState.Closed && (actor.UnitId == council.OwnerUnitId || actor.IsInRole(Role.CityLeader)))
        {
            relation |= CouncilRelation.Reader;
        }

        return relation;
    }

    public override bool Allows(CouncilRelation relation, CouncilOperation operation, Council council) => operation switch
    {
        CouncilOperation.View => relation != CouncilRelation.None,
        CouncilOperation.Check or CouncilOperation.Vote => relation.HasFlag(CouncilRelation.Member),
        CouncilOperation.Close => relation.HasFlag(CouncilRelation.Chair),
    };

    public override IQueryable<Council> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var councils = db.Councils.AsNoTracking();
        if (actor.IsOutsider)
        {
            return councils.Where(c => false);
        }

        if (IsOrganiser(actor, tree))
        {
            return councils;
        }

        var me = actor.UserId!.Value;
        var unit = actor.UnitId!.Value;
        var leader = actor.IsInRole(Role.CityLeader);
        var sits = db.CouncilMembers.Where(m => m.UserId == me).Select(m => m.CouncilId);
        return councils.Where(c => sits.Contains(c.Id) || c.State == CouncilState.Closed && (leader || c.OwnerUnitId == unit));
    }

    protected override string Refusal(CouncilOperation operation) => operation switch
    {
        CouncilOperation.View => NotFound,
        CouncilOperation.Check or CouncilOperation.Vote => "Chỉ thành viên hội đồng được cho ý kiến và biểu quyết.",
        CouncilOperation.Close => "Chỉ chủ tịch hội đồng được kết thúc phiên họp.",
    };

    private static bool IsOrganiser(Actor actor, OrgTree tree) =>
        tree.PlatformAuthority?.Id == actor.UnitId && actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer);
}
