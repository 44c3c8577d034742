using HueWorkspace.Domain.SignIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HueWorkspace.Tests.Domain.SignIn;

public sealed class SignInThrottleTests : DatabaseTest
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    protected override TimeProvider Clock => _clock;

    private SignInThrottle Throttle => new(Db, _clock);

    private async Task FailAsync(string name, string address, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await Throttle.RecordAsync(name, address, succeeded: false);
            _clock.Advance(TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public async Task FiveWrongPasswordsForOneName_MakeItWait_UntilTheWindowMovesOn()
    {
        await FailAsync("tc.lanhdao", "10.0.0.1", SignInThrottle.MaxFailuresPerAccount - 1);
        Assert.Null(await Throttle.WaitAsync("tc.lanhdao", "10.0.0.1"));

        await FailAsync("TC.LanhDao ", "10.0.0.2", 1);
        var wait = await Throttle.WaitAsync("tc.lanhdao", "10.0.0.3");
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromMinutes(14), SignInThrottle.Window);

        // Another name from the same address is not held up by this one.
        Assert.Null(await Throttle.WaitAsync("yt.chuyenvien", "10.0.0.3"));

        _clock.Advance(wait.Value);
        Assert.Null(await Throttle.WaitAsync("tc.lanhdao", "10.0.0.3"));
    }

    [Fact]
    public async Task ASuccessfulSignIn_StartsTheCountAgain()
    {
        await FailAsync("tc.lanhdao", "10.0.0.1", SignInThrottle.MaxFailuresPerAccount - 1);
        await Throttle.RecordAsync("tc.lanhdao", "10.0.0.1", succeeded: true);
        await FailAsync("tc.lanhdao", "10.0.0.1", SignInThrottle.MaxFailuresPerAccount - 1);
        Assert.Null(await Throttle.WaitAsync("tc.lanhdao", "10.0.0.1"));
    }

    [Fact]
    public async Task ManyNamesTriedFromOneAddress_MakeThatAddressWait()
    {
        for (var i = 0; i < SignInThrottle.MaxFailuresPerAddress; i++)
        {
            await FailAsync($"ten{i}", "203.0.113.9", 1);
        }

        Assert.NotNull(await Throttle.WaitAsync("ten-moi", "203.0.113.9"));
        Assert.Null(await Throttle.WaitAsync("ten-moi", "203.0.113.10"));
    }

    [Fact]
    public async Task EveryAttempt_IsInTheAuditTrail_WithItsAddress()
    {
        await FailAsync("khong.co.ai", "198.51.100.7", 1);
        await using var db = Db.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(SignInAttempt));
        Assert.Contains("198.51.100.7", entry.Changes);
        Assert.Contains("khong.co.ai", entry.Changes);
        Assert.Equal("Khách (chưa đăng nhập)", entry.ActorName);
    }
}

public sealed class SessionServiceTests : DatabaseTest
{
    [Fact]
    public async Task ARevokedSession_IsNoLongerActive_AndOthersOfThePersonStay()
    {
        var sessions = new SessionService(Db, TimeProvider.System);
        var laptop = await sessions.StartAsync("hue-sso:tc.lanhdao");
        var phone = await sessions.StartAsync("hue-sso:tc.lanhdao");
        Assert.True(await sessions.IsActiveAsync(laptop, "hue-sso:tc.lanhdao"));
        Assert.False(await sessions.IsActiveAsync(laptop, "hue-sso:someone.else"));

        await sessions.RevokeAsync(laptop);
        Assert.False(await sessions.IsActiveAsync(laptop, "hue-sso:tc.lanhdao"));
        Assert.True(await sessions.IsActiveAsync(phone, "hue-sso:tc.lanhdao"));
        Assert.False(await sessions.IsActiveAsync(Guid.NewGuid(), "hue-sso:tc.lanhdao"));
    }
}
