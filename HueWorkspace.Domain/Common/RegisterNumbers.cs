using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Common;

/// <summary>
/// The next number of a register — a unit's incoming or outgoing documents, the certificates, the data requests — taken
/// inside the transaction that stores the numbered record: one atomic <c>UPDATE … SET Last = Last + 1 … RETURNING Last</c>
/// takes the database's write lock, so two people numbering at the same moment get two consecutive numbers, and a save that
/// fails rolls its number back with it — no gap, no repeat (Nghị định 30 Art. 15, 22.2). A new year starts a new row at 1.
/// Each module names its own series.
/// </summary>
public static class RegisterNumbers
{

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

/// <summary>The last number given in a register (a unit's incoming register of a year, or a series of the outgoing one).</summary>
public sealed class DocumentCounter
{
    private DocumentCounter()
    {
        Series = null!;
    }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The module's series: "den" for the incoming register, "di" and "di-mat" for the outgoing one, "gcn", "yc"…</summary>
    public string Series { get; private set; }

    public int Last { get; private set; }

}
