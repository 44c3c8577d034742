using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>
/// What datasets ask of whom (docs/decisions/0011-inbox.md; Decision 41 Art. 5): a registered dataset, or one not certified
/// and corrected, waits for the platform authority's stewards to open its council review; a certificate about to expire
/// (<see cref="DatasetOptions.ExpiryReminderDays"/>) waits for the owner's stewards, who prepare its yearly review.
/// Who holds each step is <see cref="DatasetAccess"/>'s answer.
/// </summary>
public sealed class DatasetInbox(DatasetOptions options) : IInboxSource
{
    public const string ExpiringStep = "Waiting.CertificateExpiring";

    public InboxModule Module => InboxModule.Datasets;

    public async Task<IReadOnlyList<InboxEntry>> WaitingForAsync(InboxSlice slice, CancellationToken ct)
    {
        var actor = slice.Actor;
        if (actor.IsOutsider || !actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer))
        {
            return [];
        }

        var unit = actor.UnitId!.Value;
        var platform = slice.Tree.PlatformAuthority?.Id == unit;
        var horizon = slice.Today.AddDays(options.ExpiryReminderDays);

        // Narrowed to the platform's reviews to open and my unit's certificates near their end; the rule decides the rest.
        var datasets = await Load(slice.Db.Datasets.Where(d =>
            platform && (d.State == DatasetState.Registered || d.State == DatasetState.NotCertified)
            || d.OwnerUnitId == unit && (d.State == DatasetState.Certified || d.State == DatasetState.Published) && d.CertificateExpiresOn <= horizon), ct);
        return slice.EntriesOf(Module, datasets, d => WaitingOn(d, slice.Tree, slice.Today), Describe);
    }

    public async Task<IReadOnlyList<WaitingStep>> WaitingOnAsync(InboxSlice slice, Guid id, CancellationToken ct) =>
        slice.StepsOf(await Load(slice.Db.Datasets.Where(d => d.Id == id), ct),
            d => !DatasetAccess.IsNone(DatasetAccess.Rule.RelationOf(slice.Actor, d, slice.Tree)), d => WaitingOn(d, slice.Tree, slice.Today));

    private static Task<List<Dataset>> Load(IQueryable<Dataset> datasets, CancellationToken ct) => datasets.AsNoTracking().ToListAsync(ct);

    private static (Guid Id, string? Reference, string Title, string Link) Describe(Dataset d) => (d.Id, d.CertificateNumber, d.Name, $"/datasets/{d.Id}");

    /// <summary>The step the dataset waits for, with who holds it now.</summary>
    public IEnumerable<WaitingStep> WaitingOn(Dataset dataset, OrgTree tree, DateOnly today)
    {
        var rule = DatasetAccess.Rule;
        switch (dataset.State)
        {
            case DatasetState.Registered or DatasetState.NotCertified:
                yield return new WaitingStep(DomainTexts.Label(DatasetOperation.OpenReview), rule.Holders(dataset, DatasetOperation.OpenReview, tree),
                    dataset.CreatedAtUtc, null);
                break;
            case DatasetState.Certified or DatasetState.Published:
                if (dataset.CertificateExpiresOn is { } expires && expires <= today.AddDays(options.ExpiryReminderDays))
                {
                    yield return new WaitingStep(DomainTexts.Get(ExpiringStep), rule.Holders(dataset, DatasetOperation.RecordUpdate, tree),
                        VietnamTime.StartOfDayUtc(expires.AddDays(-options.ExpiryReminderDays)), expires);
                }

                break;
            case DatasetState.Draft or DatasetState.UnderReview:
                break;
        }
    }
}
