using System.Diagnostics;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// Fills a fresh SQLite file (real migrations, demo organisation) with <c>count</c> data requests across the demo units
/// and states, and ten sharing-log rows per request, then times the steward's queue page and the platform authority's
/// log page (<see cref="DataRequestQueries"/>).
/// </summary>
public static class DataRequestBenchmark
{
    private sealed class Factory(DbContextOptions<WorkspaceDbContext> options) : IDbContextFactory<WorkspaceDbContext>
    {
        public WorkspaceDbContext CreateDbContext() => new(options);
    }

    public static async Task RunAsync(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hueworkspace-bench-requests-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite($"Data Source={path}")
            .AddInterceptors(new AuditInterceptor(TimeProvider.System)).Options;
        var factory = new Factory(options);
        try
        {
            var seeder = new WorkspaceSeeder(factory, TimeProvider.System);
            await seeder.MigrateAsync();
            await seeder.SeedDemoAsync();
            var fill = Stopwatch.StartNew();
            await FillAsync(factory, path, count);
            Console.WriteLine($"Filled {count:N0} requests and {count * 10:N0} sharing-log rows in {fill.Elapsed.TotalSeconds:F0} s into {path}");
            Console.WriteLine($"Machine: {Harness.Machine()}");
            Console.WriteLine();
            Console.WriteLine("| page | median | p95 | runs |");
            Console.WriteLine("| --- | --- | --- | --- |");
            var user = new BenchmarkUser();
            var queries = new DataRequestQueries(BenchmarkWorkflow.Of(factory, user));
            user.Actor = await ActorAsync(factory, "yt.dulieu");
            await Harness.MeasureAsync("steward's queue (Sở Y tế, open requests, due first)", () => queries.ListAsync(new RequestListQuery(RequestTab.Queue)));
            await Harness.MeasureAsync("steward's log (what Sở Y tế shared, newest first)", () => queries.SharingLogAsync(new SharingLogQuery()));
            user.Actor = await ActorAsync(factory, "khcn.dulieu");
            await Harness.MeasureAsync("platform authority's log (all, newest first)", () => queries.SharingLogAsync(new SharingLogQuery()));
            await Harness.MeasureAsync("platform authority's requests (all, newest first)", () => queries.ListAsync(new RequestListQuery(RequestTab.All)));
            user.Actor = await ActorAsync(factory, "vnpt.khaithac");
            await Harness.MeasureAsync("requester's own requests", () => queries.ListAsync(new RequestListQuery(RequestTab.Mine)));
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("HW_BENCH_KEEP") != "1")
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<Actor> ActorAsync(IDbContextFactory<WorkspaceDbContext> factory, string userName)
    {
        await using var db = factory.CreateDbContext();
        var p = await db.UserProfiles.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new Actor(p.Id, p.FullName, p.UnitId, p.Roles.ToHashSet());
    }

    /// <summary>Rows written with plain SQL in large transactions: the measured queries read what the services would have written.</summary>
    internal static async Task FillAsync(IDbContextFactory<WorkspaceDbContext> factory, string path, int count)
    {
        List<Guid> units;
        List<(Guid Id, Guid Unit, string Name)> requesters;
        await using (var db = factory.CreateDbContext())
        {
            units = await db.Units.AsNoTracking().Where(u => u.Kind != Domain.Organization.UnitKind.ExternalOrganisation).Select(u => u.Id).ToListAsync();
            requesters = (await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null).ToListAsync()).Select(p => (p.Id, p.UnitId!.Value, p.FullName)).ToList();
        }

        var random = new Random(27);
        var states = Enum.GetValues<RequestState>();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        var now = DateTime.UtcNow;
        const int batch = 10_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var request = connection.CreateCommand();
            request.CommandText = "INSERT INTO \"DataRequests\" (\"Id\",\"Number\",\"RequesterUnitId\",\"RequesterId\",\"RequesterName\",\"ContactName\",\"OwnerUnitId\",\"DataItems\",\"Purpose\",\"Method\",\"Frequency\",\"PersonalData\",\"DutiesAccepted\",\"State\",\"DueOn\",\"SearchText\",\"CreatedAtUtc\",\"Version\",\"DatasetName\") " +
                "VALUES ($id,$number,$requesterUnit,$requester,$name,$name,$owner,'Các trường','Mục đích','File','Once',0,1,$state,$due,'muc dich',$created,$version,'Bộ dữ liệu')";
            foreach (var name in new[] { "$id", "$number", "$requesterUnit", "$requester", "$name", "$owner", "$state", "$due", "$created", "$version" })
            {
                request.Parameters.Add(new SqliteParameter(name, null));
            }

            var log = connection.CreateCommand();
            log.CommandText = "INSERT INTO \"SharingLog\" (\"Id\",\"RequestId\",\"RequesterUnitId\",\"OwnerUnitId\",\"RequesterName\",\"Method\",\"What\",\"AtUtc\") VALUES ($id,$request,$unit,$owner,$name,'Api','Đọc qua API',$at)";
            foreach (var name in new[] { "$id", "$request", "$unit", "$owner", "$name", "$at" })
            {
                log.Parameters.Add(new SqliteParameter(name, null));
            }

            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var (requesterId, requesterUnit, requesterName) = requesters[random.Next(requesters.Count)];
                var owner = units[random.Next(units.Count)];
                var id = Guid.CreateVersion7();
                var created = now.AddMinutes(-random.Next(0, 60 * 24 * 365));
                request.Parameters["$id"].Value = id;
                request.Parameters["$number"].Value = $"YC-B-{i:000000}";
                request.Parameters["$requesterUnit"].Value = requesterUnit;
                request.Parameters["$requester"].Value = requesterId;
                request.Parameters["$name"].Value = requesterName;
                request.Parameters["$owner"].Value = owner;
                request.Parameters["$state"].Value = states[random.Next(states.Length)].ToString();
                request.Parameters["$due"].Value = DateOnly.FromDateTime(created.AddDays(7)).ToString("yyyy-MM-dd");
                request.Parameters["$created"].Value = created;
                request.Parameters["$version"].Value = Guid.NewGuid();
                request.Transaction = (SqliteTransaction)transaction;
                await request.ExecuteNonQueryAsync();
                for (var j = 0; j < 10; j++)
                {
                    log.Parameters["$id"].Value = Guid.CreateVersion7();
                    log.Parameters["$request"].Value = id;
                    log.Parameters["$unit"].Value = requesterUnit;
                    log.Parameters["$owner"].Value = owner;
                    log.Parameters["$name"].Value = requesterName;
                    log.Parameters["$at"].Value = created.AddHours(j);
                    log.Transaction = (SqliteTransaction)transaction;
                    await log.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }

        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }
}
