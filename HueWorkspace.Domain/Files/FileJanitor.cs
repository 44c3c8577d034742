using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Files;

/// <summary>
/// Removes content no row names: uploads staged by a form that was never submitted, content written by a process
/// killed before its row committed, and half-written uploads. Content is only ever deleted here, after
/// <see cref="FileStoreOptions.OrphanGrace"/>, so a commit can never be left pointing at deleted content by a
/// concurrent cleanup (docs/decisions/0004-file-store.md). Safe to run on several instances at once.
/// </summary>
public sealed class FileJanitor(IDbContextFactory<WorkspaceDbContext> dbFactory, IFileStore store, FileStoreOptions options, TimeProvider clock)
{
    public sealed record Result(int Orphans, int Incoming);

    public async Task<Result> SweepAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.OrphanGrace;
        var incoming = await store.DeleteStaleIncomingAsync(cutoff, ct);
        var orphans = 0;
        var batch = new List<StoredBlob>();
        await foreach (var blob in store.ListAsync(ct))
        {
            if (blob.LastWrittenUtc < cutoff)
            {
                batch.Add(blob);
            }

            if (batch.Count == 500)
            {
                orphans += await SweepBatchAsync(batch, cutoff, ct);
                batch.Clear();
            }
        }

        orphans += await SweepBatchAsync(batch, cutoff, ct);
        return new Result(orphans, incoming);
    }

    private async Task<int> SweepBatchAsync(List<StoredBlob> blobs, DateTime cutoff, CancellationToken ct)
    {
        if (blobs.Count == 0)
        {
            return 0;
        }

        var hashes = blobs.Select(b => b.Sha256).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var named = (await db.StoredFiles.AsNoTracking().Where(f => hashes.Contains(f.Sha256)).Select(f => f.Sha256).Distinct().ToListAsync(ct)).ToHashSet();
        var deleted = 0;
        foreach (var blob in blobs.Where(b => !named.Contains(b.Sha256)))
        {
            deleted += await store.DeleteAsync(blob.Sha256, cutoff, ct) ? 1 : 0;
        }

        return deleted;
    }
}
