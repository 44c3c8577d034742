using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Announcements;

public sealed record SendAnnouncement(string Title, string Body, Guid? TargetUnitId, bool IncludeSubunits, IReadOnlyCollection<Guid> PersonIds);

public sealed record AnnouncementSummary(Guid Id, string Title, string SenderName, DateTime SentAtUtc, bool SentByMe, int RecipientCount);

public sealed record AnnouncementDetail(Guid Id, string Title, string Body, string SenderName, string SenderUnitName, DateTime SentAtUtc, string? TargetUnitName, bool IncludeSubunits, int RecipientCount);

/// <summary>Who may send announcements to whom (Art. 13.2, 18.2: a leader acts on their unit's subtree).</summary>
public static class AnnouncementPolicy
{
    public static bool CanSend(Actor actor) => actor.IsAssigned && actor.IsInAnyRole(Role.UnitLeader, Role.CityLeader, Role.Administrator);

    private static bool ReachesEverything(Actor actor) => actor.IsInAnyRole(Role.CityLeader, Role.Administrator);

    public static bool CanTargetUnit(Actor actor, Guid unitId, OrgTree tree) =>
        CanSend(actor) && tree.Find(unitId) is not null && (ReachesEverything(actor) || tree.IsWithin(unitId, actor.UnitId!.Value));

    /// <summary>Internal announcements are for staff: outside data requesters (Art. 27.2) never receive them.</summary>
    public static bool IsStaff(UserProfile person) => person.IsAssigned && !person.Roles.Contains(Role.DataRequester);

    public static bool CanTargetPerson(Actor actor, UserProfile person, OrgTree tree) =>
        CanSend(actor) && IsStaff(person) && (ReachesEverything(actor) || tree.IsWithin(person.UnitId!.Value, actor.UnitId!.Value));
}

public sealed class AnnouncementService(
    IDbContextFactory<WorkspaceDbContext> dbFactory,
    ICurrentUser currentUser,
    INotificationPublisher publisher,
    TimeProvider clock)
{
    public async Task<Guid> SendAsync(SendAnnouncement command, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        if (!AnnouncementPolicy.CanSend(actor))
        {
            throw new ForbiddenException("Chỉ lãnh đạo hoặc quản trị hệ thống được gửi thông báo nội bộ.");
        }

        if (command.TargetUnitId is null && command.PersonIds.Count == 0)
        {
            throw new DomainException("Vui lòng chọn đơn vị nhận hoặc ít nhất một người nhận.");
        }

        if (command.PersonIds.Count > Announcement.MaxNamedRecipients)
        {
            throw new DomainException($"Chỉ được chọn tối đa {Announcement.MaxNamedRecipients} người nhận.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = new OrgTree(await db.Units.AsNoTracking().ToListAsync(ct));
        var recipients = new List<UserProfile>();
        if (command.TargetUnitId is { } unitId)
        {
            if (!AnnouncementPolicy.CanTargetUnit(actor, unitId, tree))
            {
                throw new ForbiddenException("Bạn chỉ được gửi thông báo tới đơn vị mình và các đơn vị trực thuộc.");
            }

            var unitIds = command.IncludeSubunits ? tree.Subtree(unitId).Select(u => (Guid?)u.Id).ToList() : [unitId];
            recipients.AddRange((await db.UserProfiles.AsNoTracking().Where(u => unitIds.Contains(u.UnitId)).ToListAsync(ct)).Where(AnnouncementPolicy.IsStaff));
        }

        if (command.PersonIds.Count > 0)
        {
            var ids = command.PersonIds.Distinct().ToList();
            var people = await db.UserProfiles.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
            if (people.Count != ids.Count || people.Any(p => !AnnouncementPolicy.CanTargetPerson(actor, p, tree)))
            {
                throw new ForbiddenException("Có người nhận nằm ngoài phạm vi bạn được gửi thông báo.");
            }

            recipients.AddRange(people);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var announcement = Announcement.Create(command.Title, command.Body, actor, command.TargetUnitId, command.IncludeSubunits,
            recipients.Select(r => r.Id).Where(id => id != actor.UserId), now);
        var notifications = announcement.Recipients
            .Select(r => Notification.Create(r.UserId, NotificationKinds.Announcement, new NotificationText("announcement", announcement.Title), $"/announcements/{announcement.Id}", now))
            .ToList();
        db.Announcements.Add(announcement);
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(actor, ct);
        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        return announcement.Id;
    }

    /// <summary>Announcements the person received or sent, newest first, filtered on the server.</summary>
    public async Task<(IReadOnlyList<AnnouncementSummary> Items, int Total)> ListAsync(string? search, int page, int pageSize, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var me = actor.UserId!.Value;
        var query = db.Announcements.AsNoTracking().Where(a => a.SenderId == me || a.Recipients.Any(r => r.UserId == me));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var needle = TextSearch.Normalize(search);
            query = query.Where(a => a.SearchText.Contains(needle));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.SentAtUtc).ThenByDescending(a => a.Id)
            .Skip(Paging.Offset(page, pageSize)).Take(pageSize)
            .Select(a => new AnnouncementSummary(a.Id, a.Title, a.SenderName, a.SentAtUtc, a.SenderId == me, a.Recipients.Count))
            .ToListAsync(ct);
        return (items, total);
    }

    /// <summary>Only the sender and the recipients may read an announcement; to anybody else it does not exist.</summary>
    public async Task<AnnouncementDetail> GetAsync(Guid id, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        var me = actor.UserId!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var detail = await db.Announcements.AsNoTracking()
            .Where(a => a.Id == id && (a.SenderId == me || a.Recipients.Any(r => r.UserId == me)))
            .Select(a => new AnnouncementDetail(a.Id, a.Title, a.Body, a.SenderName,
                db.Units.Where(u => u.Id == a.SenderUnitId).Select(u => u.Name).FirstOrDefault() ?? "",
                a.SentAtUtc,
                db.Units.Where(u => u.Id == a.TargetUnitId).Select(u => u.Name).FirstOrDefault(),
                a.IncludeSubunits, a.Recipients.Count))
            .SingleOrDefaultAsync(ct);
        return detail ?? throw new NotFoundException("Không tìm thấy thông báo, hoặc bạn không có quyền xem thông báo này.");
    }

    /// <summary>The units the acting person may address, for the send form.</summary>
    public async Task<IReadOnlyList<(Unit Unit, int Depth)>> TargetUnitsAsync(CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = new OrgTree(await db.Units.AsNoTracking().ToListAsync(ct));
        return tree.Flatten().Where(x => AnnouncementPolicy.CanTargetUnit(actor, x.Unit.Id, tree)).ToList();
    }

    /// <summary>People the acting person may name, matching a diacritic-insensitive search.</summary>
    public async Task<IReadOnlyList<UserProfile>> TargetPeopleAsync(string? search, int take = 20, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = new OrgTree(await db.Units.AsNoTracking().ToListAsync(ct));
        var needle = TextSearch.Normalize(search);
        var candidates = await db.UserProfiles.AsNoTracking()
            .Where(u => u.UnitId != null && u.Id != actor.UserId && (needle == "" || u.SearchText.Contains(needle)))
            .OrderBy(u => u.FullName).Take(500).ToListAsync(ct);
        return candidates.Where(p => AnnouncementPolicy.CanTargetPerson(actor, p, tree)).Take(take).ToList();
    }
}
