using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.DataRequests;

/// <summary>
/// What data requests ask of whom (docs/decisions/0011-inbox.md; Decision 41 Art. 27.2, Nghị định 47 Art. 38–45): a
/// submitted request waits for the owner unit's stewards to take it up and answer — agree or refuse in writing — within
/// its working days; a question waits for the person who asked; an approved request waits for the data to be provided;
/// an error reported and a wish to share onward wait for the owner (and, for sharing onward, the platform authority).
/// Who holds each step is <see cref="DataRequestAccess"/>'s answer.
/// </summary>
public sealed class RequestInbox : IInboxSource
{
    public const string AnswerStep = "Waiting.AnswerRequest";

    public InboxModule Module => InboxModule.DataRequests;

    public async Task<IReadOnlyList<InboxEntry>> WaitingForAsync(InboxSlice slice, CancellationToken ct)
    {
        var actor = slice.Actor;
        var me = actor.UserId!.Value;
        var unit = actor.UnitId!.Value;
        var steward = !actor.IsOutsider && actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer);
        var platform = slice.Tree.PlatformAuthority?.Id == unit;

        // Narrowed to what my unit answers as owner, what I was asked as requester, and sharing onward the platform decides.
        var requests = await Load(slice.Db.DataRequests.Where(r =>
            steward && r.OwnerUnitId == unit && (r.State == RequestState.Submitted || r.State == RequestState.UnderReview || r.State == RequestState.Approved
                || r.Errors.Any(e => e.ResolvedAtUtc == null) || r.Onward.Any(o => o.OwnerConsent == null))
            || r.RequesterId == me && r.State == RequestState.NeedsInfo
            || platform && r.Onward.Any(o => o.AuthorityConsent == null && o.OwnerConsent != false)), ct);
        return slice.EntriesOf(Module, requests, r => WaitingOn(r, slice.Tree), Describe);
    }

    public async Task<IReadOnlyList<WaitingStep>> WaitingOnAsync(InboxSlice slice, Guid id, CancellationToken ct) =>
        slice.StepsOf(await Load(slice.Db.DataRequests.Where(r => r.Id == id), ct),
            r => !DataRequestAccess.IsNone(DataRequestAccess.Rule.RelationOf(slice.Actor, r, slice.Tree)), r => WaitingOn(r, slice.Tree));

    private static Task<List<DataRequest>> Load(IQueryable<DataRequest> requests, CancellationToken ct) =>
        requests.AsNoTracking().Include(r => r.Events).Include(r => r.Errors).Include(r => r.Onward).AsSplitQuery().ToListAsync(ct);

    private static (Guid Id, string? Reference, string Title, string Link) Describe(DataRequest r) => (r.Id, r.Number, r.DatasetName ?? r.UncataloguedDescription ?? r.DataItems, $"/data-requests/{r.Id}");

    /// <summary>The steps the request waits for in its state, each with who holds it now.</summary>
    public static IEnumerable<WaitingStep> WaitingOn(DataRequest request, OrgTree tree)
    {
        var rule = DataRequestAccess.Rule;
        var since = request.Events.Select(e => (DateTime?)e.AtUtc).Max() ?? request.SubmittedAtUtc ?? request.CreatedAtUtc;
        switch (request.State)
        {
            case RequestState.Submitted:
                yield return new WaitingStep(DomainTexts.Label(RequestOperation.StartReview), rule.Holders(request, RequestOperation.StartReview, tree),
                    request.SubmittedAtUtc ?? since, request.DueOn);
                break;
            case RequestState.UnderReview:
                yield return new WaitingStep(DomainTexts.Get(AnswerStep), rule.Holders(request, RequestOperation.Approve, tree), since, request.DueOn);
                break;
            case RequestState.NeedsInfo:
                yield return new WaitingStep(DomainTexts.Label(RequestOperation.Answer),
                    rule.Holders(request, RequestOperation.Answer, tree, p => p.Id == request.RequesterId), since, null);
                break;
            case RequestState.Approved:
                yield return new WaitingStep(DomainTexts.Label(RequestOperation.Provide), rule.Holders(request, RequestOperation.Provide, tree),
                    request.AnsweredAtUtc ?? since, request.AgreedFrom);
                break;
            case RequestState.Draft or RequestState.Provided or RequestState.Expired or RequestState.Terminated or RequestState.Refused:
                break;
        }

        foreach (var error in request.Errors.Where(e => e.ResolvedAtUtc is null))
        {
            yield return new WaitingStep(DomainTexts.Label(RequestOperation.ResolveError), rule.Holders(request, RequestOperation.ResolveError, tree),
                error.ReportedAtUtc, null);
        }

        foreach (var onward in request.Onward.Where(o => o.Allowed is null))
        {
            // The owner's stewards and the platform authority's each give their consent, in either order (Nghị định 47 Art. 41).
            var platform = tree.PlatformAuthority?.Id;
            var asked = new List<Func<OrgPerson, bool>>();
            if (onward.OwnerConsent is null)
            {
                asked.Add(p => p.UnitId == request.OwnerUnitId);
            }

            if (onward.AuthorityConsent is null)
            {
                asked.Add(p => p.UnitId == platform && p.IsInAnyRole(Role.UnitLeader, Role.DataOfficer));
            }

            foreach (var among in asked)
            {
                yield return new WaitingStep(DomainTexts.Label(RequestOperation.DecideOnward), rule.Holders(request, RequestOperation.DecideOnward, tree, among),
                    onward.RequestedAtUtc, null);
            }
        }
    }
}
