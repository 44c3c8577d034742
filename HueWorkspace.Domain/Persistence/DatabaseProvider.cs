using HueWorkspace.Domain.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HueWorkspace.Domain.Persistence;

/// <summary>
/// The database the app runs on (<c>Database:Provider</c>): SQLite, one file, the embedded default; PostgreSQL when several
/// instances share one database (docs/decisions/0008-scale-out.md). Each has its own migrations: SQLite's are
/// <see cref="WorkspaceDbContext"/>'s (<c>Persistence/Migrations</c>), PostgreSQL's are
/// <see cref="PostgresWorkspaceDbContext"/>'s (<c>Persistence/PostgresMigrations</c>). The code reads and writes through
/// <see cref="WorkspaceDbContext"/> either way.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class WorkspaceDatabase
{
    /// <summary>"Sqlite" (default) or "PostgreSQL"/"Postgres"/"Npgsql", case ignored.</summary>
    public static DatabaseProvider Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException($"Database:Provider '{name}' is not known; use Sqlite or PostgreSQL."),
    };

    /// <summary>The options of the provider's own context type (so its migrations are the ones found).</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"));
        }
        else
        {
            options.UseSqlite(connectionString);
        }
    }

    /// <summary>A relative SQLite data source is resolved against <paramref name="contentRoot"/>, and its folder is created.</summary>
    public static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}

/// <summary>The same model on PostgreSQL, with PostgreSQL's own migrations (<c>Persistence/PostgresMigrations</c>).</summary>
public sealed class PostgresWorkspaceDbContext(DbContextOptions<PostgresWorkspaceDbContext> options) : WorkspaceDbContext(options)
{
    /// <summary>
    /// Every time in the model is UTC by convention (the <c>…Utc</c> names; shown in Asia/Ho_Chi_Minh by the UI), stored as
    /// <c>timestamp with time zone</c>. A time read back from SQLite, or made from a date, has no kind: it is marked UTC on
    /// the way in and out, so both providers hold and return the same instants.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Diacritic-free search (docs/decisions/0008-scale-out.md): the normalised SearchText columns get trigram indexes
        // (migration PostgresInitial), which serve LIKE and word-start regular expressions alike.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<Documents.IncomingDocument>().HasIndex(d => d.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

/// <summary>
/// Hands out the provider's context as a <see cref="WorkspaceDbContext"/>: every service asks for
/// <c>IDbContextFactory&lt;WorkspaceDbContext&gt;</c> whatever the database.
/// </summary>
internal sealed class UpcastContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<WorkspaceDbContext>
    where TContext : WorkspaceDbContext
{
    public WorkspaceDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<WorkspaceDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => await inner.CreateDbContextAsync(cancellationToken);
}

/// <summary>Lets <c>dotnet ef</c> build PostgreSQL's model (<c>--context PostgresWorkspaceDbContext</c>) without a server.</summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresWorkspaceDbContext>
{
    public PostgresWorkspaceDbContext CreateDbContext(string[] args)
    {
        return new(new DbContextOptionsBuilder<PostgresWorkspaceDbContext>()
            .UseNpgsql("Host=localhost;Database=hueworkspace_design")
            .AddInterceptors(new AuditInterceptor(TimeProvider.System))
            .Options);
    }
}
