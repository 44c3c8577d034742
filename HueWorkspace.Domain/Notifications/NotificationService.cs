using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Notifications;

public sealed record NotificationPage(IReadOnlyList<Notification> Items, int Total);

/// <summary>The signed-in person's own notifications: nobody reads or marks another person's.</summary>
public sealed class NotificationService(
    IDbContextFactory<WorkspaceDbContext> dbFactory,
    ICurrentUser currentUser,
    INotificationPublisher publisher,
    TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<int> CountUnreadAsync(CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.RecipientId == actor.UserId && n.ReadAtUtc == null, ct);
    }

    public async Task<NotificationPage> ListAsync(int page, int pageSize, bool unreadOnly = false, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Notifications.AsNoTracking().Where(n => n.RecipientId == actor.UserId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAtUtc == null);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Skip(Paging.Offset(page, pageSize)).Take(pageSize).ToListAsync(ct);
        return new NotificationPage(items, total);
    }

    /// <summary>Marks the person's notification read; answers where it leads.</summary>
    public async Task<string> MarkReadAsync(Guid notificationId, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.RecipientId == actor.UserId, ct)
            ?? throw new NotFoundException("Không tìm thấy thông báo.");
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        db.Actor = actor;
        await db.SaveChangesAsync(ct);
        await publisher.PublishReadAsync(actor.UserId!.Value, ct);
        return notification.Link;
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var count = await db.Notifications.Where(n => n.RecipientId == actor.UserId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        await publisher.PublishReadAsync(actor.UserId!.Value, ct);
        return count;
    }
}
