using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Persistence;

/// <summary>
/// Makes the start-up work (migrations, demo seeding) run on one instance at a time: on PostgreSQL a session-level
/// advisory lock held on its own connection until disposed, so a second instance starting at the same moment waits and
/// then finds everything done; on SQLite (one process by design) nothing.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>An arbitrary number that names this lock among the database's advisory locks.</summary>
    private const long Key = 4_172_024_041;

    private readonly WorkspaceDbContext? _db;

    private StartupLock(WorkspaceDbContext? db) => _db = db;

    public static async Task<StartupLock> AcquireAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        if (!db.Database.IsNpgsql())
        {
            await db.DisposeAsync();
            return new StartupLock(null);
        }

        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", ct);
        return new StartupLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
            await _db.Database.CloseConnectionAsync();
            await _db.DisposeAsync();
        }
    }
}
