using System.Diagnostics;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using HueWorkspace.Domain.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// Business writes per second against raw single-row commits per second, on the same SQLite file with the same
/// connection settings and durability (docs/capacity.md). A business write is a progress report on a task through
/// <see cref="TaskService.ReportAsync"/>: the task row, its history event, the audit entries and the notification, in one
/// transaction, after loading the task and checking the rules — what a civil servant's click costs. A raw commit is one
/// <c>INSERT</c> of one row in autocommit through a pooled connection.
/// </summary>
public static class WriteThroughputBenchmark
{
    private sealed class Factory(DbContextOptions<WorkspaceDbContext> options) : IDbContextFactory<WorkspaceDbContext>
    {
        public WorkspaceDbContext CreateDbContext() => new(options);
    }

    private sealed class Synchronous(string mode) : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
    {
        public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA synchronous={mode}";
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA synchronous={mode}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed class NoPublisher : INotificationPublisher
    {
        public Task PublishAsync(IReadOnlyCollection<NotificationMessage> notifications, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task PublishReadAsync(Guid recipientId, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task PublishChangeAsync(EntityChange change, IReadOnlyCollection<Guid> audience, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task PublishProfileChangedAsync(Guid personId, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public static async Task RunAsync(int writes)
    {
        // HW_BENCH_DIR: where the file lives (the default temp folder may be memory-backed, where a commit costs no disk flush).
        var path = Path.Combine(Environment.GetEnvironmentVariable("HW_BENCH_DIR") ?? Path.GetTempPath(), $"hueworkspace-writes-{Guid.NewGuid():N}.db");
        var connection = $"Data Source={path}";
        // HW_BENCH_SQL=1: every command of one business write (after the warm-up), with its duration.
        var logging = false;
        var builder = new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite(connection).AddInterceptors(new AuditInterceptor(TimeProvider.System));
        // HW_BENCH_SYNC=NORMAL: what the durability setting costs (FULL, SQLite's default, is what the product runs with).
        if (Environment.GetEnvironmentVariable("HW_BENCH_SYNC") is { Length: > 0 } synchronous)
        {
            builder.AddInterceptors(new Synchronous(synchronous));
        }

        if (Environment.GetEnvironmentVariable("HW_BENCH_SQL") == "1")
        {
            builder.LogTo(line =>
            {
                if (logging)
                {
                    Console.WriteLine(line);
                }
            }, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted], Microsoft.Extensions.Logging.LogLevel.Information);
        }

        // Pooled, as the host makes them (PersistenceExtensions); HW_BENCH_POOL=0 for a new context's services every time.
        IDbContextFactory<WorkspaceDbContext> factory = Environment.GetEnvironmentVariable("HW_BENCH_POOL") == "0"
            ? new Factory(builder.Options)
            : new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<WorkspaceDbContext>(builder.Options);
        try
        {
            var seeder = new WorkspaceSeeder(factory, TimeProvider.System);
            await seeder.MigrateAsync();
            await seeder.SeedDemoAsync();
            await using (var db = await factory.CreateDbContextAsync())
            {
                var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
                var sync = await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync();
                Console.WriteLine($"SQLite file {path}: journal_mode={mode.Single()}, synchronous={sync.Single()}; {Harness.Machine()}");
            }

            // A task of Sở KH&CN handled by its specialist, who reports progress again and again.
            var user = new BenchmarkUser { Actor = await TaskListBenchmark.ActorAsync(factory, "chutich") };
            var files = new Domain.Files.FileService(new Domain.Files.DiskFileStore(Path.GetTempPath(), TimeProvider.System), new Domain.Files.FileStoreOptions { Root = Path.GetTempPath() }, user);
            var tasks = new TaskService(BenchmarkWorkflow.Of(factory, user, new NoPublisher()), files, []);
            Guid unit;
            Guid handler;
            await using (var db = await factory.CreateDbContextAsync())
            {
                unit = await db.Units.Where(u => u.Code == "SKHCN").Select(u => u.Id).SingleAsync();
                handler = await db.UserProfiles.Where(p => p.UserName == "khcn.chuyenvien").Select(p => p.Id).SingleAsync();
            }

            var today = VietnamTime.Today(TimeProvider.System);
            var id = await tasks.CreateAsync(new CreateTask("Đo tốc độ ghi", "Báo cáo tiến độ liên tục.", TaskPriority.Normal, new TaskUnitDue(unit, "Sở Khoa học và Công nghệ", today.AddDays(30)), []));
            user.Actor = await TaskListBenchmark.ActorAsync(factory, "khcn.lanhdao");
            await tasks.AssignHandlerAsync(id, await VersionAsync(factory, id), unit, handler, today.AddDays(20));
            user.Actor = await TaskListBenchmark.ActorAsync(factory, "khcn.chuyenvien");
            await tasks.StartAsync(id, await VersionAsync(factory, id));

            async Task<double> BusinessAsync(int count)
            {
                var watch = new Stopwatch();
                for (var i = 0; i < count; i++)
                {
                    var version = await VersionAsync(factory, id);
                    watch.Start();
                    await tasks.ReportAsync(id, version, 1 + (i % 98), $"Báo cáo lần {i + 1}");
                    watch.Stop();
                }

                return count / watch.Elapsed.TotalSeconds;
            }

            await using (var raw = new SqliteConnection(connection))
            {
                await raw.OpenAsync();
                await using var create = raw.CreateCommand();
                create.CommandText = "CREATE TABLE IF NOT EXISTS \"BenchRaw\" (\"Id\" INTEGER PRIMARY KEY, \"Value\" TEXT NOT NULL)";
                await create.ExecuteNonQueryAsync();
            }

            async Task<double> RawAsync(int count)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < count; i++)
                {
                    await using var raw = new SqliteConnection(connection);
                    await raw.OpenAsync();
                    await using var insert = raw.CreateCommand();
                    insert.CommandText = "INSERT INTO \"BenchRaw\" (\"Value\") VALUES ($v)";
                    insert.Parameters.AddWithValue("$v", $"dòng {i}");
                    await insert.ExecuteNonQueryAsync();
                }

                return count / watch.Elapsed.TotalSeconds;
            }

            // Where the gap goes, in two steps between the raw commit and the business write: four rows in one
            // transaction by hand (what SQLite and the disk charge for the rows a business write commits), and four
            // rows in one SaveChanges through EF Core (what the ORM adds before any rule or read of ours).
            async Task<double> RawFourAsync(int count)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < count; i++)
                {
                    await using var raw = new SqliteConnection(connection);
                    await raw.OpenAsync();
                    await using var tx = (SqliteTransaction)await raw.BeginTransactionAsync();
                    for (var row = 0; row < 4; row++)
                    {
                        await using var insert = raw.CreateCommand();
                        insert.Transaction = tx;
                        insert.CommandText = "INSERT INTO \"BenchRaw\" (\"Value\") VALUES ($v)";
                        insert.Parameters.AddWithValue("$v", $"dòng {i}.{row}");
                        await insert.ExecuteNonQueryAsync();
                    }

                    await tx.CommitAsync();
                }

                return count / watch.Elapsed.TotalSeconds;
            }

            // The business write's own six statements by hand in one transaction, on the real tables and their indexes:
            // what SQLite and the disk charge for exactly what the write commits, without EF Core or any rule.
            async Task<double> RawSixAsync(int count)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < count; i++)
                {
                    await using var raw = new SqliteConnection(connection);
                    await raw.OpenAsync();
                    await using var tx = (SqliteTransaction)await raw.BeginTransactionAsync();
                    async Task RunAsync(string sql, params (string Name, object Value)[] values)
                    {
                        await using var command = raw.CreateCommand();
                        command.Transaction = tx;
                        command.CommandText = sql;
                        foreach (var (name, value) in values)
                        {
                            command.Parameters.AddWithValue(name, value);
                        }

                        await command.ExecuteNonQueryAsync();
                    }

                    var at = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
                    var taskId = id.ToString().ToUpperInvariant();
                    var who = handler.ToString().ToUpperInvariant();
                    for (var a = 0; a < 2; a++)
                    {
                        await RunAsync("INSERT INTO \"AuditEntries\" (\"Action\", \"ActorId\", \"ActorName\", \"ActorUnitId\", \"AggregateId\", \"AggregateType\", \"AtUtc\", \"Changes\", \"EntityId\", \"EntityType\") VALUES ('Updated', $who, 'Đo', $unit, $task, 'WorkTask', $at, '{\"Percent\":[1,2]}', $task, 'WorkTask')",
                            ("$who", who), ("$unit", unit.ToString().ToUpperInvariant()), ("$task", taskId), ("$at", at));
                        await RunAsync("INSERT INTO \"Notifications\" (\"Id\", \"CreatedAtUtc\", \"Kind\", \"Link\", \"ReadAtUtc\", \"RecipientId\", \"TitleArgs\", \"TitleKey\") VALUES ($id, $at, 'task.reported', $link, NULL, $who, '[\"Đo\"]', 'task.reported.lead')",
                            ("$id", Guid.NewGuid().ToString().ToUpperInvariant()), ("$at", at), ("$link", $"/tasks/{id}"), ("$who", who));
                    }

                    await RunAsync("INSERT INTO \"TaskEvents\" (\"Id\", \"ActorId\", \"ActorName\", \"AtUtc\", \"Kind\", \"Percent\", \"TaskId\", \"Text\") VALUES ($id, $who, 'Đo', $at, 'Progress', 5, $task, 'Báo cáo')",
                        ("$id", Guid.NewGuid().ToString().ToUpperInvariant()), ("$who", who), ("$at", at), ("$task", taskId));
                    await RunAsync("UPDATE \"Tasks\" SET \"Percent\" = 5, \"Version\" = $v WHERE \"Id\" = $task", ("$v", Guid.NewGuid().ToString().ToUpperInvariant()), ("$task", taskId));
                    await tx.CommitAsync();
                }

                return count / watch.Elapsed.TotalSeconds;
            }

            var actor = user.Actor!;
            async Task<double> OrmFourAsync(int count)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < count; i++)
                {
                    await using var db = await factory.CreateDbContextAsync();
                    for (var row = 0; row < 4; row++)
                    {
                        db.Notifications.Add(Notification.Create(handler, NotificationKinds.TaskReported, new NotificationText("task.reported.coordinator", $"Đo {i}.{row}"), $"/tasks/{id}", DateTime.UtcNow));
                    }

                    await db.SaveAsAsync(actor, default);
                }

                return count / watch.Elapsed.TotalSeconds;
            }

            // What the business write reads before its rules run (a fresh context, the organisation's stamp, the task with
            // its units), on its own: the rest of the write is its rows and the commit.
            async Task<double> ReadsAsync(int count)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < count; i++)
                {
                    await using var db = await factory.CreateDbContextAsync();
                    await db.ChangeStamps.Where(c => c.Key == ChangeStamp.Organization).Select(c => c.Value).FirstOrDefaultAsync();
                    await db.Tasks.Include(t => t.Units).SingleAsync(t => t.Id == id);
                }

                return count / watch.Elapsed.TotalSeconds;
            }

            // Warm-up, then alternating rounds so all see the same disk and the same file size.
            await BusinessAsync(20);
            await RawAsync(20);
            await RawFourAsync(20);
            await OrmFourAsync(20);
            logging = true;
            await BusinessAsync(1);
            logging = false;
            if (Environment.GetEnvironmentVariable("HW_BENCH_ONLY") == "business")
            {
                // Business writes alone, for a profiler (dotnet-trace collect -- dotnet …Benchmarks.dll writes N).
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var pause = GC.GetTotalPauseDuration();
                var alone = await BusinessAsync(writes);
                Console.WriteLine($"| business writes alone | {1000 / alone:F2} ms | {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / writes / 1024.0:F0} KB allocated per write | " +
                    $"GCs {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}, " +
                    $"paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / writes:F3} ms per write |");
                return;
            }

            var business = new List<double>();
            var raws = new List<double>();
            var rawFours = new List<double>();
            var ormFours = new List<double>();
            var reads = new List<double>();
            var rawSixes = new List<double>();
            for (var round = 0; round < 5; round++)
            {
                raws.Add(await RawAsync(writes / 5));
                rawFours.Add(await RawFourAsync(writes / 5));
                ormFours.Add(await OrmFourAsync(writes / 5));
                reads.Add(await ReadsAsync(writes / 5));
                rawSixes.Add(await RawSixAsync(writes / 5));
                business.Add(await BusinessAsync(writes / 5));
            }

            static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
            var r = Median(raws);
            var b = Median(business);
            Console.WriteLine($"| raw single-row commits | {r:F0} /s | {1000 / r:F2} ms |");
            Console.WriteLine($"| four rows in one transaction, by hand | {Median(rawFours):F0} /s | {1000 / Median(rawFours):F2} ms |");
            Console.WriteLine($"| four rows in one SaveChanges through EF Core (with the audit interceptor) | {Median(ormFours):F0} /s | {1000 / Median(ormFours):F2} ms |");
            Console.WriteLine($"| the business write's six statements by hand, one transaction, real tables | {Median(rawSixes):F0} /s | {1000 / Median(rawSixes):F2} ms |");
            Console.WriteLine($"| the business write's reads alone (stamp, task with its units) | {Median(reads):F0} /s | {1000 / Median(reads):F2} ms |");
            Console.WriteLine($"| business writes (task progress report: row + history + audit + notification) | {b:F0} /s | {1000 / b:F2} ms |");
            Console.WriteLine($"| ratio | {b / r:F2} |");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<Guid> VersionAsync(IDbContextFactory<WorkspaceDbContext> factory, Guid id)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Tasks.Where(t => t.Id == id).Select(t => t.Version).SingleAsync();
    }
}
