using HueWorkspace.Domain.Announcements;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Domain.Persistence;

/// <summary>Which database this process runs on.</summary>
public sealed record DatabaseInfo(DatabaseProvider Provider);

public static class PersistenceExtensions
{
    /// <summary>Each module's part of the leaders' dashboard, in the order they are counted (the host, the tests and the benchmarks use these).</summary>
    public static IReadOnlyList<Dashboards.IDashboardSource> DashboardSources { get; } =
        [new Tasks.TaskDashboardFigures(), new Documents.DocumentDashboardFigures(), new DataRequests.RequestDashboardFigures(), new Datasets.DatasetDashboardFigures()];

    /// <summary>
    /// The database (SQLite by default, docs/decisions/0003-sqlite-by-default.md; PostgreSQL for several instances,
    /// docs/decisions/0008-scale-out.md) and the domain services. A relative SQLite data source is resolved against
    /// <paramref name="contentRoot"/>, and its folder is created.
    /// </summary>
    public static IServiceCollection AddWorkspaceDomain(this IServiceCollection services, string connectionString, string contentRoot, FileStoreOptions? files = null,
        DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        // Pooled contexts (a context's services are made once, not per action: docs/benchmarks.md, business writes); a
        // context back in the pool is reset by EF Core and forgets its actor (WorkspaceDbContext.Dispose).
        services.AddSingleton<AuditInterceptor>();
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.AddPooledDbContextFactory<PostgresWorkspaceDbContext>((sp, options) =>
            {
                WorkspaceDatabase.Configure(options, provider, connectionString);
                options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
            });
            services.AddSingleton<IDbContextFactory<WorkspaceDbContext>, UpcastContextFactory<PostgresWorkspaceDbContext>>();
            services.AddSingleton<Documents.IDocumentSearch, Documents.PostgresDocumentSearch>();
        }
        else
        {
            var resolved = WorkspaceDatabase.ResolveSqlite(connectionString, contentRoot);
            services.AddPooledDbContextFactory<WorkspaceDbContext>((sp, options) =>
            {
                WorkspaceDatabase.Configure(options, provider, resolved);
                options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
            });
            services.AddSingleton<Documents.IDocumentSearch, Documents.SqliteDocumentSearch>();
        }

        // A context for what asks DI for one (the data-protection key ring), leased from the pool for the scope.
        services.AddScoped<WorkspaceDbContext>(sp => sp.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContext());
        services.AddSingleton(new DatabaseInfo(provider));
        services.AddSingleton<Cluster.JobLeases>();

        services.AddScoped<NotificationService>();
        services.AddScoped<AnnouncementService>();
        services.AddScoped<OrganizationService>();
        services.AddScoped<CalendarService>();
        services.AddScoped<AuditService>();
        services.AddSingleton<SignInRecorder>();
        services.AddSingleton<SignIn.SignInThrottle>();
        services.AddSingleton<SignIn.SessionService>();
        // The workflow core (docs/decisions/0010-workflow-core.md): the organisation and the calendar cached per process,
        // checked against their stamps; what every workflow service takes; the interfaces modules talk through.
        services.AddSingleton<OrganizationDirectory>();
        services.AddSingleton<Calendar.CalendarDirectory>();
        services.AddScoped(sp => WorkflowServices.For(sp, sp.GetRequiredService<ICurrentUser>()));
        services.AddScoped<TaskService>();
        services.AddScoped<ITaskAssignments>(sp => sp.GetRequiredService<TaskService>());
        services.AddScoped<TaskQueries>();
        services.AddScoped<ITaskProgress>(sp => sp.GetRequiredService<TaskQueries>());
        services.AddSingleton<ITaskSourceObserver, Documents.IncomingTaskObserver>();
        services.AddScoped<Dashboards.DashboardQueries>();
        foreach (var source in DashboardSources)
        {
            services.AddSingleton<Dashboards.IDashboardSource>(source);
        }

        // The inbox (docs/decisions/0011-inbox.md): each module says what waits for whom.
        services.AddScoped<Inbox.InboxService>();
        services.AddSingleton<Inbox.IInboxSource, Tasks.TaskInbox>();
        services.AddSingleton<Inbox.IInboxSource, Documents.IncomingInbox>();
        services.AddSingleton<Inbox.IInboxSource, Documents.OutgoingInbox>();
        services.AddSingleton<Inbox.IInboxSource, DataRequests.RequestInbox>();
        services.AddSingleton<Inbox.IInboxSource, Datasets.CouncilInbox>();
        services.AddSingleton<Inbox.IInboxSource>(sp => new Datasets.DatasetInbox(sp.GetService<Datasets.DatasetOptions>() ?? new Datasets.DatasetOptions()));

        services.AddScoped<Documents.IncomingService>();
        services.AddScoped<Documents.IncomingQueries>();
        services.AddScoped<Documents.SavedSearchService>();
        services.AddScoped<Documents.OutgoingService>();
        services.AddScoped<Documents.IOutgoingDrafts>(sp => sp.GetRequiredService<Documents.OutgoingService>());
        services.AddScoped<Documents.OutgoingQueries>();
        services.AddScoped<Documents.DocumentExchange>();
        services.AddScoped<Datasets.DatasetService>();
        services.AddScoped<Datasets.DatasetQueries>();
        services.AddScoped<Datasets.CouncilService>();
        services.AddScoped<Datasets.CouncilQueries>();
        services.AddScoped<Datasets.OpenDataQueries>();
        services.AddSingleton<Datasets.IDatasetCatalogue, Datasets.DatasetCatalogue>();
        services.AddScoped<DataRequests.DataRequestService>();
        services.AddScoped<DataRequests.DataRequestQueries>();

        // Files: content on disk under Files:Root (relative to the content root), metadata in the database.
        files ??= new FileStoreOptions();
        files.Root = Path.GetFullPath(Path.Combine(contentRoot, files.Root));
        services.AddSingleton(files);
        services.AddSingleton<IFileStore>(sp => new DiskFileStore(files.Root, sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<FileService>();
        services.AddSingleton<FileJanitor>();
        return services;
    }
}
