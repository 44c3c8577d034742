using HueWorkspace.Domain.Notifications;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HueWorkspace.Web.Features.Notifications;

public static class NotificationsExtensions
{
    public static IServiceCollection AddWorkspaceNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSignalR();
        services.AddSingleton<NotificationNotifier>();
        if (configuration["Redis:Configuration"] is { Length: > 0 } redis)
        {
            // Several instances (docs/decisions/0008-scale-out.md): circuits hear each other through a Redis channel, hub
            // clients through the SignalR Redis backplane registered for this hub alone — Blazor's own hub keeps the
            // in-process lifetime manager, so circuits never depend on Redis (dotnet/aspnetcore#58971).
            services.AddSingleton(sp => new Cluster.RedisConnection(redis, sp.GetRequiredService<ILogger<Cluster.RedisConnection>>()));
            services.AddSingleton<Cluster.RedisCircuitBus>();
            services.AddSingleton<Cluster.ICircuitBus>(sp => sp.GetRequiredService<Cluster.RedisCircuitBus>());
            services.AddHostedService(sp => sp.GetRequiredService<Cluster.RedisCircuitBus>());
            services.Configure<Microsoft.AspNetCore.SignalR.StackExchangeRedis.RedisOptions>(o =>
            {
                o.Configuration = StackExchange.Redis.ConfigurationOptions.Parse(redis);
                o.Configuration.AbortOnConnectFail = false;
                o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("hueworkspace-hub");
            });
            services.AddSingleton<Microsoft.AspNetCore.SignalR.HubLifetimeManager<NotificationHub>,
                Microsoft.AspNetCore.SignalR.StackExchangeRedis.RedisHubLifetimeManager<NotificationHub>>();
        }
        else
        {
            services.AddSingleton<Cluster.ICircuitBus, Cluster.LocalCircuitBus>();
        }

        services.AddSingleton<HubOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<HubOutbox>());
        services.AddSingleton<INotificationPublisher, LiveNotificationPublisher>();
        services.AddScoped<NotificationState>();
        services.AddScoped<CircuitHandler, NotificationCircuitHandler>();
        return services;
    }

    public static WebApplication MapWorkspaceNotifications(this WebApplication app)
    {
        // Staff only (the hub's own policy): outside data requesters read their notifications on the pages.
        app.MapHub<NotificationHub>(NotificationHub.Path);

        // A notification's link on the list (a page without a circuit): opening it marks it read on the way. Only the
        // person's own notification, only to its own stored link (never an address from the request); one that is not
        // theirs leads back to the list. A GET that changes something, so a link from another site (the browser says
        // Sec-Fetch-Site: cross-site) only opens the list: nothing is marked from outside (docs/security.md).
        app.MapGet("/notifications/{id:guid}/open", OpenAsync);
        return app;
    }

    private static async Task<RedirectHttpResult> OpenAsync(Guid id, HttpContext context, NotificationService service, CancellationToken ct)
    {
        if (context.Request.Headers["Sec-Fetch-Site"] == "cross-site")
        {
            return TypedResults.Redirect("/notifications");
        }

        try
        {
            return TypedResults.Redirect(Security.LocalUrl.OrHome(await service.MarkReadAsync(id, ct)));
        }
        catch (Domain.Common.NotFoundException)
        {
            return TypedResults.Redirect("/notifications");
        }
    }
}
