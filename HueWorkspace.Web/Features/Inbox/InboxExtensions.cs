using HueWorkspace.Domain.Inbox;

namespace HueWorkspace.Web.Features.Inbox;

public static class InboxExtensions
{
    public static IServiceCollection AddWorkspaceInbox(this IServiceCollection services) => services.AddScoped<InboxState>();

    /// <summary><c>GET /api/inbox</c>: the signed-in person's inbox, the same lines and counts as the page.</summary>
    public static RouteGroupBuilder MapInboxApi(this RouteGroupBuilder api)
    {
        api.MapGet("/inbox", async (InboxListAddress address, InboxService inbox, CancellationToken ct) =>
        {
            var page = await inbox.ListAsync(address.Query, ct);
            return Results.Ok(new
            {
                total = page.Total,
                overdue = page.Overdue,
                counts = Enum.GetValues<InboxModule>().ToDictionary(m => m.ToString(), page.CountOf),
                items = page.Items.Select(i => new
                {
                    module = i.Module.ToString(), id = i.RecordId, i.Reference, i.Title, i.Link, i.Step, sinceUtc = i.SinceUtc, due = i.Due,
                    i.WorkingDaysLeft, i.IsOverdue, i.FollowUp,
                }),
            });
        });
        return api;
    }

    /// <summary>Where each module's records are listed (the menu's entry its count sits beside).</summary>
    public static string ListOf(InboxModule module) => module switch
    {
        InboxModule.Tasks => "/tasks",
        InboxModule.Incoming => "/documents",
        InboxModule.Outgoing => "/outgoing",
        InboxModule.DataRequests => "/data-requests",
        InboxModule.Councils => "/councils",
        InboxModule.Datasets => "/datasets",
    };
}
