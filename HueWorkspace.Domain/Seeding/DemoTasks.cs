using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Seeding;

/// <summary>
/// A few dozen tasks across units and states, dated around today (some overdue, one finished late), so that a
/// newcomer opens a working office. Written through the aggregate's own transitions, so every one is a task the
/// workflow could have produced. Demo data only: no notifications are sent for it.
/// </summary>
public static class DemoTasks
{
    private sealed record Plan(string Title, string Assigner, string Lead, string? Coordinator, int CreatedDaysAgo, int DueInDays, TaskState State, TaskPriority Priority = TaskPriority.Normal);

    private static readonly Plan[] Plans =
    [
        new("Xây dựng kế hoạch chuyển đổi số năm 2027", "chutich", "SKHCN", "STC", 12, 18, TaskState.InProgress, TaskPriority.High),
        new("Báo cáo tình hình triển khai Quyết định 41/2024/QĐ-UBND", "chutich", "SKHCN", "VPUBND", 20, -3, TaskState.InProgress, TaskPriority.High),
        new("Rà soát danh mục dữ liệu dùng chung của thành phố", "phochutich", "SKHCN", "SNV", 9, 12, TaskState.New),
        new("Tổng hợp số liệu giải ngân vốn đầu tư công quý IV", "chutich", "STC", "SXD", 15, -1, TaskState.InProgress, TaskPriority.Urgent),
        new("Kiểm tra an toàn công trình trường học trước mùa mưa bão", "phochutich", "SXD", "SGDDT", 25, -6, TaskState.Returned, TaskPriority.High),
        new("Chuẩn bị nội dung họp giao ban tháng 12", "chutich", "VPUBND", null, 3, 5, TaskState.InProgress),
        new("Đánh giá hiệu quả hệ thống camera giám sát giao thông", "khcn.lanhdao", "IOC", null, 18, 4, TaskState.AwaitingReview),
        new("Cập nhật dữ liệu hộ nghèo, cận nghèo năm 2026", "phochutich", "P-PHUXUAN", "P-THUANHOA", 14, 6, TaskState.InProgress),
        new("Góp ý dự thảo quy chế vận hành Nền tảng làm việc số", "chutich", "SNV", "SKHCN", 30, -10, TaskState.Completed),
        new("Xử lý kiến nghị của cử tri về chiếu sáng đô thị", "phuxuan.lanhdao", "P-PHUXUAN", null, 6, 9, TaskState.New),
        new("Lập phương án phòng, chống ngập úng khu vực nội thành", "chutich", "SXD", "SNNMT", 22, 2, TaskState.InProgress, TaskPriority.Urgent),
        new("Triển khai tiếp nhận hồ sơ trực tuyến toàn trình", "phochutich", "VPUBND", "SKHCN", 28, -4, TaskState.InProgress),
        new("Thống kê cơ sở y tế đạt chuẩn chuyển đổi số", "phochutich", "SYT", "SKHCN", 11, 8, TaskState.New),
        new("Đề xuất danh mục dữ liệu mở năm 2027", "khcn.lanhdao", "SKHCN", null, 8, 15, TaskState.InProgress),
        new("Tập huấn sử dụng chữ ký số cho cán bộ cấp xã", "chutich", "SKHCN", "SNV", 35, -12, TaskState.Completed),
        new("Rà soát thủ tục hành chính lĩnh vực xây dựng", "xd.lanhdao", "SXD", null, 10, 10, TaskState.AwaitingReview),
        new("Báo cáo kết quả thu ngân sách 11 tháng năm 2026", "tc.lanhdao", "STC", null, 7, 1, TaskState.InProgress, TaskPriority.High),
        new("Kiểm tra việc chấp hành quy định về an toàn thông tin", "chutich", "SKHCN", "IOC", 16, 20, TaskState.Paused),
        new("Xây dựng bộ chỉ số đánh giá chính quyền số cấp xã", "phochutich", "SNV", "SKHCN", 19, 25, TaskState.InProgress),
        new("Chuẩn bị hồ sơ đề nghị công nhận dữ liệu số đạt chuẩn", "khcn.lanhdao", "SKHCN", null, 21, -2, TaskState.Returned),
        new("Tổng hợp ý kiến về phương án sắp xếp trụ sở làm việc", "chutich", "SNV", "STC", 40, -20, TaskState.Cancelled),
        new("Cập nhật bản đồ số hạ tầng viễn thông", "ioc.lanhdao", "IOC", null, 13, 3, TaskState.InProgress),
        new("Báo cáo công tác phòng, chống dịch bệnh mùa đông", "phochutich", "SYT", null, 9, -1, TaskState.New, TaskPriority.High),
        new("Kế hoạch tổ chức Festival Huế 2027", "chutich", "SVHTT", "SKHCN", 24, 30, TaskState.InProgress, TaskPriority.High),
        new("Số hóa hồ sơ hộ tịch giai đoạn 2", "phochutich", "STP", "SKHCN", 27, -5, TaskState.AwaitingReview),
        new("Rà soát cán bộ, công chức cấp xã sau sắp xếp", "chutich", "SNV", null, 17, 7, TaskState.Completed),
        new("Đôn đốc thu hồi nợ đọng thuế đất", "tc.lanhdao", "STC", null, 26, -8, TaskState.Completed),
        new("Khảo sát nhu cầu kết nối dữ liệu đất đai", "phochutich", "SNNMT", "SKHCN", 5, 14, TaskState.New),
        new("Xây dựng quy trình nội bộ giải quyết thủ tục hành chính", "vp.lanhdao", "VPUBND", null, 12, 9, TaskState.InProgress),
        new("Hoàn thiện báo cáo chỉ số cải cách hành chính", "chutich", "SNV", "VPUBND", 29, -7, TaskState.Paused),
        new("Chỉnh trang vỉa hè tuyến đường Lê Lợi", "phuxuan.lanhdao", "P-PHUXUAN", null, 15, 11, TaskState.InProgress),
        new("Tổng kết mô hình chợ 4.0", "kimlong.lanhdao", "P-KIMLONG", null, 33, -15, TaskState.Completed),
        new("Lập danh sách điểm ngập sâu phục vụ cảnh báo", "chutich", "IOC", "SXD", 4, 6, TaskState.New, TaskPriority.Urgent),
        new("Tổng hợp đề xuất nhiệm vụ khoa học công nghệ năm 2027", "khcn.lanhdao", "SKHCN", null, 31, -9, TaskState.Cancelled),
        new("Báo cáo tình hình sử dụng Nền tảng làm việc số tháng 11", "chutich", "SKHCN", "VPUBND", 2, 3, TaskState.InProgress),
        new("Kiểm tra tiến độ dự án cải tạo Kinh thành Huế", "phochutich", "SXD", "SVHTT", 23, -3, TaskState.AwaitingReview, TaskPriority.High),
    ];

    public static async Task<int> SeedAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, TimeProvider clock, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Tasks.AnyAsync(ct) || !await db.UserProfiles.AnyAsync(ct))
        {
            return 0;
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, ct);
        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null && p.UnitId != null).ToListAsync(ct);
        Actor ActorOf(UserProfile p) => new(p.Id, p.FullName, p.UnitId, p.Roles.ToHashSet());
        UserProfile? Person(string userName) => people.SingleOrDefault(p => p.UserName == userName);
        UserProfile? LeaderOf(Guid unitId) => people.FirstOrDefault(p => p.UnitId == unitId && p.Roles.Any(r => r is Role.UnitLeader or Role.CityLeader));
        UserProfile? SpecialistOf(Guid unitId) => people.FirstOrDefault(p => p.UnitId == unitId && p.Roles.Contains(Role.Specialist));

        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(clock);
        foreach (var plan in Plans)
        {
            if (Person(plan.Assigner) is not { } assignerProfile || !units.TryGetValue(plan.Lead, out var lead))
            {
                continue;
            }

            var assigner = ActorOf(assignerProfile);
            var created = now.AddDays(-plan.CreatedDaysAgo);
            var due = today.AddDays(plan.DueInDays);
            var coordinators = plan.Coordinator is { } c && units.TryGetValue(c, out var cu) ? new[] { new TaskUnitDue(cu.Id, cu.Name, due.AddDays(-1 - (plan.DueInDays > 3 ? 2 : 0))) } : [];
            var task = WorkTask.Create(
                new NewTaskData(plan.Title, Describe(plan), TaskSource.Direct, null, null, plan.Priority, null, new TaskUnitDue(lead.Id, lead.Name, due), coordinators),
                assigner, created, WorkingDay(created), null);

            var leader = LeaderOf(lead.Id);
            var handler = SpecialistOf(lead.Id);
            var step = created;
            DateTime Next() => step = step.AddHours(Math.Max(plan.CreatedDaysAgo * 24 / 8.0, 1));
            if (leader is not null && handler is not null)
            {
                task.AssignHandler(lead.Id, handler.Id, handler.FullName, due, ActorOf(leader), Next(), WorkingDay(created));
            }

            var worker = ActorOf(handler ?? leader ?? assignerProfile);
            if (plan.State is not (TaskState.New or TaskState.Cancelled))
            {
                if (plan.State == TaskState.Paused)
                {
                    task.Pause("Chờ ý kiến của Thường trực UBND thành phố.", assigner, Next());
                }
                else
                {
                    task.Start(worker, Next());
                    task.Report(true, 30 + (plan.Title.Length % 5) * 10, "Đã triển khai, đang tổng hợp số liệu từ các đơn vị.", worker, Next());
                }
            }

            if (plan.State is TaskState.AwaitingReview or TaskState.Returned or TaskState.Completed)
            {
                var late = plan.Title.StartsWith("Góp ý", StringComparison.Ordinal);
                task.Submit("Đã hoàn thành, kính trình lãnh đạo xem xét.", worker, late ? now.AddDays(plan.DueInDays + 2) : Next());
                if (plan.State == TaskState.Returned)
                {
                    task.Return("Đề nghị bổ sung số liệu của các phường, xã.", assigner, Next());
                }
                else if (plan.State == TaskState.Completed)
                {
                    task.Approve("Đồng ý kết quả.", assigner, late ? now.AddDays(plan.DueInDays + 3) : Next());
                }
            }

            if (plan.State == TaskState.Cancelled)
            {
                task.Cancel("Nội dung đã được giao tại văn bản khác.", assigner, Next());
            }

            db.Tasks.Add(task);
        }

        await db.SaveAsAsync(Actor.System, ct);
        return Plans.Length;

        // Created in the past: the workflow's "not in the past" rule is checked against that day.
        DateOnly WorkingDay(DateTime utc) => Calendar.WorkingCalendar.LocalDate(utc);
    }

    private static string Describe(Plan plan) =>
        $"Đề nghị đơn vị chủ trì **{plan.Title.ToLowerInvariant()}**, báo cáo kết quả đúng hạn.\n\n- Phối hợp chặt chẽ với các đơn vị liên quan\n- Báo cáo tiến độ hằng tuần trên Nền tảng làm việc số";
}
