using System.Collections.Concurrent;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Builders;

/// <summary>What a test database starts with.</summary>
public enum TestData
{
    /// <summary>Migrated, no rows.</summary>
    Empty,

    /// <summary>The demo organisation, its people and the holiday calendar.</summary>
    Organization,

    /// <summary>The organisation and the demo tasks (what the app seeds at its first start).</summary>
    OrganizationAndTasks,
}

/// <summary>
/// A real database with the real migrations, dropped afterwards: a SQLite file by default, or, when the test command
/// started a PostgreSQL server (<c>HW_TEST_POSTGRES</c>, a connection string to its maintenance database), a PostgreSQL
/// database. Migrating and seeding happen once per test run and kind of data (a template file, or a template database);
/// each test gets its own copy of the template, so hundreds of database tests do not each migrate and seed.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<WorkspaceDbContext>, IAsyncDisposable
{
    private static readonly ConcurrentDictionary<(TestData, DateOnly), Lazy<Task<string>>> Templates = new();
    private readonly DbContextOptions _options;

    /// <summary>The PostgreSQL server the test command started, or null: SQLite.</summary>
    public static string? Postgres { get; } = Environment.GetEnvironmentVariable("HW_TEST_POSTGRES") is { Length: > 0 } pg ? pg : null;

    public static DatabaseProvider Provider => Postgres is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    /// <summary>The provider's full-text search, as the app registers it.</summary>
    public static HueWorkspace.Domain.Documents.IDocumentSearch Search =>
        Postgres is null ? new HueWorkspace.Domain.Documents.SqliteDocumentSearch() : new HueWorkspace.Domain.Documents.PostgresDocumentSearch();

    private TestDatabase(string location, TimeProvider clock)
    {
        Path = location;
        Clock = clock;
        _options = Options(location, clock);
    }

    /// <summary>The SQLite file, or the PostgreSQL database's name.</summary>
    public string Path { get; }

    public TimeProvider Clock { get; }

    /// <summary>The connection string the app would be given for this database.</summary>
    public string ConnectionString => ConnectionStringOf(Path);

    public static string ConnectionStringOf(string location) => Postgres is { } server
        ? new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = location, Pooling = true }.ToString()
        : $"Data Source={location}";

    public static async Task<TestDatabase> CreateAsync(bool seedDemo = true, TimeProvider? clock = null) =>
        await CreateAsync(seedDemo ? TestData.Organization : TestData.Empty, clock);

    public static async Task<TestDatabase> CreateAsync(TestData data, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var location = NewLocation();
        await CopyTemplateAsync(data, clock, location);
        return new TestDatabase(location, clock);
    }

    /// <summary>A new SQLite file path, or a new PostgreSQL database name.</summary>
    public static string NewLocation() => Postgres is null ? TempFiles.NewDatabasePath() : $"hw_{Guid.NewGuid():N}";

    /// <summary>Copies the migrated, seeded template for <paramref name="data"/> (made on first use, dated by the clock) to <paramref name="location"/>.</summary>
    public static async Task CopyTemplateAsync(TestData data, TimeProvider clock, string location)
    {
        var template = await Templates.GetOrAdd((data, VietnamTime.Today(clock)), key => new Lazy<Task<string>>(() => BuildTemplateAsync(key.Item1, clock))).Value;
        if (Postgres is null)
        {
            File.Copy(template, location);
        }
        else
        {
            // A database made from a template is a file copy on the server; a template in use by another session cannot be
            // copied, so the copies are made one at a time.
            await TemplateGate.WaitAsync();
            try
            {
                await ServerCommandAsync($"CREATE DATABASE \"{location}\" TEMPLATE \"{template}\"");
            }
            finally
            {
                TemplateGate.Release();
            }
        }
    }

    private static readonly SemaphoreSlim TemplateGate = new(1, 1);

    private static async Task ServerCommandAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(Postgres!) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> BuildTemplateAsync(TestData data, TimeProvider clock)
    {
        var location = Postgres is null ? TempFiles.NewDatabasePath() : $"hwt_{Guid.NewGuid():N}";
        if (Postgres is null)
        {
            TempFiles.DeleteAtExit(location);
        }
        else
        {
            await ServerCommandAsync($"CREATE DATABASE \"{location}\"");
        }

        var factory = new TestDatabase(location, clock);
        var seeder = new WorkspaceSeeder(factory, clock);
        await seeder.MigrateAsync();
        if (data != TestData.Empty)
        {
            await seeder.SeedDemoAsync();
        }

        if (data == TestData.OrganizationAndTasks)
        {
            await DemoTasks.SeedAsync(factory, clock);
        }

        if (Postgres is null)
        {
            // Everything into the main file, so a plain copy of it is the whole database.
            await using (var db = factory.CreateDbContext())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            }

            SqliteConnection.ClearAllPools();
        }
        else
        {
            // No session may stay connected to a template while it is copied.
            Npgsql.NpgsqlConnection.ClearAllPools();
        }

        return location;
    }

    private static DbContextOptions Options(string location, TimeProvider clock)
    {
        if (Postgres is null)
        {
            return new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite(ConnectionStringOf(location)).AddInterceptors(new AuditInterceptor(clock)).Options;
        }

        var builder = new DbContextOptionsBuilder<PostgresWorkspaceDbContext>();
        WorkspaceDatabase.Configure(builder, DatabaseProvider.PostgreSql, ConnectionStringOf(location));
        return builder.AddInterceptors(new AuditInterceptor(clock)).Options;
    }

    public WorkspaceDbContext CreateDbContext() => Postgres is null
        ? new WorkspaceDbContext((DbContextOptions<WorkspaceDbContext>)_options)
        : new PostgresWorkspaceDbContext((DbContextOptions<PostgresWorkspaceDbContext>)_options);

    public async ValueTask DisposeAsync()
    {
        await Drop(Path);
    }

    /// <summary>Deletes a test database: the file, or the PostgreSQL database (its open connections closed).</summary>
    public static async Task Drop(string location)
    {
        if (Postgres is null)
        {
            SqliteConnection.ClearAllPools();
            await Task.Yield();
            TempFiles.Delete(location);
        }
        else
        {
            await ServerCommandAsync($"DROP DATABASE IF EXISTS \"{location}\" WITH (FORCE)");
        }
    }
}

public static class TempFiles
{
    private static readonly ConcurrentBag<string> AtExit = [];

    static TempFiles() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var path in AtExit)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    Delete(path);
                }
            }
            catch (IOException)
            {
                // Temp files; the OS cleans its temp folder.
            }
        }
    };

    public static string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hueworkspace-tests");

    public static string NewDatabasePath()
    {
        Directory.CreateDirectory(Root);
        return System.IO.Path.Combine(Root, $"{Guid.NewGuid():N}.db");
    }

    /// <summary>A new empty folder for a test's file store.</summary>
    public static string NewFolder()
    {
        var path = System.IO.Path.Combine(Root, $"files-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void DeleteAtExit(string path) => AtExit.Add(path);

    public static void Delete(string databasePath)
    {
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    public static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}

/// <summary>A file service on a throwaway folder, for components that pick files.</summary>
public static class TestFiles
{
    public static HueWorkspace.Domain.Files.FileService Service(HueWorkspace.Domain.Common.ICurrentUser? user = null)
    {
        var root = TempFiles.NewFolder();
        TempFiles.DeleteAtExit(root);
        return new HueWorkspace.Domain.Files.FileService(new HueWorkspace.Domain.Files.DiskFileStore(root, TimeProvider.System), new HueWorkspace.Domain.Files.FileStoreOptions { Root = root }, user ?? new TestCurrentUser());
    }
}
