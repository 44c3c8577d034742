using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Cluster;

/// <summary>
/// Who runs a scheduled job (reminders, escalations, expiries, the file sweep) until when: one row per job. With several
/// instances the job runs on the one holding the lease; when it stops renewing (stopped, killed), another takes it over
/// once the lease expires. Each job is idempotent besides (rows keyed by what they send), so an overlap at the hand-over
/// costs nothing but time.
/// </summary>
public sealed class JobLease
{
    private JobLease()
    {
        Name = null!;
        Holder = null!;
    }

    public string Name { get; private set; }

    public string Holder { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

}

/// <summary>Takes and renews <see cref="JobLease"/>s for this process (docs/decisions/0008-scale-out.md).</summary>
public sealed class JobLeases(IDbContextFactory<WorkspaceDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>This process, as lease holder: the machine, the process and a random part (a restarted process is new).</summary>
    public string Holder { get; } = $"{Environment.MachineName[..Math.Min(60, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>
    /// True when this process holds <paramref name="name"/> for the next <paramref name="ttl"/>: it held it already, or the
    /// last holder's lease ran out, or nobody ever held it. One conditional UPDATE, or the first INSERT; the database
    /// decides between instances.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan ttl, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + ttl;
        var holder = Holder;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var renewed = await db.JobLeases.Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until), ct);
        if (renewed == 1)
        {
            return true;
        }

        // Nobody ever held it: the first INSERT wins (the same statement in SQLite and PostgreSQL); the others insert nothing.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"JobLeases\" (\"Name\", \"Holder\", \"ExpiresAtUtc\") VALUES ({name}, {holder}, {until}) ON CONFLICT DO NOTHING", ct);
        return inserted == 1;
    }

    /// <summary>Gives the lease up (a stopping instance), so another takes the job at once.</summary>
    public async Task ReleaseAsync(string name, CancellationToken ct = default)
    {
        var holder = Holder;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.JobLeases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(ct);
    }
}
