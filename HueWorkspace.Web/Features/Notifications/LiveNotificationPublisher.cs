using System.Threading.Channels;
using HueWorkspace.Domain.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace HueWorkspace.Web.Features.Notifications;

/// <summary>
/// Pushes committed changes to the circuits (through <see cref="Cluster.ICircuitBus"/>: this instance's
/// <see cref="NotificationNotifier"/>, and the other instances' through Redis) and, separately, to hub clients (through
/// <see cref="HubOutbox"/>; with several instances the hub's Redis backplane reaches the others' hub clients, so each
/// message is sent once). Runs after the commit and only queues, so the person
/// who acted gets their answer as soon as the commit is done; a failed push loses nothing, since clients recount
/// from the database when they reconnect (docs/decisions/0002-notifications.md).
/// </summary>
internal sealed class LiveNotificationPublisher(Cluster.ICircuitBus circuits, HubOutbox hub) : INotificationPublisher
{
    public Task PublishAsync(IReadOnlyCollection<NotificationMessage> notifications, CancellationToken cancellationToken = default)
    {
        circuits.Post(notifications.Select(m => new NotificationEvent(m.RecipientId, m)).ToList());
        foreach (var message in notifications)
        {
            hub.Enqueue([NotificationHub.UserGroup(message.RecipientId)], "notification", message);
        }

        return Task.CompletedTask;
    }

    public Task PublishReadAsync(Guid recipientId, CancellationToken cancellationToken = default)
    {
        circuits.Post([new NotificationEvent(recipientId, null)]);
        hub.Enqueue([NotificationHub.UserGroup(recipientId)], "read", null);
        return Task.CompletedTask;
    }

    public Task PublishChangeAsync(EntityChange change, IReadOnlyCollection<Guid> audience, CancellationToken cancellationToken = default)
    {
        circuits.Post(audience.Select(person => new NotificationEvent(person, null, change)).ToList());
        hub.Enqueue(audience.Select(NotificationHub.UserGroup).ToList(), "changed", change);
        return Task.CompletedTask;
    }

    public Task PublishProfileChangedAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        circuits.Post([new NotificationEvent(personId, null, ProfileChanged: true)]);
        return Task.CompletedTask;
    }
}

/// <summary>Sends to hub clients in the background, in order, so a slow connection never holds up a request.</summary>
public sealed class HubOutbox(IHubContext<NotificationHub> hub, ILogger<HubOutbox> logger) : BackgroundService
{
    private readonly Channel<(IReadOnlyList<string> Groups, string Method, object? Argument)> _queue =
        Channel.CreateUnbounded<(IReadOnlyList<string>, string, object?)>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(IReadOnlyList<string> groups, string method, object? argument)
    {
        if (groups.Count > 0)
        {
            _queue.Writer.TryWrite((groups, method, argument));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (groups, method, argument) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var clients = groups.Count == 1 ? hub.Clients.Group(groups[0]) : hub.Clients.Groups(groups);
                await (argument is null ? clients.SendAsync(method, stoppingToken) : clients.SendAsync(method, argument, stoppingToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Pushing {Method} to hub clients failed; it stays in the database", method);
            }
        }
    }
}
