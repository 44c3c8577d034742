namespace HueWorkspace.Web.Components.Shared;

/// <summary>
/// Runs an action after a burst of triggers, once: the first trigger schedules it no sooner than <c>quiet</c> after the
/// previous run, and every trigger until it runs joins that one run (a page redrawn once for a hundred live changes).
/// </summary>
public sealed class Throttle(TimeSpan quiet, Func<Task> action, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private bool _queued;
    private DateTimeOffset _lastRun = DateTimeOffset.MinValue;

    /// <summary>Asks for a run; returns the pending run (joined when one is already queued).</summary>
    public Task TriggerAsync()
    {
        TimeSpan wait;
        lock (_gate)
        {
            if (_queued)
            {
                return Task.CompletedTask;
            }

            _queued = true;
            wait = _lastRun == DateTimeOffset.MinValue ? TimeSpan.Zero : quiet - (clock.GetUtcNow() - _lastRun);
        }

        return RunAsync(wait);
    }

    private async Task RunAsync(TimeSpan wait)
    {
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock);
        }

        lock (_gate)
        {
            _queued = false;
            _lastRun = clock.GetUtcNow();
        }

        await action();
    }

    /// <summary>Marks a run done outside the throttle (the page's own first load), so the next trigger waits its turn.</summary>
    public void Ran()
    {
        lock (_gate)
        {
            _lastRun = clock.GetUtcNow();
        }
    }
}
