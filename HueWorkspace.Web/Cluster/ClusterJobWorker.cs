using HueWorkspace.Domain.Cluster;

namespace HueWorkspace.Web.Cluster;

/// <summary>
/// A scheduled job that runs on one instance at a time (docs/decisions/0008-scale-out.md): at each tick the instance
/// renews or takes the job's <see cref="JobLease"/> for two intervals, and runs the job only while it holds it. When
/// the holder stops, it gives the lease up; when it dies, another instance takes over once the lease has run out. One
/// instance alone always holds it.
/// </summary>
internal abstract class ClusterJobWorker(JobLeases leases, ILogger logger) : BackgroundService
{
    /// <summary>The lease's name (one per job).</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>Run at start-up as well as at each tick (reminders); the file sweep waits a first interval.</summary>
    protected virtual bool RunAtStart => true;

    /// <summary>One run; what it did, for the log (0 logs nothing).</summary>
    protected abstract Task<int> RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        if (!RunAtStart && !await timer.WaitForNextTickAsync(stoppingToken))
        {
            return;
        }

        do
        {
            try
            {
                if (await leases.TryAcquireAsync(Name, Interval * 2 + TimeSpan.FromSeconds(30), stoppingToken))
                {
                    var done = await RunOnceAsync(stoppingToken);
                    if (done > 0)
                    {
                        logger.LogInformation("{Job}: {Count} done", Name, done);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Job} failed; retrying at the next interval", Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await leases.ReleaseAsync(Name, cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // The host is already torn down (a test host disposed without stopping): the lease runs out by itself.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "{Job}: the lease could not be given up; it runs out by itself", Name);
        }
    }
}
