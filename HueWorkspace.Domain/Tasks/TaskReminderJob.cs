using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

public sealed class TaskReminderOptions
{
    /// <summary>Remind this many working days before the deadline (configuration <c>Tasks:ReminderWorkingDays</c>).</summary>
    public int ReminderWorkingDays { get; set; } = 1;
}

/// <summary>
/// Reminds the lead unit's handler and leaders that a deadline is near (N working days before) and, on the day
/// it passes, that the task is overdue. Each reminder is recorded with its task, kind and deadline under a unique
/// key in the same save as its notifications, so a rerun, a restart or a second instance sends nothing twice,
/// and an extended deadline is reminded afresh.
/// </summary>
public sealed class TaskReminderJob(IDbContextFactory<WorkspaceDbContext> dbFactory, INotificationPublisher publisher, TimeProvider clock, TaskReminderOptions options)
{
    public const string DueSoon = "due-soon";
    public const string Overdue = "overdue";

    /// <returns>How many reminders were sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        List<Candidate> candidates;
        WorkingCalendar calendar;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
            var horizon = calendar.AddWorkingDays(today, Math.Max(options.ReminderWorkingDays, 0));
            candidates = await db.Tasks.AsNoTracking()
                .Where(t => WorkTask.OpenStates.Contains(t.State) && t.DueDate <= horizon)
                .Select(t => new Candidate(t.Id, t.Title, t.DueDate, t.LeadUnitId, t.LeadHandlerId,
                    db.TaskReminders.Where(r => r.TaskId == t.Id && r.DueDate == t.DueDate).Select(r => r.Kind).ToList()))
                .ToListAsync(ct);
        }

        var sent = 0;
        foreach (var task in candidates)
        {
            var kind = today > task.DueDate ? Overdue : DueSoon;
            if (task.Sent.Contains(kind) || (kind == DueSoon && task.Sent.Contains(Overdue)))
            {
                continue;
            }

            sent += await RemindAsync(task, kind, calendar.CountWorkingDays(today, task.DueDate), now, ct) ? 1 : 0;
        }

        return sent;
    }

    private async Task<bool> RemindAsync(Candidate task, string kind, int daysLeft, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var leaders = (await db.UserProfiles.AsNoTracking().Where(p => p.UnitId == task.LeadUnitId).ToListAsync(ct))
            .Where(p => p.Roles.Any(r => r is Role.UnitLeader or Role.CityLeader)).Select(p => p.Id);
        var due = VietnamTime.Format(task.DueDate);
        var title = kind == Overdue
            ? new NotificationText("task.overdue", task.Title, due)
            : daysLeft <= 0
                ? new NotificationText("task.due-today", task.Title, due)
                : new NotificationText("task.due-soon", task.Title, due, daysLeft.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var notifications = leaders.Append(task.HandlerId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct()
            .Select(id => Notification.Create(id, kind == Overdue ? NotificationKinds.TaskOverdue : NotificationKinds.TaskDueSoon, title, $"/tasks/{task.Id}", now))
            .ToList();
        db.TaskReminders.Add(TaskReminder.Create(task.Id, kind, task.DueDate, now));
        db.Notifications.AddRange(notifications);
        try
        {
            await db.SaveAsAsync(Actor.System, ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another instance sent this reminder between our read and our save: the unique key kept it to one.
            return false;
        }

        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        return true;
    }

    private sealed record Candidate(Guid Id, string Title, DateOnly DueDate, Guid LeadUnitId, Guid? HandlerId, List<string> Sent);
}
