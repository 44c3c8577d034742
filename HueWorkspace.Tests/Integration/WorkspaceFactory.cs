using HueWorkspace.Tests.Builders;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration;

/// <summary>
/// The real app in memory on its own SQLite file (deleted afterwards), with the built-in OIDC provider.
/// The OIDC handler's back channel (discovery, token) goes through the test server.
/// </summary>
public class WorkspaceFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = TempFiles.NewDatabasePath();

    /// <summary>Served by Kestrel on a real port (browser tests): the back channel then goes over the network too.</summary>
    public bool OnKestrel { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Workspace", $"Data Source={DatabasePath}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Reminders run on demand in their own tests; a timer firing mid-test would add notifications at random.
        builder.UseSetting("Tasks:RemindersEnabled", "false");
        if (!OnKestrel)
        {
            builder.ConfigureTestServices(services =>
                services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Server.CreateHandler()));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TempFiles.Delete(DatabasePath);
        GC.SuppressFinalize(this);
    }
}
