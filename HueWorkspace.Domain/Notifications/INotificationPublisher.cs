namespace HueWorkspace.Domain.Notifications;

/// <summary>
/// What a live client shows for a notification; the same shape goes to circuits and to the hub. <see cref="Title"/> is
/// Vietnamese (the hub does not know the reader's language); clients that render it themselves use the key and arguments.
/// </summary>
public sealed record NotificationMessage(Guid Id, Guid RecipientId, string Kind, string TitleKey, IReadOnlyList<string> TitleArgs, string Link, DateTime CreatedAtUtc)
{
    public string Title => Common.DomainTexts.Render(TitleKey, TitleArgs, Common.DomainTexts.Vietnamese);

    /// <summary>The title in the language of whoever is reading (a circuit's culture).</summary>
    public string LocalTitle() => Common.DomainTexts.Render(TitleKey, TitleArgs);

    public static NotificationMessage From(Notification n) => new(n.Id, n.RecipientId, n.Kind, n.TitleKey, n.TitleArgs, n.Link, n.CreatedAtUtc);
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

    /// <summary>A person's unit or roles changed: their open sessions take the new powers at once.</summary>
    Task PublishProfileChangedAsync(Guid personId, CancellationToken cancellationToken = default);
}

/// <summary>
/// A record changed: the people who may see it refresh what they show. Carries no content, only where to look,
/// so a push can never reveal more than the page the person may open.
/// </summary>
public sealed record EntityChange(string Area, Guid Id, Guid? ParentId = null)
{
    public const string Tasks = "tasks";
    public const string Documents = "documents";
    public const string Datasets = "datasets";
    public const string Councils = "councils";
    public const string DataRequests = "data-requests";
}

/// <summary>Tells nobody: for work nobody watches live (demo data at start-up, benchmarks of reads).</summary>
public sealed class SilentPublisher : INotificationPublisher
{
    public static SilentPublisher Instance { get; } = new();

    public Task PublishAsync(IReadOnlyCollection<NotificationMessage> notifications, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task PublishReadAsync(Guid recipientId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task PublishChangeAsync(EntityChange change, IReadOnlyCollection<Guid> audience, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task PublishProfileChangedAsync(Guid personId, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
