using System.Diagnostics;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// Fills a fresh SQLite file (real migrations, with the FTS5 index and its triggers) with <c>count</c> incoming
/// documents made by the aggregate's own <c>Register</c> — three years of every unit's register, every state, a few
/// secret — then times <see cref="IncomingQueries.ListAsync"/>, the query behind <c>/documents</c> and its search.
/// </summary>
public static class IncomingListBenchmark
{
    private static readonly string[] Issuers =
    [
        "Bộ Thông tin và Truyền thông", "Bộ Nội vụ", "Bộ Tài chính", "Văn phòng Chính phủ", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Xây dựng",
        "Ủy ban nhân dân tỉnh Quảng Trị", "Sở Khoa học và Công nghệ", "Công an thành phố Huế", "Kho bạc Nhà nước khu vực XIII", "Bộ Công an",
    ];

    private static readonly string[] Topics =
    [
        "triển khai Quyết định về chuyển đổi số", "báo cáo tình hình kinh tế - xã hội", "phòng, chống thiên tai", "cải cách thủ tục hành chính",
        "quản lý đầu tư công", "an toàn thông tin mạng", "dữ liệu dùng chung", "giải ngân vốn ngân sách", "quy hoạch đô thị", "đào tạo cán bộ",
        "hộ nghèo, cận nghèo", "y tế cơ sở", "trường học an toàn", "lễ hội Festival Huế", "sắp xếp đơn vị hành chính",
    ];

    private sealed class Factory(DbContextOptions<WorkspaceDbContext> options) : IDbContextFactory<WorkspaceDbContext>
    {
        public WorkspaceDbContext CreateDbContext() => new(options);
    }

    public static async Task RunAsync(int count)
    {
        // HW_BENCH_DB: measure again on a file an earlier run kept (HW_BENCH_KEEP=1), without filling it anew.
        var reuse = Environment.GetEnvironmentVariable("HW_BENCH_DB");
        var path = reuse ?? Path.Combine(Path.GetTempPath(), $"hueworkspace-docs-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite($"Data Source={path}")
            .AddInterceptors(new AuditInterceptor(TimeProvider.System)).Options;
        var factory = new Factory(options);
        try
        {
            var fill = Stopwatch.StartNew();
            if (reuse is null)
            {
                var seeder = new WorkspaceSeeder(factory, TimeProvider.System);
                await seeder.MigrateAsync();
                await seeder.SeedDemoAsync();
                await FillAsync(path, count);
            }

            Console.WriteLine($"Filled {count:N0} incoming documents in {fill.Elapsed.TotalSeconds:F0} s ({new FileInfo(path).Length / 1024 / 1024} MB) into {path}");
            Console.WriteLine($"Machine: {Harness.Machine()}");
            Console.WriteLine();
            Console.WriteLine("| query (page of 20, /documents) | median | p95 | runs |");
            Console.WriteLine("| --- | --- | --- | --- |");
            var user = new BenchmarkUser();
            var queries = new IncomingQueries(BenchmarkWorkflow.Of(factory, user), new SqliteDocumentSearch(), new HueWorkspace.Domain.Tasks.TaskQueries(BenchmarkWorkflow.Of(factory, user)));
            async Task As(string userName, string name, IncomingListQuery query)
            {
                user.Actor = await ActorAsync(factory, userName);
                await Harness.MeasureAsync(name, () => queries.ListAsync(query));
                if (Environment.GetEnvironmentVariable("HW_BENCH_PLAN") == "1")
                {
                    foreach (var part in (await queries.ListSqlAsync(query)).Split("\n-- next part\n"))
                    {
                        Console.WriteLine(part);
                        await TaskListBenchmark.PrintPlanAsync(path, part);
                    }
                }
            }

            var today = DateOnly.FromDateTime(DateTime.Today);
            await As("vp.vanthu", "Clerk of the People's Committee office, all, state Đã trình (the target)", new(IncomingTab.All, State: IncomingState.Presented));
            await As("vp.vanthu", "Clerk, queue (registered or presented)", new(IncomingTab.Queue));
            await As("chutich", "Chairman, all, no filter, page 50", new(IncomingTab.All, Page: 49));
            await As("chutich", "Chairman, Khẩn, arrived this month", new(IncomingTab.All, Urgency: DocumentUrgency.Khan, From: today.AddDays(-30), To: today));
            await As("chutich", "Chairman, text \"chuyen doi so\" (diacritics ignored, the target)", new(IncomingTab.All, Search: "chuyen doi so"));
            await As("khcn.lanhdao", "Department leader, text \"an toan thong tin\"", new(IncomingTab.All, Search: "an toan thong tin"));
            await As("vp.vanthu", "Clerk, number and symbol \"1234/UBND\"", new(IncomingTab.All, Search: "1234/UBND"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            var keep = Environment.GetEnvironmentVariable("HW_BENCH_KEEP") == "1" || reuse is not null;
            foreach (var file in keep ? [] : new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<Actor> ActorAsync(IDbContextFactory<WorkspaceDbContext> factory, string userName)
    {
        await using var db = await factory.CreateDbContextAsync();
        var p = await db.UserProfiles.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new Actor(p.Id, p.FullName, p.UnitId, p.Roles.ToHashSet());
    }

    internal static async Task FillAsync(string path, int count)
    {
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite($"Data Source={path}").Options;
        List<UserProfile> clerks;
        UserProfile leader;
        await using (var db = new WorkspaceDbContext(options))
        {
            var people = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null).ToListAsync();
            clerks = people.Where(p => p.Roles.Contains(Role.Clerk)).ToList();
            leader = people.First(p => p.UserName == "chutich");
        }

        var random = new Random(2024);
        var numbers = new Dictionary<(Guid, int), int>();
        var start = DateOnly.FromDateTime(DateTime.Today).AddYears(-3);
        const int batch = 10_000;
        long key = 0;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = new WorkspaceDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(done + batch, count); i++)
            {
                // Arrival days in order through three years, as registers fill.
                var day = start.AddDays((int)((long)i * 365 * 3 / count));
                var clerk = clerks[random.Next(clerks.Count)];
                var n = numbers[(clerk.UnitId!.Value, day.Year)] = numbers.GetValueOrDefault((clerk.UnitId!.Value, day.Year)) + 1;
                var actor = new Actor(clerk.Id, clerk.FullName, clerk.UnitId, clerk.Roles.ToHashSet());
                var data = new RegisterIncoming(day, Issuers[random.Next(Issuers.Length)], $"{random.Next(1, 9999)}/{(random.Next(3) == 0 ? "UBND" : "CV")}-{random.Next(1, 99)}",
                    day.AddDays(-random.Next(1, 5)), (DocumentType)random.Next(10), $"Về việc {Topics[random.Next(Topics.Length)]} năm {day.Year}",
                    random.Next(10) == 0 ? DocumentUrgency.Khan : DocumentUrgency.Thuong, random.Next(200) == 0 ? DocumentConfidentiality.Mat : DocumentConfidentiality.Thuong,
                    "Nguyễn Văn A", null);
                var document = IncomingDocument.Register(data, clerk.UnitId!.Value, actor, day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), day);
                document.Number(n, ++key);
                // Through the aggregate's own transitions: registered, presented, for information, returned.
                var now = day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
                switch (random.Next(5))
                {
                    case 1 or 2:
                        document.Present(leader.Id, leader.FullName, now);
                        break;
                    case 3:
                        document.Present(leader.Id, leader.FullName, now);
                        document.Direct("Để biết, lưu.", null, new Actor(leader.Id, leader.FullName, leader.UnitId, leader.Roles.ToHashSet()), now);
                        break;
                    case 4:
                        document.Return("Gửi nhầm đơn vị.", actor, now);
                        break;
                }

                db.IncomingDocuments.Add(document);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        await using var counters = new WorkspaceDbContext(options);
        await counters.Database.ExecuteSqlRawAsync("ANALYZE");
    }
}
