using HueWorkspace.Domain.Cluster;
using HueWorkspace.Domain.Files;
using HueWorkspace.Web.Cluster;

namespace HueWorkspace.Web.Features.Files;

/// <summary>
/// Sweeps the file store every <c>Files:SweepIntervalMinutes</c> (default 60): content no row names, older than the
/// grace period, is removed (docs/decisions/0004-file-store.md). Idempotent; on one instance at a time all the same,
/// so two nodes do not walk the shared folder together.
/// </summary>
internal sealed class FileJanitorWorker(FileJanitor janitor, IConfiguration configuration, JobLeases leases, ILogger<FileJanitorWorker> logger)
    : ClusterJobWorker(leases, logger)
{
    protected override string Name => "file-sweep";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(configuration.GetValue("Files:SweepIntervalMinutes", 60.0), 1));

    protected override bool RunAtStart => false;

    protected override async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var result = await janitor.SweepAsync(ct);
        return result.Orphans + result.Incoming;
    }
}
