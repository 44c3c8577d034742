using HueWorkspace.Domain.Announcements;

namespace HueWorkspace.Web.Features.Announcements;

public static class AnnouncementsApi
{
    public sealed record SendRequest(string? Title = null, string? Body = null, Guid? TargetUnitId = null, bool IncludeSubunits = false, IReadOnlyCollection<Guid>? PersonIds = null);

    public static RouteGroupBuilder MapAnnouncementsApi(this RouteGroupBuilder api)
    {
        // Internal announcements are for staff only, never for outside data requesters.
        var group = api.MapGroup("/announcements").RequireAuthorization(HueWorkspace.Web.Auth.Policies.Staff);
        group.MapGet("/", async (AnnouncementService service, string? search, int? page, CancellationToken ct) =>
        {
            var (items, total) = await service.ListAsync(search, page ?? 0, 20, ct);
            return Results.Ok(new { total, items });
        });
        group.MapGet("/{id:guid}", async (Guid id, AnnouncementService service, CancellationToken ct) => Results.Ok(await service.GetAsync(id, ct)));
        group.MapPost("/", async (SendRequest request, AnnouncementService service, CancellationToken ct) =>
        {
            var id = await service.SendAsync(new SendAnnouncement(request.Title ?? "", request.Body ?? "", request.TargetUnitId,
                request.IncludeSubunits, request.PersonIds ?? []), ct);
            return Results.Created($"/api/announcements/{id}", new { id });
        });
        return api;
    }
}
