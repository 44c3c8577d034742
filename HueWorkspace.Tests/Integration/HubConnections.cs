using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace HueWorkspace.Tests.Integration;

public static class HubConnections
{
    /// <summary>A connection to the notification hub carrying a signed-in person's cookie (long polling through the test server).</summary>
    public static HubConnection ForPerson(TestServer server, SignInClient client) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/notifications"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.Headers["Cookie"] = client.CookieHeader;
            })
            .Build();
}
