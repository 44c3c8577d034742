using HueWorkspace.Domain.Notifications;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HueWorkspace.Web.Features.Notifications;

public static class NotificationsExtensions
{
    public static IServiceCollection AddWorkspaceNotifications(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<NotificationNotifier>();
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
        return app;
    }
}
