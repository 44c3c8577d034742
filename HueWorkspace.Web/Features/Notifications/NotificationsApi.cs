using HueWorkspace.Domain.Notifications;

namespace HueWorkspace.Web.Features.Notifications;

public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications");
        group.MapGet("/", async (NotificationService service, int? page, int? pageSize, bool? unreadOnly, CancellationToken ct) =>
        {
            var result = await service.ListAsync(page ?? 0, pageSize ?? 20, unreadOnly ?? false, ct);
            return Results.Ok(new
            {
                total = result.Total,
                items = result.Items.Select(n => new { n.Id, n.Kind, n.Title, n.Link, n.CreatedAtUtc, n.ReadAtUtc }),
            });
        });
        group.MapGet("/unread-count", async (NotificationService service, CancellationToken ct) => Results.Ok(new { count = await service.CountUnreadAsync(ct) }));
        group.MapPost("/{id:guid}/read", async (Guid id, NotificationService service, CancellationToken ct) =>
        {
            await service.MarkReadAsync(id, ct);
            return Results.NoContent();
        });
        group.MapPost("/read-all", async (NotificationService service, CancellationToken ct) => Results.Ok(new { marked = await service.MarkAllReadAsync(ct) }));
        return api;
    }
}
