using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Builders;

/// <summary>A real SQLite file with the real migrations, deleted afterwards; the demo organisation seeded on request.</summary>
public sealed class TestDatabase : IDbContextFactory<WorkspaceDbContext>, IAsyncDisposable
{
    private readonly DbContextOptions<WorkspaceDbContext> _options;

    private TestDatabase(string path, TimeProvider clock)
    {
        Path = path;
        Clock = clock;
        _options = new DbContextOptionsBuilder<WorkspaceDbContext>()
            .UseSqlite($"Data Source={path}")
            .AddInterceptors(new AuditInterceptor(clock))
            .Options;
    }

    public string Path { get; }

    public TimeProvider Clock { get; }

    public static async Task<TestDatabase> CreateAsync(bool seedDemo = true, TimeProvider? clock = null)
    {
        var db = new TestDatabase(TempFiles.NewDatabasePath(), clock ?? TimeProvider.System);
        var seeder = new WorkspaceSeeder(db, db.Clock);
        await seeder.MigrateAsync();
        if (seedDemo)
        {
            await seeder.SeedDemoAsync();
        }

        return db;
    }

    public WorkspaceDbContext CreateDbContext() => new(_options);

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        TempFiles.Delete(Path);
    }
}

public static class TempFiles
{
    public static string NewDatabasePath()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hueworkspace-tests");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

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
}
