using System.Diagnostics;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// The dashboard (Art. 18) over a city's years of work: a fresh SQLite file with the real migrations and the demo
/// organisation, filled by the task, incoming-document and data-request suites' own fills (100,000 tasks, 1,000,000
/// documents, 10,000 requests by default), then <see cref="DashboardQueries.GetAsync"/> — everything the page shows, the
/// period before included — timed for the city's leader and a department's.
/// </summary>
public static class DashboardBenchmark
{
    private sealed class Factory(DbContextOptions<WorkspaceDbContext> options) : IDbContextFactory<WorkspaceDbContext>
    {
        public WorkspaceDbContext CreateDbContext() => new(options);
    }

    public static async Task RunAsync(int tasks, int documents, int requests)
    {
        var reuse = Environment.GetEnvironmentVariable("HW_BENCH_DB");
        var path = reuse ?? Path.Combine(Path.GetTempPath(), $"hueworkspace-dashboard-{Guid.NewGuid():N}.db");
        var builder = new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(new AuditInterceptor(TimeProvider.System));
        if (Environment.GetEnvironmentVariable("HW_BENCH_SQL") == "1")
        {
            // Every command with its duration, to see which count costs what.
            builder.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted], Microsoft.Extensions.Logging.LogLevel.Information);
        }

        IDbContextFactory<WorkspaceDbContext> factory = new Factory(builder.Options);
        try
        {
            var fill = Stopwatch.StartNew();
            var seeder = new WorkspaceSeeder(factory, TimeProvider.System);
            await seeder.MigrateAsync(); // a kept file gets the migrations added since it was filled
            if (reuse is null)
            {
                await seeder.SeedDemoAsync();
                await IncomingListBenchmark.FillAsync(path, documents);
                await TaskListBenchmark.FillAsync(path, tasks);
                await DataRequestBenchmark.FillAsync(factory, path, requests);
                await using var db = await factory.CreateDbContextAsync();
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }

            await using (var db = await factory.CreateDbContextAsync())
            {
                Console.WriteLine($"Filled in {fill.Elapsed.TotalSeconds:F0} s ({new FileInfo(path).Length / 1024 / 1024} MB): " +
                    $"{await db.Tasks.CountAsync():N0} tasks, {await db.IncomingDocuments.CountAsync():N0} incoming documents, {await db.DataRequests.CountAsync():N0} requests; {path}");
            }

            Console.WriteLine($"Machine: {Harness.Machine()}");
            Console.WriteLine();
            Console.WriteLine("| dashboard (all four areas, this period and the one before, by unit, trend) | median | p95 | runs |");
            Console.WriteLine("| --- | --- | --- | --- |");
            var user = new BenchmarkUser();
            var queries = new DashboardQueries(BenchmarkWorkflow.Of(factory, user), PersistenceExtensions.DashboardSources);
            user.Actor = await TaskListBenchmark.ActorAsync(factory, "chutich");
            await Harness.MeasureAsync("**City leader, this month (the target)**", () => queries.GetAsync(new DashboardQuery(PeriodKind.Month)));
            await Harness.MeasureAsync("City leader, this week", () => queries.GetAsync(new DashboardQuery(PeriodKind.Week)));
            await Harness.MeasureAsync("City leader, this quarter", () => queries.GetAsync(new DashboardQuery(PeriodKind.Quarter)));
            await Harness.MeasureAsync("City leader, this year", () => queries.GetAsync(new DashboardQuery(PeriodKind.Year)), iterations: 20);
            user.Actor = await TaskListBenchmark.ActorAsync(factory, "khcn.lanhdao");
            await Harness.MeasureAsync("Department leader (Sở KH&CN), this month", () => queries.GetAsync(new DashboardQuery(PeriodKind.Month)));
            user.Actor = await TaskListBenchmark.ActorAsync(factory, "khcn.chuyenvien");
            await Harness.MeasureAsync("Specialist, own tasks, this month", () => queries.GetAsync(new DashboardQuery(PeriodKind.Month)));
        }
        finally
        {
            if (reuse is null && Environment.GetEnvironmentVariable("HW_BENCH_KEEP") != "1")
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }
    }
}
