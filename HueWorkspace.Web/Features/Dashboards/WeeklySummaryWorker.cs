using HueWorkspace.Domain.Cluster;
using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Web.Cluster;

namespace HueWorkspace.Web.Features.Dashboards;

/// <summary>
/// Looks every <c>Dashboards:WeeklySummaryIntervalMinutes</c> (default 15) whether last week's summary is due; one
/// instance at a time, and the week's row in the database makes it once per week whatever runs it.
/// </summary>
internal sealed class WeeklySummaryWorker(WeeklySummaryJob job, IConfiguration configuration, JobLeases leases, ILogger<WeeklySummaryWorker> logger)
    : ClusterJobWorker(leases, logger)
{
    protected override string Name => "weekly-summary";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(configuration.GetValue("Dashboards:WeeklySummaryIntervalMinutes", 15.0), 0.1));

    protected override Task<int> RunOnceAsync(CancellationToken ct) => job.RunOnceAsync(ct);
}

public static class DashboardsExtensions
{
    public static IServiceCollection AddWorkspaceDashboards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<WeeklySummaryJob>();
        if (configuration.GetValue("Dashboards:WeeklySummaryEnabled", true))
        {
            services.AddHostedService<WeeklySummaryWorker>();
        }

        return services;
    }
}
