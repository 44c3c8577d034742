using HueWorkspace.Domain.Common;
using HueWorkspace.Web.Features.Announcements;
using HueWorkspace.Web.Features.Notifications;
using HueWorkspace.Web.Features.Tasks;

namespace HueWorkspace.Web.Api;

/// <summary>
/// Turns a domain refusal into an HTTP problem with the Vietnamese message as its detail:
/// 403 forbidden, 404 not found (also for records the caller may not know about), 409 concurrent edit, 400 otherwise.
/// </summary>
internal sealed class DomainProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException ex)
        {
            var status = ex switch
            {
                ForbiddenException => StatusCodes.Status403Forbidden,
                NotFoundException => StatusCodes.Status404NotFound,
                ConcurrencyConflictException => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Problem(detail: ex.Message, statusCode: status);
        }
    }
}

public static class ApiExtensions
{
    /// <summary>The JSON API for other clients (the Hue-S mobile app): same services, same rules as the UI.</summary>
    public static RouteGroupBuilder MapWorkspaceApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<DomainProblemFilter>()
            .AddEndpointFilter<Security.JsonOnly>().DisableAntiforgery();
        api.MapNotificationsApi();
        api.MapAnnouncementsApi();
        api.MapTasksApi();
        Features.Inbox.InboxExtensions.MapInboxApi(api);
        Features.Documents.DocumentsExtensions.MapDocumentsApi(api);
        Features.Documents.OutgoingExtensions.MapOutgoingApi(api);
        Features.Datasets.DatasetsExtensions.MapDatasetsApi(api);
        Features.DataRequests.DataRequestsApi.MapDataRequestsApi(api);
        return api;
    }
}
