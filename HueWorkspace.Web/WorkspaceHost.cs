using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HueWorkspace.Domain.Files;
using Microsoft.AspNetCore.HttpOverrides;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using HueWorkspace.Web.Api;
using HueWorkspace.Web.Auth;
using HueWorkspace.Web.Auth.BuiltInProvider;
using HueWorkspace.Web.Components;
using HueWorkspace.Web.Features.Dashboards;
using HueWorkspace.Web.Features.Files;
using HueWorkspace.Web.Features.Notifications;
using HueWorkspace.Web.Features.Tasks;
using HueWorkspace.Web.Health;
using HueWorkspace.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace HueWorkspace.Web;

/// <summary>Composition of the host: each area adds itself with one extension.</summary>
public static class WorkspaceHost
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en")];

    public static WebApplicationBuilder AddWorkspace(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var connectionString = builder.Configuration.GetConnectionString("Workspace")
            ?? throw new InvalidOperationException("Connection string 'Workspace' is missing.");
        var files = builder.Configuration.GetSection("Files").Get<FileStoreOptions>() ?? new FileStoreOptions();
        // SQLite unless Database:Provider says PostgreSQL (several instances; docs/decisions/0008-scale-out.md).
        var provider = WorkspaceDatabase.Parse(builder.Configuration["Database:Provider"]);
        services.AddWorkspaceDomain(connectionString, builder.Environment.ContentRootPath, files, provider);
        services.AddHostedService<FileJanitorWorker>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<WorkspaceSeeder>();

        services.AddLocalization();
        services.AddRazorComponents().AddInteractiveServerComponents(o =>
        {
            // Chosen, not inherited (docs/capacity.md). A circuit whose tab lost its connection is kept 3 minutes so a phone
            // that drops off the network or a laptop that sleeps briefly comes back to its page as it was; at most 100 are
            // kept per instance (a whole department's Wi-Fi dropping), the oldest dropped first — those pages reload and
            // read the database. 10 render batches may wait for the browser's acknowledgement before the circuit pauses
            // rendering: enough for a burst of live updates on a slow line, and a bound on what a stalled tab holds.
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(builder.Configuration.GetValue("Circuits:RetentionMinutes", 3.0));
            o.DisconnectedCircuitMaxRetained = builder.Configuration.GetValue("Circuits:MaxRetained", 100);
            o.MaxBufferedUnacknowledgedRenderBatches = builder.Configuration.GetValue("Circuits:MaxUnacknowledgedBatches", 10);
        });
        services.AddMudServices(c =>
        {
            c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            c.SnackbarConfiguration.VisibleStateDuration = 5000;
        });
        services.AddScoped<Components.Shared.LiveAnnouncer>();
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

            // States, priorities and actions travel by name ("AwaitingReview"), as the database stores them; anything the
            // enum does not define, a missing required field or a null in a list is a 400 (StrictJson).
            StrictJson.Apply(o.SerializerOptions);
        });
        services.AddBadRequestProblems();

        // No "Server: Kestrel" banner.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddHttpContextAccessor();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        builder.AddWorkspaceAuth();
        services.AddWorkspaceNotifications(builder.Configuration);
        Features.Inbox.InboxExtensions.AddWorkspaceInbox(services);
        if (builder.Configuration.GetValue("Diagnostics:HeapEndpoint", false))
        {
            services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, Cluster.CircuitCensus>();
        }

        services.AddWorkspaceTasks(builder.Configuration);
        Features.Datasets.DatasetsExtensions.AddWorkspaceDatasets(services, builder.Configuration);
        Features.DataRequests.DataRequestsExtensions.AddWorkspaceDataRequests(services, builder.Configuration);
        services.AddWorkspaceDashboards(builder.Configuration);
        return builder;
    }

    /// <summary>Applies migrations at start-up and seeds the demo organisation into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        // One instance at a time (several nodes may start together; docs/decisions/0008-scale-out.md).
        await using var startup = await StartupLock.AcquireAsync(app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<WorkspaceDbContext>>());
        var seeder = app.Services.GetRequiredService<WorkspaceSeeder>();
        await seeder.MigrateAsync();
        await LegacyFileMover.MoveAsync(app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<WorkspaceDbContext>>(),
            app.Services.GetRequiredService<IFileStore>());

        // Demo data only where it is asked for (appsettings.Development.json): never by default in production.
        if (app.Configuration.GetValue("Seeding:DemoData", false))
        {
            await seeder.SeedDemoAsync();
            await DemoTasks.SeedAsync(app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<WorkspaceDbContext>>(), app.Services.GetRequiredService<TimeProvider>());
            if (app.Configuration.GetValue("Seeding:DemoDocuments", true))
            {
                await Features.Documents.DemoDocuments.SeedAsync(app.Services);
                await Features.Documents.DemoOutgoing.SeedAsync(app.Services);
            }

            if (app.Configuration.GetValue("Seeding:DemoDatasets", true))
            {
                await Features.Datasets.DemoDatasets.SeedAsync(app.Services);
                await Features.DataRequests.DemoDataRequests.SeedAsync(app.Services);
            }
        }
    }

    public static WebApplication UseWorkspace(this WebApplication app)
    {
        // Behind nginx (deploy/): the client's address (sign-in throttling, the audit) and scheme (secure cookies) come
        // from X-Forwarded-For/-Proto, believed only from loopback and the addresses in Proxy:KnownProxies.
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in app.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [])
        {
            forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        app.UseForwardedHeaders(forwarded);

        // Several instances behind nginx (deploy/nginx.conf.template): each names itself in a cookie that nginx routes by,
        // so a person's circuit stays on its instance; the header tells which instance answered.
        if (app.Configuration["Cluster:NodeName"] is { Length: > 0 } node)
        {
            app.Use(async (context, next) =>
            {
                context.Response.Headers["X-HueWorkspace-Node"] = node;
                if (context.Request.Cookies[Cluster.StickyNode.Cookie] != node)
                {
                    context.Response.Cookies.Append(Cluster.StickyNode.Cookie, node, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Path = "/" });
                }

                await next();
            });
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        // Pages show the Vietnamese "not found" page; an API refusal without a body gets a Vietnamese problem
        // (UseBadRequestProblems); the hub and form posts keep their bare status codes.
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method) && !AuthExtensions.IsApi(context.Request),
            branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Vietnamese unless the person chose English (cookie or ?culture=en); the browser's language does not switch it.
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Cultures[0].Name);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseSecurityHeaders(app.Configuration["Authentication:Authority"]);
        Features.Datasets.OpenDataEndpoints.UsePublicCaching(app);
        app.UseBadRequestProblems();
        app.UseSameOriginGuard();

        app.UseAuthentication();
        app.UseCurrentUser();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapStaticAssets().AllowAnonymous();
        // For the capacity benchmark only (docs/capacity.md): the managed heap after full, compacting collections.
        if (app.Configuration.GetValue("Diagnostics:HeapEndpoint", false))
        {
            app.MapGet("/_diag/heap", (HttpContext context) =>
            {
                if (context.Connection.RemoteIpAddress is { } from && !System.Net.IPAddress.IsLoopback(from))
                {
                    return Results.NotFound();
                }

                for (var i = 0; i < 3; i++)
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    GC.WaitForPendingFinalizers();
                }

                return Results.Text(GC.GetTotalMemory(forceFullCollection: true).ToString(CultureInfo.InvariantCulture));
            }).AllowAnonymous();
            app.MapGet("/_diag/circuits", (HttpContext context) =>
                context.Connection.RemoteIpAddress is { } from && !System.Net.IPAddress.IsLoopback(from) ? Results.NotFound() : Results.Ok(Cluster.CircuitCensus.Report())).AllowAnonymous();
        }

        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext context) =>
        {
            if (!Cultures.Any(c => c.Name == name))
            {
                return Results.Problem("Ngôn ngữ này chưa được hỗ trợ.", statusCode: StatusCodes.Status400BadRequest);
            }

            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Expires = DateTimeOffset.UtcNow.AddYears(1) });
            return Results.Redirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();
        app.MapBuiltInProvider();
        app.MapWorkspaceNotifications();
        app.MapWorkspaceApi();
        app.MapTaskFiles();
        app.MapDashboardFiles();
        Features.Documents.DocumentsExtensions.MapDocumentFiles(app);
        Features.Documents.OutgoingExtensions.MapOutgoingFiles(app);
        Features.Datasets.DatasetsExtensions.MapDatasetFiles(app);
        Features.Datasets.OpenDataEndpoints.MapOpenData(app);
        Features.DataRequests.DataRequestsExtensions.MapDataRequestFiles(app);
        Features.Admin.AuditExport.MapAuditExport(app);
        // Our own Content-Security-Policy (SecurityHeaders) already forbids framing; Blazor's would be a second header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    /// <summary>Status only ("Healthy", "Degraded", "Unhealthy"): an anonymous caller learns nothing of the data.</summary>
    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }, HealthJson));
    }

    private static readonly JsonSerializerOptions HealthJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
}
