using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Common;

/// <summary>Reading what a failed save means, for each database provider.</summary>
public static class DbErrors
{
    /// <summary>
    /// The save broke a unique key or primary key — the only failure a "once only" insert may treat as "someone else
    /// already did it". Every other failure (a full disk, a broken foreign key, a lock) must surface.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,

        // PostgreSQL unique_violation, read by name so the domain does not depend on the Npgsql package.
        { } other when other.GetType().Name == "PostgresException" => other.GetType().GetProperty("SqlState")?.GetValue(other) as string == "23505",
        _ => false,
    };
}
