using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// What outgoing documents ask of whom (docs/decisions/0011-inbox.md; Nghị định 30 Art. 10–16): a draft sent back waits for
/// its drafter; a submitted draft for the head of the drafting unit (content); then the clerk (format), the proposed signer,
/// and the clerk again, who numbers and issues it the day it is signed or the next working day (Art. 15–16). A fresh draft
/// is its drafter's own work and waits for nobody. Who holds each step is <see cref="OutgoingAccess"/>'s answer.
/// </summary>
public sealed class OutgoingInbox : IInboxSource
{
    private static readonly OutgoingState[] Waiting =
        [OutgoingState.Draft, OutgoingState.ContentReview, OutgoingState.FormatCheck, OutgoingState.AwaitingSignature, OutgoingState.Signed];

    public InboxModule Module => InboxModule.Outgoing;

    public async Task<IReadOnlyList<InboxEntry>> WaitingForAsync(InboxSlice slice, CancellationToken ct)
    {
        var actor = slice.Actor;
        if (actor.IsOutsider)
        {
            return [];
        }

        var me = actor.UserId!.Value;
        var unit = actor.UnitId!.Value;
        var clerk = actor.IsInRole(Role.Clerk);
        var leads = slice.Tree.Units.Where(u => SigningRules.LeadsInOwnRight(actor, u)).Select(u => u.Id).ToList();

        // Narrowed to the documents whose current step is one I could take; the rule decides the rest.
        var documents = await Load(slice.Db.OutgoingDocuments.Where(d =>
            d.State == OutgoingState.Draft && d.DrafterId == me
            || d.State == OutgoingState.ContentReview && leads.Contains(d.DraftingUnitId)
            || (d.State == OutgoingState.FormatCheck || d.State == OutgoingState.Signed) && clerk && d.ClerkUnitId == unit
            || d.State == OutgoingState.AwaitingSignature && d.SignerId == me), ct);
        return slice.EntriesOf(Module, documents, d => WaitingOn(d, slice.Tree, slice.Calendar), Describe);
    }

    public async Task<IReadOnlyList<WaitingStep>> WaitingOnAsync(InboxSlice slice, Guid id, CancellationToken ct) =>
        slice.StepsOf(await Load(slice.Db.OutgoingDocuments.Where(d => d.Id == id), ct),
            d => !OutgoingAccess.IsNone(OutgoingAccess.Rule.RelationOf(slice.Actor, d, slice.Tree)), d => WaitingOn(d, slice.Tree, slice.Calendar));

    private static Task<List<OutgoingDocument>> Load(IQueryable<OutgoingDocument> documents, CancellationToken ct) =>
        documents.AsNoTracking().Where(d => Waiting.Contains(d.State)).Include(d => d.Steps).ToListAsync(ct);

    private static (Guid Id, string? Reference, string Title, string Link) Describe(OutgoingDocument d) => (d.Id, d.NumberSymbol, d.Excerpt, $"/outgoing/{d.Id}");

    /// <summary>The step the document waits for in its state, with who holds it now.</summary>
    public static IEnumerable<WaitingStep> WaitingOn(OutgoingDocument document, OrgTree tree, WorkingCalendar calendar)
    {
        var since = document.Steps.Select(s => (DateTime?)s.AtUtc).Max() ?? document.CreatedAtUtc;
        OutgoingOperation? operation = document.State switch
        {
            // Only a draft sent back waits for its drafter; a fresh one is still theirs to write.
            OutgoingState.Draft => document.Steps.Any(s => s.Operation == OutgoingOperation.Return) ? OutgoingOperation.Revise : null,
            OutgoingState.ContentReview => OutgoingOperation.ApproveContent,
            OutgoingState.FormatCheck => OutgoingOperation.ApproveFormat,
            OutgoingState.AwaitingSignature => OutgoingOperation.Sign,
            OutgoingState.Signed => OutgoingOperation.Issue,
            OutgoingState.Issued or OutgoingState.Recalled => null,
        };
        if (operation is not { } op)
        {
            yield break;
        }

        DateOnly? due = op == OutgoingOperation.Issue ? calendar.AddWorkingDays(WorkingCalendar.LocalDate(since), 1) : null;
        yield return new WaitingStep(DomainTexts.Label(op), OutgoingAccess.Rule.Holders(document, op, tree), since, due);
    }
}
