using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Common;

public static class DbContextExtensions
{
    /// <summary>One save per use case; a concurrent edit becomes a clear message and nothing is overwritten.</summary>
    public static async Task SaveAsAsync(this WorkspaceDbContext db, Actor actor, CancellationToken ct)
    {
        db.Actor = actor;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }

    /// <summary>Edits start from the version the user saw, so a change made since then is detected.</summary>
    public static void ExpectVersion<T>(this WorkspaceDbContext db, T entity, Guid version) where T : class, IVersioned
    {
        if (entity.Version != version)
        {
            throw new ConcurrencyConflictException();
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
    }
}
