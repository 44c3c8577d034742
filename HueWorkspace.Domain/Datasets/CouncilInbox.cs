using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>
/// What a sitting council asks of whom (docs/decisions/0011-inbox.md; Decision 41 Art. 5.5–5.6): each member checks the
/// dataset against every criterion, then votes, by the meeting day; once everyone has voted, the chair closes the session.
/// Who holds each step is <see cref="CouncilAccess"/>'s answer.
/// </summary>
public sealed class CouncilInbox : IInboxSource
{
    public InboxModule Module => InboxModule.Councils;

    public async Task<IReadOnlyList<InboxEntry>> WaitingForAsync(InboxSlice slice, CancellationToken ct)
    {
        if (slice.Actor.IsOutsider)
        {
            return [];
        }

        var me = slice.Actor.UserId!.Value;
        var councils = await LoadAsync(slice, slice.Db.Councils.Where(c => c.Members.Any(m => m.UserId == me)), ct);
        return slice.EntriesOf(Module, councils, c => WaitingOn(c.Council, c.Checked, c.Voted, slice.Tree), c => Describe(c.Council));
    }

    public async Task<IReadOnlyList<WaitingStep>> WaitingOnAsync(InboxSlice slice, Guid id, CancellationToken ct) =>
        slice.StepsOf(await LoadAsync(slice, slice.Db.Councils.Where(c => c.Id == id), ct),
            c => !CouncilAccess.IsNone(CouncilAccess.Rule.RelationOf(slice.Actor, c.Council, slice.Tree)), c => WaitingOn(c.Council, c.Checked, c.Voted, slice.Tree));

    /// <summary>The open councils among <paramref name="councils"/>, with how many criteria each member has checked and who has voted.</summary>
    private static async Task<List<(Council Council, IReadOnlyDictionary<Guid, int> Checked, IReadOnlySet<Guid> Voted)>> LoadAsync(
        InboxSlice slice, IQueryable<Council> councils, CancellationToken ct)
    {
        var open = await councils.AsNoTracking().Where(c => c.State == CouncilState.Open).Include(c => c.Members).ToListAsync(ct);
        var ids = open.Select(c => c.Id).ToList();
        var checks = await slice.Db.CouncilChecks.Where(k => ids.Contains(k.CouncilId)).GroupBy(k => new { k.CouncilId, k.UserId })
            .Select(g => new { g.Key.CouncilId, g.Key.UserId, Count = g.Count() }).ToListAsync(ct);
        var votes = await slice.Db.CouncilVotes.Where(v => ids.Contains(v.CouncilId)).Select(v => new { v.CouncilId, v.UserId }).ToListAsync(ct);
        return open.Select(c => (c,
            (IReadOnlyDictionary<Guid, int>)checks.Where(k => k.CouncilId == c.Id).ToDictionary(k => k.UserId, k => k.Count),
            (IReadOnlySet<Guid>)votes.Where(v => v.CouncilId == c.Id).Select(v => v.UserId).ToHashSet())).ToList();
    }

    private static (Guid Id, string? Reference, string Title, string Link) Describe(Council c) => (c.Id, null, c.DatasetName, $"/councils/{c.Id}");

    /// <summary>What the council waits for: each member's checklist, then their vote; when all have voted, the chair's close.</summary>
    public static IEnumerable<WaitingStep> WaitingOn(Council council, IReadOnlyDictionary<Guid, int> checkedBy, IReadOnlySet<Guid> voted, OrgTree tree)
    {
        var rule = CouncilAccess.Rule;
        switch (council.State)
        {
            case CouncilState.Open:
                var waiting = false;
                foreach (var member in council.Members)
                {
                    CouncilOperation? operation = checkedBy.GetValueOrDefault(member.UserId) < Council.Criteria.Length ? CouncilOperation.Check
                        : !voted.Contains(member.UserId) ? CouncilOperation.Vote : null;
                    if (operation is { } op)
                    {
                        waiting = true;
                        yield return new WaitingStep(DomainTexts.Label(op), rule.Holders(council, op, tree, p => p.Id == member.UserId),
                            council.OpenedAtUtc, council.MeetingDate);
                    }
                }

                if (!waiting)
                {
                    yield return new WaitingStep(DomainTexts.Label(CouncilOperation.Close), rule.Holders(council, CouncilOperation.Close, tree),
                        council.OpenedAtUtc, council.MeetingDate);
                }

                break;
            case CouncilState.Closed:
                break;
        }
    }
}
