using HueWorkspace.Domain.Tasks;

namespace HueWorkspace.Web.Features.Tasks;

/// <summary>
/// Runs the deadline reminders at start-up and then every <c>Tasks:ReminderIntervalMinutes</c> (default 15).
/// What was sent is in the database, so a restart or a second instance never repeats a reminder.
/// </summary>
internal sealed class TaskReminderWorker(TaskReminderJob job, IConfiguration configuration, ILogger<TaskReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(configuration.GetValue("Tasks:ReminderIntervalMinutes", 15.0), 0.1));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var sent = await job.RunOnceAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} task deadline reminders", sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Task deadline reminders failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
