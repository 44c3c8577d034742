using HueWorkspace.Domain.Cluster;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Cluster;

namespace HueWorkspace.Web.Features.Tasks;

/// <summary>
/// Runs the deadline reminders at start-up and then every <c>Tasks:ReminderIntervalMinutes</c> (default 15), on one
/// instance at a time. What was sent is in the database, so a restart or a hand-over never repeats a reminder.
/// </summary>
internal sealed class TaskReminderWorker(TaskReminderJob job, IConfiguration configuration, JobLeases leases, ILogger<TaskReminderWorker> logger)
    : ClusterJobWorker(leases, logger)
{
    protected override string Name => "task-reminders";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(configuration.GetValue("Tasks:ReminderIntervalMinutes", 15.0), 0.1));

    protected override Task<int> RunOnceAsync(CancellationToken ct) => job.RunOnceAsync(ct);
}
