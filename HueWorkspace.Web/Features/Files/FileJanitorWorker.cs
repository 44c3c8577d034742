using HueWorkspace.Domain.Files;

namespace HueWorkspace.Web.Features.Files;

/// <summary>
/// Sweeps the file store every <c>Files:SweepIntervalMinutes</c> (default 60): content no row names, older than the
/// grace period, is removed (docs/decisions/0004-file-store.md). Idempotent, so several instances may all run it.
/// </summary>
internal sealed class FileJanitorWorker(FileJanitor janitor, IConfiguration configuration, ILogger<FileJanitorWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(configuration.GetValue("Files:SweepIntervalMinutes", 60.0), 1)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var result = await janitor.SweepAsync(stoppingToken);
                if (result.Orphans + result.Incoming > 0)
                {
                    logger.LogInformation("File store: removed {Orphans} unreferenced files and {Incoming} unfinished uploads", result.Orphans, result.Incoming);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sweeping the file store failed; retrying at the next interval");
            }
        }
    }
}
