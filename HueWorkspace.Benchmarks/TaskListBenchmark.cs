using System.Diagnostics;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using HueWorkspace.Domain.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// Fills a fresh SQLite file (real migrations, demo organisation) with <c>count</c> tasks made by the aggregate's own
/// transitions, then times <see cref="TaskService.ListAsync"/> — the query behind <c>/tasks</c> — for one filtered,
/// sorted page as different people.
/// </summary>
public static class TaskListBenchmark
{
    private static readonly string[] Words =
    [
        "Báo cáo", "Kế hoạch", "Rà soát", "Tổng hợp", "Kiểm tra", "Triển khai", "Xây dựng", "Cập nhật", "chuyển đổi số", "dữ liệu dùng chung",
        "giải ngân", "an toàn thông tin", "thủ tục hành chính", "phòng chống lụt bão", "hộ nghèo", "đô thị thông minh", "quy hoạch", "ngân sách",
    ];

    private sealed class Factory(DbContextOptions<WorkspaceDbContext> options) : IDbContextFactory<WorkspaceDbContext>
    {
        public WorkspaceDbContext CreateDbContext() => new(options);
    }

    public static async Task RunAsync(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hueworkspace-bench-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite($"Data Source={path}")
            .AddInterceptors(new AuditInterceptor(TimeProvider.System)).Options;
        var factory = new Factory(options);
        try
        {
            var seeder = new WorkspaceSeeder(factory, TimeProvider.System);
            await seeder.MigrateAsync();
            await seeder.SeedDemoAsync();
            var fill = Stopwatch.StartNew();
            await FillAsync(path, count);
            Console.WriteLine($"Filled {count:N0} tasks in {fill.Elapsed.TotalSeconds:F0} s into {path}");
            Console.WriteLine($"Machine: {Harness.Machine()}");
            Console.WriteLine();
            Console.WriteLine("| query (page of 20, /tasks) | median | p95 | runs |");
            Console.WriteLine("| --- | --- | --- | --- |");

            var user = new BenchmarkUser();
            var service = new TaskQueries(BenchmarkWorkflow.Of(factory, user));
            async Task As(string userName, string name, TaskListQuery query)
            {
                user.Actor = await ActorAsync(factory, userName);
                await Harness.MeasureAsync(name, () => service.ListAsync(query));
                if (Environment.GetEnvironmentVariable("HW_BENCH_PLAN") == "1")
                {
                    await PrintPlanAsync(path, await service.ListSqlAsync(query));
                }
            }

            await As("chutich", "City leader, Việc của đơn vị, state Đang thực hiện, by deadline (the target)", new(TaskTab.MyUnit, State: TaskState.InProgress));
            await As("chutich", "City leader, Việc của đơn vị, no filter, page 50", new(TaskTab.MyUnit, Page: 49));
            await As("khcn.lanhdao", "Department leader, Việc của đơn vị, priority Khẩn", new(TaskTab.MyUnit, Priority: TaskPriority.Urgent));
            await As("chutich", "City leader, Quá hạn", new(TaskTab.Overdue));
            await As("chutich", "City leader, text \"chuyen doi so\" (diacritics ignored)", new(TaskTab.MyUnit, Search: "chuyen doi so"));
            await As("khcn.chuyenvien", "Specialist, Việc tôi xử lý, deadline range", new(TaskTab.HandledByMe, DueFrom: DateOnly.FromDateTime(DateTime.Today), DueTo: DateOnly.FromDateTime(DateTime.Today.AddDays(30))));
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

    /// <summary>SQLite's plan for a query (<c>HW_BENCH_PLAN=1</c>): which index it walks, whether it sorts.</summary>
    internal static async Task PrintPlanAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var body = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        command.CommandText = "EXPLAIN QUERY PLAN " + body;
        foreach (var line in sql.Split('\n').Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line["".Length..].Split(' ', 4);
            command.Parameters.AddWithValue(parts[2], parts[3].Trim('\''));
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine("    plan: " + reader.GetString(3));
        }
    }

    internal static async Task<Actor> ActorAsync(IDbContextFactory<WorkspaceDbContext> factory, string userName)
    {
        await using var db = await factory.CreateDbContextAsync();
        var p = await db.UserProfiles.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new Actor(p.Id, p.FullName, p.UnitId, p.Roles.ToHashSet());
    }

    /// <summary>Tasks through the aggregate (so every row is one the workflow could make), saved in batches without the audit trail.</summary>
    internal static async Task FillAsync(string path, int count)
    {
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite($"Data Source={path}").Options;
        List<Unit> units;
        List<UserProfile> people;
        await using (var db = new WorkspaceDbContext(options))
        {
            units = await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.ExternalOrganisation).ToListAsync();
            people = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null).ToListAsync();
        }

        var leaders = people.Where(p => p.Roles.Any(r => r is Role.CityLeader or Role.UnitLeader)).ToList();
        var random = new Random(41);
        var now = DateTime.UtcNow;
        const int batch = 5_000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = new WorkspaceDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(done + batch, count); i++)
            {
                db.Tasks.Add(MakeTask(random, units, people, leaders, now));
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        await using var analyze = new WorkspaceDbContext(options);
        await analyze.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static WorkTask MakeTask(Random random, List<Unit> units, List<UserProfile> people, List<UserProfile> leaders, DateTime now)
    {
        var assignerProfile = leaders[random.Next(leaders.Count)];
        var assigner = new Actor(assignerProfile.Id, assignerProfile.FullName, assignerProfile.UnitId, assignerProfile.Roles.ToHashSet());
        var created = now.AddDays(-random.Next(1, 365));
        var createdDay = HueWorkspace.Domain.Calendar.WorkingCalendar.LocalDate(created);
        var due = createdDay.AddDays(random.Next(3, 120));
        var lead = units[random.Next(units.Count)];
        var coordinator = units[random.Next(units.Count)];
        var title = $"{Words[random.Next(8)]} {Words[8 + random.Next(Words.Length - 8)]} đợt {random.Next(1, 500)}";
        var task = WorkTask.Create(
            new NewTaskData(title, "", TaskSource.Direct, null, null, (TaskPriority)random.Next(3), null, new TaskUnitDue(lead.Id, lead.Name, due),
                coordinator.Id == lead.Id ? [] : [new TaskUnitDue(coordinator.Id, coordinator.Name, due)]),
            assigner, created, createdDay, null);
        var handler = people.FirstOrDefault(p => p.UnitId == lead.Id && p.Roles.Contains(Role.Specialist));
        if (handler is not null && random.Next(4) > 0)
        {
            task.AssignHandler(lead.Id, handler.Id, handler.FullName, due, assigner, created, createdDay);
        }

        // As in a real office, most work whose deadline is long past has been finished or dropped.
        var longPast = due < DateOnly.FromDateTime(now).AddDays(-14);
        switch (longPast && random.Next(10) > 0 ? 7 + random.Next(3) : random.Next(10))
        {
            case < 3:
                break;
            case < 6:
                task.Report(true, random.Next(1, 10) * 10, "Đang thực hiện", assigner, created.AddDays(1));
                break;
            case < 7:
                task.Report(true, 50, "Đang thực hiện", assigner, created.AddDays(1));
                task.Submit("Xong", assigner, created.AddDays(2));
                break;
            case < 9:
                task.Report(true, 50, "Đang thực hiện", assigner, created.AddDays(1));
                task.Submit("Xong", assigner, created.AddDays(2));
                task.Approve(null, assigner, created.AddDays(3));
                break;
            default:
                task.Cancel("Không còn cần thiết", assigner, created.AddDays(1));
                break;
        }

        return task;
    }
}
