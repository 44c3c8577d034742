using HueWorkspace.Domain.Cluster;
using HueWorkspace.Tests.Builders;
using Microsoft.Extensions.Time.Testing;

namespace HueWorkspace.Tests.Domain.Cluster;

/// <summary>A scheduled job runs on one instance at a time; another takes it over when the holder stops renewing or gives it up.</summary>
public sealed class JobLeaseTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(TestData.Empty, _clock);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task OneInstanceHoldsAJob_UntilItsLeaseRunsOut_ThenAnotherTakesIt()
    {
        var a = new JobLeases(_db, _clock);
        var b = new JobLeases(_db, _clock);
        Assert.True(await a.TryAcquireAsync("reminders", TimeSpan.FromMinutes(2)));
        Assert.False(await b.TryAcquireAsync("reminders", TimeSpan.FromMinutes(2)));
        Assert.True(await b.TryAcquireAsync("sweep", TimeSpan.FromMinutes(2)), "another job is free");

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await a.TryAcquireAsync("reminders", TimeSpan.FromMinutes(2)), "the holder renews");
        _clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.False(await b.TryAcquireAsync("reminders", TimeSpan.FromMinutes(2)), "renewed, so still held");

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await b.TryAcquireAsync("reminders", TimeSpan.FromMinutes(2)), "the holder stopped renewing: taken over");
        Assert.False(await a.TryAcquireAsync("reminders", TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public async Task AStoppingInstance_GivesItsJobsUp_AtOnce()
    {
        var a = new JobLeases(_db, _clock);
        var b = new JobLeases(_db, _clock);
        Assert.True(await a.TryAcquireAsync("reminders", TimeSpan.FromMinutes(30)));
        await a.ReleaseAsync("reminders");
        Assert.True(await b.TryAcquireAsync("reminders", TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public async Task InstancesRacingForAFreeJob_OnlyOneGetsIt()
    {
        var nodes = Enumerable.Range(0, 6).Select(_ => new JobLeases(_db, _clock)).ToList();
        var won = await Task.WhenAll(nodes.Select(n => Task.Run(() => n.TryAcquireAsync("escalations", TimeSpan.FromMinutes(5)))));
        Assert.Equal(1, won.Count(w => w));
    }
}
