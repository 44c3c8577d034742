using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Announcements;

/// <summary>
/// Thông báo nội bộ: a leader or administrator tells a unit (and the units below it) or named people
/// something. Recipients are fixed when it is sent, so a later move between units changes nothing.
/// </summary>
public sealed class Announcement : IAudited
{
    /// <inheritdoc />
    public string AuditLabel => Title;

    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;
    public const int MaxNamedRecipients = 200;

    private readonly List<AnnouncementRecipient> _recipients = [];

    private Announcement()
    {
        Title = null!;
        Body = null!;
        SenderName = null!;
        SearchText = null!;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public Guid SenderId { get; private set; }

    public string SenderName { get; private set; }

    public Guid SenderUnitId { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    /// <summary>The unit it was addressed to, when addressed to a unit.</summary>
    public Guid? TargetUnitId { get; private set; }

    public bool IncludeSubunits { get; private set; }

    public IReadOnlyList<AnnouncementRecipient> Recipients => _recipients;

    public string SearchText { get; private set; }

    internal static Announcement Create(string title, string body, Actor sender, Guid? targetUnitId, bool includeSubunits, IEnumerable<Guid> recipientIds, DateTime nowUtc)
    {
        var announcement = new Announcement
        {
            Id = Guid.CreateVersion7(),
            Title = Guard.Required(title, "tiêu đề", TitleMaxLength),
            Body = Guard.Required(body, "nội dung", BodyMaxLength, multiline: true),
            SenderId = sender.UserId!.Value,
            SenderName = sender.Name,
            SenderUnitId = sender.UnitId!.Value,
            SentAtUtc = nowUtc,
            TargetUnitId = targetUnitId,
            IncludeSubunits = targetUnitId is not null && includeSubunits,
        };
        announcement.SearchText = TextSearch.Join(announcement.Title, announcement.SenderName);
        announcement._recipients.AddRange(recipientIds.Distinct().Select(id => new AnnouncementRecipient(announcement.Id, id)));
        if (announcement._recipients.Count == 0)
        {
            throw new DomainException("Không có người nhận nào: đơn vị đã chọn chưa có người được phân công.");
        }

        return announcement;
    }
}

public sealed class AnnouncementRecipient
{
    internal AnnouncementRecipient(Guid announcementId, Guid userId)
    {
        AnnouncementId = announcementId;
        UserId = userId;
    }

    public Guid AnnouncementId { get; private set; }

    public Guid UserId { get; private set; }
}
