using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>
/// The yearly inspection: the owner is reminded once, <see cref="DatasetOptions.ExpiryReminderDays"/> before a certificate
/// expires; on expiry the dataset goes back to the catalogue for a new review (off the open-data pages until then).
/// Each change is one conditional save per dataset (the version), so two instances running it send nothing twice.
/// </summary>
public sealed class CertificateJob(IDbContextFactory<WorkspaceDbContext> dbFactory, INotificationPublisher publisher, TimeProvider clock, DatasetOptions options, OrganizationDirectory organization)
{
    /// <returns>How many datasets were reminded or expired.</returns>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var horizon = today.AddDays(options.ExpiryReminderDays);
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            due = await db.Datasets.AsNoTracking()
                .Where(d => (d.State == DatasetState.Certified || d.State == DatasetState.Published) && d.CertificateExpiresOn != null
                    && (d.CertificateExpiresOn < today || d.CertificateExpiresOn <= horizon && d.ExpiryRemindedOn == null))
                .Select(d => d.Id).ToListAsync(ct);
        }

        var done = 0;
        foreach (var id in due)
        {
            try
            {
                done += await HandleAsync(id, today, ct) ? 1 : 0;
            }
            catch (ConcurrencyConflictException)
            {
                // Another instance (or the owner) changed it meanwhile: the next run sees it as it is now.
            }
        }

        return done;
    }

    private async Task<bool> HandleAsync(Guid id, DateOnly today, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dataset = await db.Datasets.Include(d => d.Fields).Include(d => d.CodeLists).AsSplitQuery().SingleAsync(d => d.Id == id, ct);
        var expired = dataset.CertificateExpiresOn < today;
        if (expired)
        {
            dataset.Expire();
        }
        else if (dataset.ExpiryRemindedOn is null)
        {
            dataset.RemindExpiry(today);
        }
        else
        {
            return false;
        }

        var kind = expired ? NotificationKinds.DatasetExpired : NotificationKinds.DatasetExpiring;
        var now = clock.GetUtcNow().UtcDateTime;
        var tree = await organization.TreeAsync(db, ct);
        var notifications = tree.StewardsOf(dataset.OwnerUnitId)
            .Select(r => Notification.Create(r, kind, new NotificationText(kind, dataset.Name), $"/datasets/{dataset.Id}", now)).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(Actor.System, ct);
        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.Datasets, dataset.Id), DatasetAccess.Rule.Audience(dataset, tree), ct);
        return true;
    }
}
