using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// What incoming documents ask of whom (docs/decisions/0011-inbox.md): a registered document waits for its clerk to present
/// it — the day it is registered or, at the latest, the next working day (Nghị định 30 Art. 24.1) — and, once that day has
/// passed, is followed up by the leader of the unit whose register holds it; a presented document waits for the leader it
/// was presented to, for a direction (Art. 24.2). The direction's work is the task's.
/// </summary>
public sealed class IncomingInbox : IInboxSource
{
    private static readonly IncomingState[] Waiting = [IncomingState.Registered, IncomingState.Presented];

    public InboxModule Module => InboxModule.Incoming;

    public async Task<IReadOnlyList<InboxEntry>> WaitingForAsync(InboxSlice slice, CancellationToken ct)
    {
        var me = slice.Actor.UserId!.Value;
        var unit = slice.Actor.UnitId ?? Guid.Empty;
        var ofMyRegister = slice.Actor.IsInAnyRole(Role.Clerk, Role.UnitLeader);

        // Narrowed to my register's documents (a clerk or its leader) and those presented to me; the rule decides the rest.
        var documents = await Load(slice.Db.IncomingDocuments.Where(d => ofMyRegister && d.UnitId == unit || d.PresentedToId == me), ct);
        return slice.EntriesOf(Module, documents, d => WaitingOn(d, slice.Tree, slice.Calendar), Describe);
    }

    public async Task<IReadOnlyList<WaitingStep>> WaitingOnAsync(InboxSlice slice, Guid id, CancellationToken ct) =>
        slice.StepsOf(await Load(slice.Db.IncomingDocuments.Where(d => d.Id == id), ct),
            d => !IncomingAccess.IsNone(IncomingAccess.Rule.RelationOf(slice.Actor, d, slice.Tree)), d => WaitingOn(d, slice.Tree, slice.Calendar));

    private static Task<List<IncomingDocument>> Load(IQueryable<IncomingDocument> documents, CancellationToken ct) =>
        documents.AsNoTracking().Where(d => Waiting.Contains(d.State)).Include(d => d.Units).Include(d => d.Readers).AsSplitQuery().ToListAsync(ct);

    private static (Guid Id, string? Reference, string Title, string Link) Describe(IncomingDocument d) => (d.Id, $"{d.ArrivalNumber}/{d.Year} · {d.NumberSymbol}", d.Excerpt, $"/documents/{d.Id}");

    /// <summary>
    /// The day a document that arrived on <paramref name="arrivedOn"/> is to be presented by: it is registered and presented
    /// the day it arrives, at the latest the next working day (Nghị định 30 Art. 24.1) — counted from its arrival, not from
    /// when the clerk got round to registering it.
    /// </summary>
    public static DateOnly PresentBy(DateOnly arrivedOn, WorkingCalendar calendar) => calendar.AddWorkingDays(arrivedOn, 1);

    /// <summary>The step the document waits for in its state, with who holds it now and who follows it up once late.</summary>
    public static IEnumerable<WaitingStep> WaitingOn(IncomingDocument document, OrgTree tree, WorkingCalendar calendar)
    {
        var rule = IncomingAccess.Rule;
        switch (document.State)
        {
            case IncomingState.Registered:
                var leaders = tree.PeopleIn(document.UnitId).Where(p => p.IsInRole(Role.UnitLeader))
                    .Where(p => !IncomingAccess.IsNone(rule.RelationOf(p.AsActor(), document, tree))).Select(p => p.Id).ToList();
                var arrived = VietnamTime.StartOfDayUtc(document.ArrivalDate);
                yield return new WaitingStep(DomainTexts.Label(IncomingOperation.Present), rule.Holders(document, IncomingOperation.Present, tree),
                    arrived < document.RegisteredAtUtc ? arrived : document.RegisteredAtUtc, PresentBy(document.ArrivalDate, calendar), leaders);
                break;
            case IncomingState.Presented:
                yield return new WaitingStep(DomainTexts.Label(IncomingOperation.Direct), rule.Holders(document, IncomingOperation.Direct, tree),
                    document.PresentedAtUtc ?? document.RegisteredAtUtc, null);
                break;
            case IncomingState.Directed or IncomingState.ForInformation or IncomingState.Returned or IncomingState.Recalled:
                break;
        }
    }
}
