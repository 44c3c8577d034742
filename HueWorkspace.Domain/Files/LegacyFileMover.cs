using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Files;

/// <summary>
/// Moves file content that earlier versions kept in database rows into the store. The <c>FileStore</c> migration
/// copied each task attachment's metadata into <c>StoredFiles</c> (with an empty hash) and its bytes into
/// <c>LegacyFileContents</c>; this runs right after the migrations at start-up and empties that table. Each file is
/// written to the store first, then its hash is recorded and its bytes dropped in one transaction, so a process killed
/// in between only leaves content that the next start writes again (the store is content-addressed).
/// </summary>
public static class LegacyFileMover
{
    private sealed record LegacyRow(Guid Id, byte[] Bytes);

    /// <returns>How many files were moved.</returns>
    public static async Task<int> MoveAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, IFileStore store, CancellationToken ct = default)
    {
        var moved = 0;
        await using (var probe = await dbFactory.CreateDbContextAsync(ct))
        {
            // Only SQLite databases of earlier versions have the table; PostgreSQL started with the file store.
            if (!probe.Database.IsSqlite())
            {
                return 0;
            }
        }

        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var rows = await db.Database.SqlQueryRaw<LegacyRow>("SELECT \"Id\", \"Bytes\" FROM \"LegacyFileContents\" LIMIT 20").ToListAsync(ct);
            if (rows.Count == 0)
            {
                return moved;
            }

            foreach (var row in rows)
            {
                var content = await store.WriteAsync(new MemoryStream(row.Bytes, writable: false), long.MaxValue, ct);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.StoredFiles.Where(f => f.Id == row.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.Sha256, content.Sha256).SetProperty(f => f.Length, content.Length), ct);
                await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"LegacyFileContents\" WHERE \"Id\" = {row.Id}", ct);
                await transaction.CommitAsync(ct);
                moved++;
            }
        }
    }
}
