namespace HueWorkspace.Domain.Notifications;

/// <summary>
/// A message to one person about a change that concerns them. Written in the same transaction as the
/// change, then pushed live; the stored row is what makes it survive while the person is offline.
/// </summary>
public sealed class Notification
{
    public const int KindMaxLength = 64;
    public const int TitleMaxLength = 300;
    public const int LinkMaxLength = 500;

    private Notification()
    {
        Kind = null!;
        Title = null!;
        Link = null!;
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public string Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>A local path in the app, for example <c>/announcements/{id}</c>.</summary>
    public string Link { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public static Notification Create(Guid recipientId, string kind, string title, string link, DateTime nowUtc)
    {
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException("A notification links only inside the app.", nameof(link));
        }

        return new Notification
        {
            Id = Guid.CreateVersion7(),
            RecipientId = recipientId,
            Kind = kind,
            Title = title.Length <= TitleMaxLength ? title : title[..(TitleMaxLength - 1)] + "…",
            Link = link,
            CreatedAtUtc = nowUtc,
        };
    }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}

public static class NotificationKinds
{
    public const string Announcement = "announcement";
    public const string TaskAssigned = "task.assigned";
    public const string TaskHandlerAssigned = "task.handler-assigned";
    public const string TaskReported = "task.reported";
    public const string TaskSubmitted = "task.submitted";
    public const string TaskReturned = "task.returned";
    public const string TaskApproved = "task.approved";
    public const string TaskPaused = "task.paused";
    public const string TaskResumed = "task.resumed";
    public const string TaskCancelled = "task.cancelled";
    public const string TaskExtensionRequested = "task.extension-requested";
    public const string TaskExtensionDecided = "task.extension-decided";
    public const string TaskMentioned = "task.mentioned";
    public const string TaskDueSoon = "task.due-soon";
    public const string TaskOverdue = "task.overdue";
}
