using HueWorkspace.Domain.Persistence;
using HueWorkspace.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Web.Features.Notifications;

/// <summary>
/// Live notifications for clients other than the Blazor UI (the Hue-S mobile app, integrations), at
/// <c>/hubs/notifications</c>. Each connection joins its person's group and its unit's group.
/// Server → client: <c>notification</c> (a <see cref="Domain.Notifications.NotificationMessage"/>) and
/// <c>read</c> (the unread count changed elsewhere).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NotificationHub(IDbContextFactory<WorkspaceDbContext> dbFactory) : Hub
{
    public const string Path = "/hubs/notifications";

    public static string UserGroup(Guid userId) => $"user:{userId}";

    public static string UnitGroup(Guid unitId) => $"unit:{unitId}";

    public override async Task OnConnectedAsync()
    {
        var actor = WorkspaceClaims.ToActor(Context.User);
        if (actor is not { IsAssigned: true })
        {
            Context.Abort();
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(actor.UserId!.Value));
        await Groups.AddToGroupAsync(Context.ConnectionId, UnitGroup(actor.UnitId!.Value));
        await base.OnConnectedAsync();
    }

    /// <summary>The unread count from the database: what a client calls after it (re)connects.</summary>
    public async Task<int> UnreadCount()
    {
        var userId = WorkspaceClaims.ToActor(Context.User)?.UserId ?? throw new HubException("Bạn cần đăng nhập.");
        await using var db = await dbFactory.CreateDbContextAsync(Context.ConnectionAborted);
        return await db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAtUtc == null, Context.ConnectionAborted);
    }
}
