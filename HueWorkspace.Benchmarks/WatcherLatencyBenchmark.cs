using System.Diagnostics;
using System.Globalization;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Features.Notifications;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// Does a leader's click wait for the pages watching the task? One task, acted on (a comment: timeline row, new version,
/// audit row, commit, push) with no page open, then with <c>pages</c> open pages of people who may see it, each of which
/// reloads the task detail through <see cref="TaskQueries"/> when the push arrives — the real notifier and publisher
/// of the web app; only hub clients are absent (a hub context that sends nowhere). Between two actions the watchers are
/// given time to finish, so the figure is the actor's own latency, not the machine's total load.
/// </summary>
public static class WatcherLatencyBenchmark
{
    private sealed class Factory(DbContextOptions<WorkspaceDbContext> options) : IDbContextFactory<WorkspaceDbContext>
    {
        public WorkspaceDbContext CreateDbContext() => new(options);
    }

    public static async Task RunAsync(int pages)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hueworkspace-bench-{Guid.NewGuid():N}.db");
        var files = Path.Combine(Path.GetTempPath(), $"hueworkspace-bench-files-{Guid.NewGuid():N}");
        var factory = new Factory(new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite($"Data Source={path}")
            .AddInterceptors(new AuditInterceptor(TimeProvider.System)).Options);
        using var hub = new HubOutbox(new NowhereHubContext(), NullLogger<HubOutbox>.Instance);
        try
        {
            var seeder = new WorkspaceSeeder(factory, TimeProvider.System);
            await seeder.MigrateAsync();
            await seeder.SeedDemoAsync();
            var notifier = new NotificationNotifier(NullLogger<NotificationNotifier>.Instance);
            await hub.StartAsync(CancellationToken.None);
            var publisher = new LiveNotificationPublisher(new HueWorkspace.Web.Cluster.LocalCircuitBus(notifier), hub);
            var actor = new BenchmarkUser { Actor = await ActorAsync(factory, "chutich") };
            var service = new TaskService(BenchmarkWorkflow.Of(factory, actor, publisher),
                new FileService(new DiskFileStore(files, TimeProvider.System), new FileStoreOptions { Root = files }, actor), []);
            var today = VietnamTime.Today(TimeProvider.System);
            var watchedId = await service.CreateAsync(new CreateTask("Theo dõi chuyển đổi số", null, TaskPriority.Normal,
                new TaskUnitDue(await UnitAsync(factory, "SKHCN"), "", today.AddDays(20)), []));
            var quietId = await service.CreateAsync(new CreateTask("Rà soát ngân sách", null, TaskPriority.Normal,
                new TaskUnitDue(await UnitAsync(factory, "STC"), "", today.AddDays(20)), []));

            // The watchers: the Sở KH&CN leader with `pages` tabs of the first task open, each reloading the detail on a
            // push. The second task is not theirs, so an action on it reaches no page: the two are measured alternately,
            // under the same conditions, and differ only by the watchers.
            var leader = await ActorAsync(factory, "khcn.lanhdao");
            var queries = new TaskQueries(BenchmarkWorkflow.Of(factory, new BenchmarkUser { Actor = leader }));
            var reloads = 0;
            var subscriptions = Enumerable.Range(0, pages).Select(_ => notifier.Subscribe(leader.UserId!.Value, async batch =>
            {
                if (batch.Any(e => e.Change?.Id == watchedId))
                {
                    await queries.GetAsync(watchedId);
                    Interlocked.Increment(ref reloads);
                }
            })).ToList();

            Console.WriteLine($"Machine: {Harness.Machine()}");
            Console.WriteLine();
            Console.WriteLine("| the city leader comments on a task | median | p95 | runs |");
            Console.WriteLine("| --- | --- | --- | --- |");
            var (alone, watched) = await MeasureAsync(service, factory, quietId, watchedId, () => Volatile.Read(ref reloads), pages);
            Report("no page open on it", alone);
            Report($"{pages} pages open on it, each reloading on the push", watched);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Watched ÷ alone (median): {Median(watched) / Median(alone):F2}; reloads done by the pages: {reloads}."));
            subscriptions.ForEach(s => s.Dispose());
        }
        finally
        {
            await hub.StopAsync(CancellationToken.None);
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }

            Directory.Delete(files, recursive: true);
        }
    }

    private static async Task<(List<double> Alone, List<double> Watched)> MeasureAsync(
        TaskService service, IDbContextFactory<WorkspaceDbContext> factory, Guid quietId, Guid watchedId, Func<int> reloads, int pages, int warmup = 5, int runs = 60)
    {
        var alone = new List<double>();
        var watched = new List<double>();
        for (var i = 0; i < warmup + runs; i++)
        {
            foreach (var (id, samples) in new[] { (quietId, alone), (watchedId, watched) })
            {
                var expected = reloads() + (id == watchedId ? pages : 0);
                var watch = Stopwatch.StartNew();
                Guid version;
                await using (var db = await factory.CreateDbContextAsync())
                {
                    version = await db.Tasks.Where(t => t.Id == id).Select(t => t.Version).SingleAsync();
                }

                await service.CommentAsync(id, version, $"Ý kiến số {i}");
                var elapsed = watch.Elapsed.TotalMilliseconds;
                if (i >= warmup)
                {
                    samples.Add(elapsed);
                }

                // Not timed: every open page finishes its reload before the next action.
                var wait = Stopwatch.StartNew();
                while (reloads() < expected && wait.Elapsed < TimeSpan.FromSeconds(30))
                {
                    await Task.Delay(5);
                }

                await Task.Delay(30);
            }
        }

        return (alone, watched);
    }

    private static double Median(List<double> samples) => samples.Order().ElementAt(samples.Count / 2);

    private static void Report(string name, List<double> samples)
    {
        var sorted = samples.Order().ToList();
        var p95 = sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Median(samples):F1} ms | {p95:F1} ms | {samples.Count} |"));
    }

    private static async Task<Actor> ActorAsync(IDbContextFactory<WorkspaceDbContext> factory, string userName)
    {
        await using var db = await factory.CreateDbContextAsync();
        var p = await db.UserProfiles.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new Actor(p.Id, p.FullName, p.UnitId, p.Roles.ToHashSet());
    }

    private static async Task<Guid> UnitAsync(IDbContextFactory<WorkspaceDbContext> factory, string code)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    /// <summary>No hub clients in this measurement: sends go nowhere.</summary>
    private sealed class NowhereHubContext : IHubContext<NotificationHub>
    {
        public IHubClients Clients { get; } = new NowhereClients();

        public IGroupManager Groups => throw new NotSupportedException();

        private sealed class NowhereClients : IHubClients
        {
            private static readonly IClientProxy Proxy = new NowhereProxy();

            public IClientProxy All => Proxy;

            public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => Proxy;

            public IClientProxy Client(string connectionId) => Proxy;

            public IClientProxy Clients(IReadOnlyList<string> connectionIds) => Proxy;

            public IClientProxy Group(string groupName) => Proxy;

            public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => Proxy;

            public IClientProxy Groups(IReadOnlyList<string> groupNames) => Proxy;

            public IClientProxy User(string userId) => Proxy;

            public IClientProxy Users(IReadOnlyList<string> userIds) => Proxy;
        }

        private sealed class NowhereProxy : IClientProxy
        {
            public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default) => Task.CompletedTask;
        }
    }
}
