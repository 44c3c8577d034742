using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Notifications;

/// <summary>
/// A message to one person about a change that concerns them. Written in the same transaction as the
/// change, then pushed live; the stored row is what makes it survive while the person is offline. Its title is kept
/// as a text key and arguments and rendered in the reader's language (<see cref="DomainTexts.Render"/>).
/// </summary>
public sealed class Notification
{
    public const int KindMaxLength = 64;
    public const int TitleKeyMaxLength = 64;
    public const int TitleArgMaxLength = 300;
    public const int LinkMaxLength = 500;

    private Notification()
    {
        Kind = null!;
        TitleKey = null!;
        TitleArgs = null!;
        Link = null!;
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public string Kind { get; private set; }

    /// <summary>The title's text key (<c>Notification.{key}</c> in <c>Resources/Texts.resx</c>).</summary>
    public string TitleKey { get; private set; }

    public string[] TitleArgs { get; private set; }

    /// <summary>The title in the reader's language.</summary>
    public string Title => DomainTexts.Render(TitleKey, TitleArgs);

    /// <summary>A local path in the app, for example <c>/announcements/{id}</c>.</summary>
    public string Link { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public static Notification Create(Guid recipientId, string kind, NotificationText title, string link, DateTime nowUtc)
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
            TitleKey = title.Key,
            TitleArgs = title.Args.Select(a => a.Length <= TitleArgMaxLength ? a : a[..(TitleArgMaxLength - 1)] + "…").ToArray(),
            Link = link,
            CreatedAtUtc = nowUtc,
        };
    }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}

/// <summary>A notification title as stored: a text key and its arguments (already formatted, e.g. dates as dd/MM/yyyy).</summary>
public sealed record NotificationText(string Key, params string[] Args);

public static class NotificationKinds
{
    public const string Announcement = "announcement";
    public const string WeeklySummary = "dashboard.weekly";
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
    public const string DocumentRegistered = "document.registered";
    public const string DocumentPresented = "document.presented";
    public const string DocumentDirected = "document.directed";
    public const string DocumentReturned = "document.returned";
    public const string OutgoingWaiting = "outgoing.waiting";
    public const string OutgoingReturned = "outgoing.returned";
    public const string OutgoingIssued = "outgoing.issued";
    public const string OutgoingRecalled = "outgoing.recalled";
    public const string DocumentArrived = "document.arrived";
    public const string DatasetNearDuplicate = "dataset.near-duplicate";
    public const string DatasetExpiring = "dataset.expiring";
    public const string DatasetExpired = "dataset.expired";
    public const string CouncilMember = "council.member";
    public const string CouncilOutcome = "council.outcome";
    public const string RequestSubmitted = "request.submitted";
    public const string RequestUpdated = "request.updated";
    public const string RequestQuestion = "request.question";
    public const string RequestAnswered = "request.answered";
    public const string RequestApproved = "request.approved";
    public const string RequestRefused = "request.refused";
    public const string RequestProvided = "request.provided";
    public const string RequestDueSoon = "request.due-soon";
    public const string RequestOverdue = "request.overdue";
    public const string RequestExpired = "request.expired";
}
