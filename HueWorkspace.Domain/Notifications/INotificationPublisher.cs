namespace HueWorkspace.Domain.Notifications;

/// <summary>What a live client shows for a notification; the same shape goes to circuits and to the hub.</summary>
public sealed record NotificationMessage(Guid Id, Guid RecipientId, string Kind, string Title, string Link, DateTime CreatedAtUtc)
{
    public static NotificationMessage From(Notification n) => new(n.Id, n.RecipientId, n.Kind, n.Title, n.Link, n.CreatedAtUtc);
}

/// <summary>
/// Pushes notifications that were already committed to whoever is connected. Delivery is best effort: the
/// database is the source of truth, and a client rebuilds its unread count from it after a reconnect
/// (docs/decisions/0002-notifications.md).
/// </summary>
public interface INotificationPublisher
{
    Task PublishAsync(IReadOnlyCollection<NotificationMessage> notifications, CancellationToken cancellationToken = default);

    /// <summary>The recipient read one or all notifications; their other open windows refresh the count.</summary>
    Task PublishReadAsync(Guid recipientId, CancellationToken cancellationToken = default);
}
