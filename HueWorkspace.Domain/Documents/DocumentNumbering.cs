using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// The next number of a register, taken inside the registering transaction: one atomic
/// <c>UPDATE … SET Last = Last + 1 … RETURNING Last</c> takes the database's write lock, so two clerks registering at
/// the same moment get two consecutive numbers, and a registration that fails rolls its number back with it — no gap,
/// no repeat (Nghị định 30 Art. 15, 22.2). A new year starts a new row at 1.
/// </summary>
public static class DocumentNumbering
{
    public const string IncomingSeries = "den";

    /// <summary>The one database-wide series of full-text keys (unit Guid.Empty, year 0).</summary>
    public const string SearchKeySeries = "search";

    public static async Task<int> NextAsync(WorkspaceDbContext db, Guid unitId, int year, string series, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A number is taken inside the transaction that stores the document.");
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var next = await db.Database.SqlQuery<int>(
                    $"UPDATE \"DocumentCounters\" SET \"Last\" = \"Last\" + 1 WHERE \"UnitId\" = {unitId} AND \"Year\" = {year} AND \"Series\" = {series} RETURNING \"Last\" AS \"Value\"")
                .ToListAsync(ct);
            if (next.Count == 1)
            {
                return next[0];
            }

            // First document of the year in this register; a concurrent first one may have made the row already.
            // (UPDATE … RETURNING and ON CONFLICT DO NOTHING are the same in SQLite and PostgreSQL.)
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"DocumentCounters\" (\"UnitId\", \"Year\", \"Series\", \"Last\") VALUES ({unitId}, {year}, {series}, 0) ON CONFLICT DO NOTHING", ct);
        }

        throw new InvalidOperationException("The register counter could not be created.");
    }
}
