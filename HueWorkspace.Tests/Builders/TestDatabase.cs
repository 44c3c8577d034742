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
/// A real SQLite file with the real migrations, deleted afterwards. Migrating and seeding happen once per test run
/// and kind of data (a template file); each test gets its own copy of the template, so hundreds of database tests
/// do not each migrate and seed.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<WorkspaceDbContext>, IAsyncDisposable
{
    private static readonly ConcurrentDictionary<(TestData, DateOnly), Lazy<Task<string>>> Templates = new();
    private readonly DbContextOptions<WorkspaceDbContext> _options;

    private TestDatabase(string path, TimeProvider clock)
    {
        Path = path;
        Clock = clock;
        _options = Options(path, clock);
    }

    public string Path { get; }

    public TimeProvider Clock { get; }

    public static async Task<TestDatabase> CreateAsync(bool seedDemo = true, TimeProvider? clock = null) =>
        await CreateAsync(seedDemo ? TestData.Organization : TestData.Empty, clock);

    public static async Task<TestDatabase> CreateAsync(TestData data, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var path = TempFiles.NewDatabasePath();
        await CopyTemplateAsync(data, clock, path);
        return new TestDatabase(path, clock);
    }

    /// <summary>Copies the migrated, seeded template for <paramref name="data"/> (made on first use, dated by the clock) to <paramref name="path"/>.</summary>
    public static async Task CopyTemplateAsync(TestData data, TimeProvider clock, string path)
    {
        var template = await Templates.GetOrAdd((data, VietnamTime.Today(clock)), key => new Lazy<Task<string>>(() => BuildTemplateAsync(key.Item1, clock))).Value;
        File.Copy(template, path);
    }

    private static async Task<string> BuildTemplateAsync(TestData data, TimeProvider clock)
    {
        var path = TempFiles.NewDatabasePath();
        TempFiles.DeleteAtExit(path);
        var factory = new TestDatabase(path, clock);
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

        // Everything into the main file, so a plain copy of it is the whole database.
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        return path;
    }

    private static DbContextOptions<WorkspaceDbContext> Options(string path, TimeProvider clock) =>
        new DbContextOptionsBuilder<WorkspaceDbContext>()
            .UseSqlite($"Data Source={path}")
            .AddInterceptors(new AuditInterceptor(clock))
            .Options;

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
