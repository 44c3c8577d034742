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

    /// <summary>A committed change to a record: the <paramref name="audience"/> (everyone who may see it) refreshes.</summary>
    Task PublishChangeAsync(EntityChange change, IReadOnlyCollection<Guid> audience, CancellationToken cancellationToken = default);
}

/// <summary>
/// A record changed: the people who may see it refresh what they show. Carries no content, only where to look,
/// so a push can never reveal more than the page the person may open.
/// </summary>
public sealed record EntityChange(string Area, Guid Id, Guid? ParentId = null)
{
    public const string Tasks = "tasks";
}
