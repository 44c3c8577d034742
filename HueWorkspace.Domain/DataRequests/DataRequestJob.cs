using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.DataRequests;

/// <summary>
/// The clock's consequences: the steward is reminded the working day before an answer is due; an overdue request is
/// escalated to the owner unit's leader and the platform authority; a term that ended expires the request and its tokens.
/// Each once (recorded on the request, a versioned save), so a second instance sends nothing twice.
/// </summary>
public sealed class DataRequestJob(IDbContextFactory<WorkspaceDbContext> dbFactory, INotificationPublisher publisher, TimeProvider clock, OrganizationDirectory organization)
{
    private static readonly RequestState[] Open = [RequestState.Submitted, RequestState.UnderReview];

    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        List<Guid> candidates;
        WorkingCalendar calendar;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
            var tomorrow = calendar.AddWorkingDays(today, 1);
            candidates = await db.DataRequests.AsNoTracking()
                .Where(r => Open.Contains(r.State) && r.DueOn != null && (r.DueOn <= tomorrow && r.RemindedFor != r.DueOn || r.DueOn < today && r.EscalatedFor != r.DueOn)
                    || (r.State == RequestState.Approved || r.State == RequestState.Provided) && r.AgreedTo < today)
                .Select(r => r.Id).ToListAsync(ct);
        }

        var done = 0;
        foreach (var id in candidates)
        {
            try
            {
                done += await HandleAsync(id, today, calendar, ct) ? 1 : 0;
            }
            catch (ConcurrencyConflictException)
            {
                // Changed meanwhile (by a person or another instance): the next run sees it as it is.
            }
        }

        return done;
    }

    private async Task<bool> HandleAsync(Guid id, DateOnly today, WorkingCalendar calendar, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await organization.TreeAsync(db, ct);
        var request = await db.DataRequests.Include(r => r.Events).SingleAsync(r => r.Id == id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var notices = new List<(string Kind, IEnumerable<Guid> To)>();
        if (request.State is RequestState.Approved or RequestState.Provided && request.AgreedTo < today)
        {
            request.Expire(now);
            foreach (var token in await db.DataAccessTokens.Where(t => t.RequestId == id && t.RevokedAtUtc == null).ToListAsync(ct))
            {
                token.Revoke(now);
            }

            notices.Add((NotificationKinds.RequestExpired, [request.RequesterId]));
        }
        else if (request.DueOn < today && request.EscalatedFor != request.DueOn)
        {
            request.EscalatedFor = request.DueOn;
            var leaders = tree.PeopleIn(request.OwnerUnitId).Where(p => p.IsInRole(Role.UnitLeader)).Select(p => p.Id);
            notices.Add((NotificationKinds.RequestOverdue, leaders.Concat(tree.StewardsOf(tree.PlatformAuthority?.Id))));
        }
        else if (request.DueOn <= calendar.AddWorkingDays(today, 1) && request.RemindedFor != request.DueOn)
        {
            request.RemindedFor = request.DueOn;
            notices.Add((NotificationKinds.RequestDueSoon, tree.StewardsOf(request.OwnerUnitId)));
        }
        else
        {
            return false;
        }

        var notifications = notices.SelectMany(n => n.To.Distinct().Select(r => Notification.Create(r, n.Kind, new NotificationText(n.Kind, request.Number ?? ""), $"/data-requests/{id}", now))).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(Actor.System, ct);
        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.DataRequests, id), DataRequestAccess.Rule.Audience(request, tree), ct);
        return true;
    }
}
