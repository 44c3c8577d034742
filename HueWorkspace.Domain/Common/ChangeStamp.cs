using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Common;

/// <summary>
/// A value that moves, in the same transaction, whenever some reference data changes (the organisation: units, people,
/// their units and roles; the holiday calendar). A process that keeps a copy of that data compares the stamp it loaded
/// with the database's before each use, so a change saved by any instance is seen by every instance at its next step
/// (docs/decisions/0010-workflow-core.md). One row per kind of data; <c>AuditInterceptor</c> moves it.
/// </summary>
public sealed class ChangeStamp
{
    public const int KeyMaxLength = 40;

    /// <summary>Units, people, their units and roles: <c>OrganizationDirectory</c>.</summary>
    public const string Organization = "organization";

    /// <summary>Holidays and compensatory days: <c>CalendarDirectory</c>.</summary>
    public const string Calendar = "calendar";

    private ChangeStamp()
    {
        Key = null!;
    }

    public ChangeStamp(string key, Guid value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; private set; }

    public Guid Value { get; internal set; }

    /// <summary>The rows the first migration writes, so that a stamp can always be moved by an UPDATE.</summary>
    public static IReadOnlyList<ChangeStamp> Initial { get; } = [new(Organization, Guid.Empty), new(Calendar, Guid.Empty)];
}

/// <summary>
/// One snapshot of reference data per database, re-read when the database's stamp has moved since it was read. The stamp is
/// read before the data, so a change committed in between is read again at the next use, never kept under the old stamp.
/// </summary>
public abstract class StampedCache<T>(string key) where T : class
{
    private volatile Snapshot? _current;

    public async Task<T> GetAsync(WorkspaceDbContext db, CancellationToken ct)
    {
        var database = db.Database.GetConnectionString() ?? "";
        // Not a compiled query: one process may hold several models (SQLite and PostgreSQL hosts side by side in the tests).
        var stamp = await db.ChangeStamps.Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);
        if (_current is { } current && current.Stamp == stamp && current.Database == database)
        {
            return current.Value;
        }

        var value = await LoadAsync(db, ct);
        _current = new Snapshot(database, stamp, value);
        return value;
    }

    protected abstract Task<T> LoadAsync(WorkspaceDbContext db, CancellationToken ct);

    private sealed record Snapshot(string Database, Guid Stamp, T Value);
}
