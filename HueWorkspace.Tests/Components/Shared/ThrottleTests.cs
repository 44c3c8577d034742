using HueWorkspace.Web.Components.Shared;
using Microsoft.Extensions.Time.Testing;

namespace HueWorkspace.Tests.Components.Shared;

/// <summary>The dashboard's live redraw: a burst of changes is one redraw, no sooner than the quiet time after the last.</summary>
public sealed class ThrottleTests
{
    [Fact]
    public async Task ABurstOfTriggers_RunsOnce_AfterTheQuietTime_AndTheNextBurstOnceMore()
    {
        var clock = new FakeTimeProvider();
        var runs = 0;
        var throttle = new Throttle(TimeSpan.FromSeconds(2), () => { runs++; return Task.CompletedTask; }, clock);
        throttle.Ran(); // the page's first load

        var pending = Enumerable.Range(0, 50).Select(_ => throttle.TriggerAsync()).ToList();
        Assert.Equal(0, runs);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, runs);
        clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(pending);
        Assert.Equal(1, runs);

        // Long after, a single change redraws at once; one right behind it waits its two seconds.
        clock.Advance(TimeSpan.FromMinutes(1));
        await throttle.TriggerAsync();
        Assert.Equal(2, runs);
        var next = throttle.TriggerAsync();
        Assert.Equal(2, runs);
        clock.Advance(TimeSpan.FromSeconds(2));
        await next;
        Assert.Equal(3, runs);
    }
}
