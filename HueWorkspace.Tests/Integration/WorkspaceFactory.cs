using HueWorkspace.Tests.Builders;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration;

/// <summary>
/// The real app in memory on its own database (a SQLite file, or a PostgreSQL database when the test command runs the
/// suite on PostgreSQL; dropped afterwards), with the built-in OIDC provider.
/// The OIDC handler's back channel (discovery, token) goes through the test server.
/// </summary>
public class WorkspaceFactory : WebApplicationFactory<Program>
{
    private readonly string _ownDatabase = TestDatabase.NewLocation();
    private readonly string _ownFiles = TempFiles.NewFolder();

    /// <summary>Another host's database and file store: this host is a second instance of the same deployment.</summary>
    public WorkspaceFactory? SecondNodeOf { get; init; }

    /// <summary>The SQLite file, or the PostgreSQL database's name.</summary>
    public string DatabasePath => SecondNodeOf?.DatabasePath ?? _ownDatabase;

    /// <summary>The app's file store for this host, deleted afterwards.</summary>
    public string FilesRoot => SecondNodeOf?.FilesRoot ?? _ownFiles;

    /// <summary>Served by Kestrel on a real port (browser tests): the back channel then goes over the network too.</summary>
    public bool OnKestrel { get; init; }

    /// <summary>More settings for this host (Redis, say).</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>Seed the month of demo incoming documents, as a developer's first start does.</summary>
    public bool DemoDocuments { get; init; }

    /// <summary>Seed the demo catalogue (datasets, a council in session, certified and published datasets with files).</summary>
    public bool DemoDatasets { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();

        // The migrated, seeded database the app would make at its first start, copied from the run's template.
        if (SecondNodeOf is null)
        {
            TestDatabase.CopyTemplateAsync(TestData.OrganizationAndTasks, TimeProvider.System, DatabasePath).GetAwaiter().GetResult();
        }

        builder.UseSetting("ConnectionStrings:Workspace", TestDatabase.ConnectionStringOf(DatabasePath));
        builder.UseSetting("Database:Provider", TestDatabase.Provider.ToString());
        builder.UseSetting("Files:Root", FilesRoot);
        builder.UseSetting("Authentication:UseBuiltInProvider", "true");
        builder.UseSetting("BuiltInSignIn:DemoPassword", "Hue@2026");
        builder.UseSetting("Seeding:DemoData", "true");

        // A month of demo documents costs each host a few seconds; the hosts that want them say so.
        builder.UseSetting("Seeding:DemoDocuments", DemoDocuments ? "true" : "false");
        builder.UseSetting("Seeding:DemoDatasets", DemoDatasets ? "true" : "false");
        builder.UseSetting("Datasets:JobEnabled", "false");
        builder.UseSetting("DataRequests:JobEnabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }


        // Reminders run on demand in their own tests; a timer firing mid-test would add notifications at random.
        builder.UseSetting("Tasks:RemindersEnabled", "false");
        builder.UseSetting("Dashboards:WeeklySummaryEnabled", "false");
        if (!OnKestrel)
        {
            builder.ConfigureTestServices(services =>
                services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Server.CreateHandler()));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await TestDatabase.Drop(_ownDatabase);
        TempFiles.DeleteFolder(_ownFiles);
        GC.SuppressFinalize(this);
    }
}
