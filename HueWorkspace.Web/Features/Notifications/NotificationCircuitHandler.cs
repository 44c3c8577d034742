using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HueWorkspace.Web.Features.Notifications;

/// <summary>
/// When a circuit's connection comes back after a drop, the unread count is rebuilt from the database,
/// so nothing that arrived while the browser was offline is missed.
/// </summary>
internal sealed class NotificationCircuitHandler(NotificationState notifications) : CircuitHandler
{
    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        await notifications.RefreshAsync(cancellationToken);
        await base.OnConnectionUpAsync(circuit, cancellationToken);
    }
}
