using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HueWorkspace.Web.Health;

/// <summary><c>/healthz</c>: the database answers a query and has every migration applied.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<WorkspaceDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            await db.Units.AnyAsync(cancellationToken);
            return pending == 0
                ? HealthCheckResult.Healthy("Cơ sở dữ liệu sẵn sàng.")
                : HealthCheckResult.Unhealthy($"Còn {pending} migration chưa áp dụng.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu.", ex);
        }
    }
}
