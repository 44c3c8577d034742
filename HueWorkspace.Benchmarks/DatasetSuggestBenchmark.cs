using System.Diagnostics;
using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// Fills a fresh SQLite file (real migrations, demo organisation) with <c>count</c> registered datasets of generated
/// Vietnamese names, descriptions and fields across the demo units, then times <see cref="DatasetQueries.SuggestAsync"/> —
/// the duplicate suggestions the registration form asks for as a person types (Art. 4.2b).
/// </summary>
public static class DatasetSuggestBenchmark
{
    private static readonly string[] Subjects =
    [
        "cơ sở khám bệnh", "nhà thuốc", "trường học", "hộ kinh doanh", "doanh nghiệp", "giấy phép xây dựng", "đất đai", "quan trắc không khí", "quan trắc nước",
        "điểm du lịch", "di tích", "lễ hội", "giao thông", "camera", "chiếu sáng công cộng", "cây xanh", "thu gom rác", "hộ nghèo", "người có công", "bảo hiểm",
        "thủ tục hành chính", "phản ánh hiện trường", "tài sản công", "ngân sách", "đầu tư công", "thiên tai", "ngập lụt", "trạm sạc", "wi-fi công cộng", "chợ",
    ];

    private static readonly string[] Qualifiers =
    [
        "trên địa bàn thành phố", "phường Phú Xuân", "phường Thuận Hóa", "xã Phú Vang", "năm 2026", "theo tháng", "đạt chuẩn", "đã cấp phép", "công khai", "cấp xã",
        "khu vực trung tâm", "ven biển", "miền núi", "giai đoạn 2026-2030", "được cập nhật", "số hóa",
    ];

    private static readonly string[] FieldNames = ["Tên", "Địa chỉ", "Mã", "Ngày cấp", "Phường, xã", "Loại hình", "Trạng thái", "Số lượng", "Vị trí", "Ghi chú"];

    private sealed class Factory(DbContextOptions<WorkspaceDbContext> options) : IDbContextFactory<WorkspaceDbContext>
    {
        public WorkspaceDbContext CreateDbContext() => new(options);
    }

    public static async Task RunAsync(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hueworkspace-bench-datasets-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite($"Data Source={path}")
            .AddInterceptors(new AuditInterceptor(TimeProvider.System)).Options;
        var factory = new Factory(options);
        try
        {
            var seeder = new WorkspaceSeeder(factory, TimeProvider.System);
            await seeder.MigrateAsync();
            await seeder.SeedDemoAsync();
            var fill = Stopwatch.StartNew();
            await FillAsync(factory, count);
            Console.WriteLine($"Filled {count:N0} datasets in {fill.Elapsed.TotalSeconds:F0} s into {path}");
            Console.WriteLine($"Machine: {Harness.Machine()}");
            Console.WriteLine();
            Console.WriteLine("| typed (registration form) | median | p95 | runs |");
            Console.WriteLine("| --- | --- | --- | --- |");
            var user = new BenchmarkUser();
            await using (var db = factory.CreateDbContext())
            {
                var p = await db.UserProfiles.AsNoTracking().SingleAsync(u => u.UserName == "yt.dulieu");
                user.Actor = new Actor(p.Id, p.FullName, p.UnitId, p.Roles.ToHashSet());
            }

            var queries = new DatasetQueries(BenchmarkWorkflow.Of(factory, user));
            await Harness.MeasureAsync("name, 3 words (\"kham benh phu xuan\")", () => queries.SuggestAsync("kham benh phu xuan", null, null));
            await Harness.MeasureAsync("name, 1 common word (\"du lieu cho\")", () => queries.SuggestAsync("du lieu cho", null, null));
            await Harness.MeasureAsync("name + description + 3 fields", () => queries.SuggestAsync("Nhà thuốc đạt chuẩn trên địa bàn thành phố",
                "Danh sách nhà thuốc được cấp phép, địa chỉ và ngày cấp", ["Tên", "Địa chỉ", "Ngày cấp"]));
            await Harness.MeasureAsync("a new subject (no candidates)", () => queries.SuggestAsync("vệ tinh viễn thám", null, null));
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("HW_BENCH_KEEP") != "1")
            {
                File.Delete(path);
            }
        }
    }

    private static async Task FillAsync(IDbContextFactory<WorkspaceDbContext> factory, int count)
    {
        var random = new Random(41);
        List<(Guid Id, string Name)> owners;
        await using (var db = factory.CreateDbContext())
        {
            owners = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null).Select(p => new { p.Id, p.FullName, p.UnitId }).ToListAsync()
                .ContinueWith(t => t.Result.Select(p => (p.UnitId!.Value, p.FullName)).DistinctBy(p => p.Value).ToList());
        }

        const int batch = 1000;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var (unit, person) = owners[random.Next(owners.Count)];
                var subject = Subjects[random.Next(Subjects.Length)];
                var name = $"{char.ToUpperInvariant(subject[0])}{subject[1..]} {Qualifiers[random.Next(Qualifiers.Length)]} số {i}";
                var fields = FieldNames.OrderBy(_ => random.Next()).Take(3 + random.Next(4)).Select(f => new FieldInput(f, FieldType.Text, null, false)).ToList();
                var dataset = Dataset.Create(new DatasetInput(name, $"Dữ liệu về {subject} {Qualifiers[random.Next(Qualifiers.Length)]}, phục vụ quản lý và chia sẻ.",
                    DatasetType.SectorData, fields, [], null, UpdateFrequency.Monthly, person, false, false, null, null), unit, null,
                    new Actor(Guid.NewGuid(), person, unit, new HashSet<Domain.Organization.Role>()), DateTime.UtcNow);
                dataset.Register(null, null);
                db.Datasets.Add(dataset);
            }

            await db.SaveAsAsync(Actor.System, default);
        }
    }
}
