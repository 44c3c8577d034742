using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Dashboards;

/// <summary>
/// Every Monday from 07:00 in Huế (or as soon after as an instance runs), the city's leaders are told the headline
/// figures of the week that ended, with a link to that week's dashboard (Art. 18). The summary's row and the
/// notifications commit together under the week's key: a second instance, or a second run, finds the week sent.
/// </summary>
public sealed class WeeklySummaryJob(IDbContextFactory<WorkspaceDbContext> dbFactory, INotificationPublisher publisher, TimeProvider clock,
    Organization.OrganizationDirectory organization, Calendar.CalendarDirectory calendar, IEnumerable<IDashboardSource> sources)
{
    public static readonly TimeOnly SendFrom = new(7, 0);

    private sealed class Fixed(Actor actor) : ICurrentUser
    {
        public Actor? Actor => actor;
    }

    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var local = VietnamTime.ToLocal(nowUtc);
        var today = DateOnly.FromDateTime(local);
        var thisWeek = DashboardPeriod.Containing(PeriodKind.Week, today);
        if (today == thisWeek.From && TimeOnly.FromDateTime(local) < SendFrom)
        {
            return 0;
        }

        var week = thisWeek.Previous;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.WeeklySummaries.AnyAsync(s => s.WeekStart == week.From, ct))
        {
            return 0;
        }

        var leaders = (await db.UserProfiles.AsNoTracking().ToListAsync(ct))
            .Where(p => p.IsAssigned && p.Roles.Contains(Role.CityLeader)).ToList();
        var notifications = new List<Notification>();
        foreach (var leader in leaders)
        {
            // Each leader's own scope (the whole city for the People's Committee's leaders).
            var actor = new Actor(leader.Id, leader.FullName, leader.UnitId, leader.Roles.ToHashSet());
            var d = await new DashboardQueries(new WorkflowServices(dbFactory, new Fixed(actor), publisher, clock, organization, calendar), sources).GetAsync(new DashboardQuery(PeriodKind.Week, week.From), ct);
            var c = d.Current;
            notifications.Add(Notification.Create(leader.Id, NotificationKinds.WeeklySummary, new NotificationText(NotificationKinds.WeeklySummary,
                    $"{week.From:dd/MM}–{week.To:dd/MM/yyyy}", N(c.Tasks.Assigned), N(c.Tasks.Completed), Percent(c.Tasks.OnTimeRate), N(c.Tasks.OverdueNow),
                    N(c.Documents.Received), N(c.Requests.Received), Percent(c.Requests.OnTimeRate)),
                $"/dashboard?period=Week&day={week.From:yyyy-MM-dd}", nowUtc));
        }

        db.WeeklySummaries.Add(new WeeklySummary(week.From, nowUtc, notifications.Count));
        db.Notifications.AddRange(notifications);
        try
        {
            await db.SaveAsAsync(Actor.System, ct);
        }
        catch (DbUpdateException)
        {
            if (await SentAsync(week.From, ct))
            {
                return 0; // another instance sent this week's summary first
            }

            throw;
        }

        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        return notifications.Count;
    }

    private async Task<bool> SentAsync(DateOnly weekStart, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.WeeklySummaries.AnyAsync(s => s.WeekStart == weekStart, ct);
    }

    private static string N(int n) => VietnameseNumbers.Count(n);

    private static string Percent(double? rate) => VietnameseNumbers.Percent(rate);
}
