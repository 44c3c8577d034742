using System.Text.Json;
using HueWorkspace.Web.Features.Notifications;
using StackExchange.Redis;

namespace HueWorkspace.Web.Cluster;

/// <summary>
/// Carries committed changes to the Blazor circuits of every instance (docs/decisions/0002-notifications.md,
/// 0008-scale-out.md). The hub has its own path (the SignalR Redis backplane, registered for the hub only), so each
/// message reaches hub clients once, from the instance where it happened.
/// </summary>
public interface ICircuitBus
{
    void Post(IReadOnlyList<NotificationEvent> events);
}

/// <summary>One instance: straight into this process's <see cref="NotificationNotifier"/>.</summary>
internal sealed class LocalCircuitBus(NotificationNotifier notifier) : ICircuitBus
{
    public void Post(IReadOnlyList<NotificationEvent> events)
    {
        foreach (var e in events)
        {
            notifier.Post(e);
        }
    }
}

/// <summary>
/// Several instances: this instance's circuits at once, the others' through a Redis channel (fire and forget). When Redis
/// is down, the other instances' pages miss the push — the database has everything, and they recount on the next event
/// or reconnect — and nothing here waits or fails; the connection comes back by itself.
/// </summary>
internal sealed class RedisCircuitBus(NotificationNotifier notifier, RedisConnection redis, ILogger<RedisCircuitBus> logger) : ICircuitBus, IHostedService
{
    public const string Channel = "hueworkspace:circuits";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Marks this instance's own messages, which it has delivered already.</summary>
    private readonly string _origin = Guid.NewGuid().ToString("N");

    private sealed record Envelope(string Origin, IReadOnlyList<NotificationEvent> Events);

    public void Post(IReadOnlyList<NotificationEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        foreach (var e in events)
        {
            notifier.Post(e);
        }

        try
        {
            var payload = JsonSerializer.Serialize(new Envelope(_origin, events), Json);
            redis.Multiplexer.GetSubscriber().Publish(RedisChannel.Literal(Channel), payload, CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or ObjectDisposedException or TimeoutException)
        {
            logger.LogWarning("Redis unreachable: {Count} live pushes stay on this instance ({Message})", events.Count, ex.Message);
        }
    }

    /// <summary>Listens to the other instances; keeps trying in the background while Redis is down at start-up. The client subscribes again by itself after a reconnect.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
        {
            while (!_stopping.IsCancellationRequested)
            {
                try
                {
                    var queue = await redis.Multiplexer.GetSubscriber().SubscribeAsync(RedisChannel.Literal(Channel));
                    queue.OnMessage(Receive);
                    return;
                }
                catch (Exception ex) when (ex is RedisException or TimeoutException)
                {
                    logger.LogWarning("Redis unreachable at start-up ({Message}); subscribing again in 2 s", ex.Message);
                    await Task.Delay(TimeSpan.FromSeconds(2), _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    private readonly CancellationTokenSource _stopping = new();

    private void Receive(ChannelMessage message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>((string)message.Message!, Json);
            if (envelope is not null && envelope.Origin != _origin)
            {
                foreach (var e in envelope.Events)
                {
                    notifier.Post(e);
                }
            }
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "A message on {Channel} could not be read", Channel);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The instance's connection to Redis (<c>Redis:Configuration</c>), made at start-up without waiting for Redis to answer:
/// the client keeps reconnecting in the background, so an instance starts, signs people in and saves work with Redis
/// down, and its live pushes resume when Redis returns.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    public RedisConnection(string configuration, ILogger<RedisConnection> logger)
    {
        Options = ConfigurationOptions.Parse(configuration);
        Options.AbortOnConnectFail = false;
        Options.ConnectRetry = 1;
        Options.ConnectTimeout = 2000;
        Options.ReconnectRetryPolicy = new LinearRetry(1000);
        Multiplexer = ConnectionMultiplexer.Connect(Options);
        Multiplexer.ConnectionFailed += (_, e) => logger.LogWarning("Redis connection lost ({Failure}); live pushes between instances pause", e.FailureType);
        Multiplexer.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored; live pushes between instances resume");
    }

    public ConfigurationOptions Options { get; }

    public IConnectionMultiplexer Multiplexer { get; }

    public void Dispose() => Multiplexer.Dispose();
}
