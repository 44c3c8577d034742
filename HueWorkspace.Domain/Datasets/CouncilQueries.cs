using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

[Flags]
public enum CouncilRelation
{
    None = 0,
    Member = 1,
    Chair = 2,

    /// <summary>A steward of the platform authority (who opens reviews).</summary>
    Organiser = 4,

    /// <summary>After the close: the owner unit's people and the city's leaders read the outcome and the minutes.</summary>
    Reader = 8,
}

public sealed record MemberProgress(CouncilMember Member, IReadOnlyList<CouncilCheck> Checks, CouncilVote? Vote);

public sealed record CouncilDetail(Council Council, Dataset Dataset, string OwnerName, CouncilRelation Relation, IReadOnlyList<MemberProgress> Members)
{
    public MemberProgress? Mine(Guid? userId) => Members.FirstOrDefault(m => m.Member.UserId == userId);
}

public sealed record CouncilRow(Guid Id, string DatasetName, DateOnly MeetingDate, CouncilState State, bool? Certified, int Members, int Voted);

/// <summary>The councils a person may see (<see cref="CouncilAccess"/>), and one with its members' checklists and votes.</summary>
public sealed class CouncilQueries(WorkflowServices services)
{
    public const string NotFoundMessage = CouncilAccess.NotFound;

    public async Task<IReadOnlyList<CouncilRow>> ListAsync(CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var visible = await CouncilAccess.Rule.Visible(db, actor, tree).Include(c => c.Members).OrderByDescending(c => c.OpenedAtUtc).Take(500).ToListAsync(ct);
        var ids = visible.Select(c => c.Id).ToList();
        var votes = await db.CouncilVotes.AsNoTracking().Where(v => ids.Contains(v.CouncilId)).GroupBy(v => v.CouncilId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return visible.Select(c => new CouncilRow(c.Id, c.DatasetName, c.MeetingDate, c.State, c.Certified, c.Members.Count, votes.GetValueOrDefault(c.Id))).ToList();
    }

    public async Task<CouncilDetail> GetAsync(Guid id, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var council = await db.Councils.AsNoTracking().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, ct);
        var relation = council is null ? CouncilRelation.None : CouncilAccess.Rule.RelationOf(actor, council, tree);
        if (council is null || relation == CouncilRelation.None)
        {
            throw new NotFoundException(NotFoundMessage);
        }

        var dataset = await db.Datasets.AsNoTracking().Include(d => d.Fields.OrderBy(f => f.Position)).SingleAsync(d => d.Id == council.DatasetId, ct);
        var checks = await db.CouncilChecks.AsNoTracking().Where(c => c.CouncilId == id).ToListAsync(ct);
        var votes = await db.CouncilVotes.AsNoTracking().Where(v => v.CouncilId == id).ToListAsync(ct);
        var members = council.Members.OrderByDescending(m => m.IsChair).ThenBy(m => m.Body).ThenBy(m => m.Name)
            .Select(m => new MemberProgress(m, checks.Where(c => c.UserId == m.UserId).OrderBy(c => c.Criterion).ToList(), votes.SingleOrDefault(v => v.UserId == m.UserId)))
            .ToList();
        return new CouncilDetail(council, dataset, tree.Find(dataset.OwnerUnitId)?.Name ?? "", relation, members);
    }

    /// <summary>Who a review may be given to: the city's staff, with their units (the form groups them by body).</summary>
    public async Task<IReadOnlyList<(UserProfile Person, Unit Unit)>> CandidatesAsync(CancellationToken ct = default)
    {
        services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null).OrderBy(p => p.FullName).ToListAsync(ct);
        return people.Where(p => p.IsAssigned && p.Roles.Any(r => r != Role.DataRequester)).Select(p => (p, tree.Find(p.UnitId!.Value)!)).ToList();
    }
}
