using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Reports;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Web.Features.Documents;

/// <summary>
/// A month of incoming documents for the demo organisation, in every state, each with a real Vietnamese PDF, registered,
/// presented, directed and returned through the services themselves (so every one is a document the workflow could
/// have produced). Only into a database that has none; demo data only (appsettings.Development.json).
/// </summary>
public static class DemoDocuments
{
    private sealed record Plan(string Clerk, string Issuer, string Symbol, DocumentType Type, string Excerpt, int DaysAgo, DocumentUrgency Urgency,
        IncomingState State, string? Lead = null, string? Coordinator = null, DocumentConfidentiality Secrecy = DocumentConfidentiality.Thuong);

    private static readonly Plan[] Plans =
    [
        new("vp.vanthu", "Bộ Thông tin và Truyền thông", "4021/BTTTT-CĐSQG", DocumentType.CongVan, "Về việc đôn đốc triển khai Nền tảng làm việc số tại địa phương", 26, DocumentUrgency.Khan, IncomingState.Directed, "SKHCN", "VPUBND"),
        new("vp.vanthu", "Bộ Nội vụ", "5120/BNV-CQĐP", DocumentType.CongVan, "Về việc hướng dẫn sắp xếp đơn vị hành chính cấp xã năm 2026", 24, DocumentUrgency.Thuong, IncomingState.Directed, "SNV", "STC"),
        new("vp.vanthu", "Bộ Tài chính", "11234/BTC-NSNN", DocumentType.CongVan, "Về việc đánh giá tình hình thực hiện dự toán ngân sách nhà nước năm 2026", 22, DocumentUrgency.Thuong, IncomingState.Directed, "STC", null),
        new("vp.vanthu", "Thủ tướng Chính phủ", "12/CT-TTg", DocumentType.ChiThi, "Về việc tăng cường phòng, chống thiên tai mùa mưa bão năm 2026", 20, DocumentUrgency.HoaToc, IncomingState.Directed, "SNNMT", "SXD"),
        new("vp.vanthu", "Bộ Y tế", "6230/BYT-KHTC", DocumentType.CongVan, "Về việc báo cáo kết quả chuyển đổi số y tế cơ sở", 18, DocumentUrgency.Thuong, IncomingState.Directed, "SYT", "SKHCN"),
        new("vp.vanthu", "Văn phòng Chính phủ", "8801/VPCP-KSTT", DocumentType.ThongBao, "Thông báo kết luận của Thủ tướng tại hội nghị về cải cách thủ tục hành chính", 16, DocumentUrgency.Thuong, IncomingState.ForInformation),
        new("vp.vanthu", "Bộ Giáo dục và Đào tạo", "3344/BGDĐT-CSVC", DocumentType.CongVan, "Về việc rà soát cơ sở vật chất trường học trước năm học mới", 14, DocumentUrgency.Khan, IncomingState.Directed, "SGDDT", null),
        new("vp.vanthu", "Bộ Xây dựng", "2871/BXD-QHKT", DocumentType.CongVan, "Về việc góp ý quy hoạch chung đô thị Huế đến năm 2045", 12, DocumentUrgency.Thuong, IncomingState.Presented),
        new("vp.vanthu", "Ủy ban nhân dân tỉnh Quảng Trị", "905/UBND-KT", DocumentType.GiayMoi, "Giấy mời dự hội nghị hợp tác phát triển hành lang kinh tế Đông - Tây", 10, DocumentUrgency.Thuong, IncomingState.ForInformation),
        new("vp.vanthu", "Công ty TNHH Thương mại Hương Giang", "15/2026/CV-HG", DocumentType.CongVan, "Về việc đề nghị hỗ trợ thủ tục đầu tư (gửi nhầm cơ quan)", 9, DocumentUrgency.Thuong, IncomingState.Returned),
        new("vp.vanthu", "Bộ Công an", "2211/BCA-A05", DocumentType.CongVan, "Về việc bảo đảm an ninh mạng đối với hệ thống thông tin dùng chung", 8, DocumentUrgency.ThuongKhan, IncomingState.Presented, Secrecy: DocumentConfidentiality.Mat),
        new("vp.vanthu", "Bộ Kế hoạch và Đầu tư", "7789/BKHĐT-TH", DocumentType.KeHoach, "Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030", 6, DocumentUrgency.Thuong, IncomingState.Registered),
        new("vp.vanthu", "Sở Khoa học và Công nghệ", "412/SKHCN-CĐS", DocumentType.ToTrinh, "Tờ trình phê duyệt danh mục dữ liệu dùng chung của thành phố", 4, DocumentUrgency.Khan, IncomingState.Presented),
        new("vp.vanthu", "Bộ Văn hóa, Thể thao và Du lịch", "3902/BVHTTDL-DSVH", DocumentType.CongVan, "Về việc tổ chức Festival Huế 2027", 3, DocumentUrgency.Thuong, IncomingState.Registered),
        new("vp.vanthu", "Bộ Nông nghiệp và Môi trường", "6677/BNNMT-TNN", DocumentType.CongVan, "Về việc kiểm kê tài nguyên nước năm 2026", 1, DocumentUrgency.Thuong, IncomingState.Registered),
        new("khcn.vanthu", "Cục Chuyển đổi số quốc gia", "901/CĐSQG-DLS", DocumentType.CongVan, "Về việc cập nhật kiến trúc dữ liệu quốc gia", 15, DocumentUrgency.Thuong, IncomingState.Registered),
        new("khcn.vanthu", "Trung tâm Giám sát an toàn không gian mạng quốc gia", "77/NCSC-GS", DocumentType.ThongBao, "Cảnh báo lỗ hổng bảo mật trên phần mềm dùng chung", 5, DocumentUrgency.HoaToc, IncomingState.Registered),
        new("tc.vanthu", "Kho bạc Nhà nước khu vực XIII", "1408/KBNN-KSC", DocumentType.CongVan, "Về việc đối chiếu số liệu giải ngân vốn đầu tư công", 7, DocumentUrgency.Thuong, IncomingState.Registered),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.IncomingDocuments.AnyAsync(ct) || !await db.UserProfiles.AnyAsync(p => p.UserName == "vp.vanthu", ct))
            {
                return;
            }
        }

        Dictionary<string, (Guid Id, string Name)> units;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => (u.Id, u.Name), ct);
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var today = VietnamTime.Today(clock);
        var publisher = SilentPublisher.Instance;
        foreach (var plan in Plans.OrderByDescending(p => p.DaysAgo))
        {
            var clerk = await As(dbFactory, plan.Clerk, ct);
            var files = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), clerk);
            var service = new IncomingService(WorkflowServices.For(services, clerk, publisher), files, new TaskService(WorkflowServices.For(services, clerk, publisher), files, []));
            var issued = today.AddDays(-plan.DaysAgo - 2);
            var pdf = SampleDocumentPdf.Build(plan.Issuer, plan.Symbol, issued, DomainTexts.Label(plan.Type, DomainTexts.Vietnamese), plan.Excerpt, "Nguyễn Văn Hùng");
            var staged = await files.StageAsync("van-ban.pdf", pdf.Length, new MemoryStream(pdf), ct);
            var (id, _) = await service.RegisterAsync(new RegisterIncoming(today.AddDays(-plan.DaysAgo), plan.Issuer, plan.Symbol, issued, plan.Type, plan.Excerpt,
                plan.Urgency, plan.Secrecy, "Nguyễn Văn Hùng", staged), ct);
            if (plan.State == IncomingState.Registered)
            {
                continue;
            }

            if (plan.State == IncomingState.Returned)
            {
                await service.ReturnAsync(id, await VersionAsync(dbFactory, id, ct), "Văn bản gửi nhầm cơ quan, đề nghị gửi Sở Kế hoạch và Đầu tư.", ct);
                continue;
            }

            var leaderName = plan.Clerk == "vp.vanthu" ? "chutich" : plan.Clerk.Replace("vanthu", "lanhdao", StringComparison.Ordinal);
            await service.PresentAsync(id, await VersionAsync(dbFactory, id, ct), (await As(dbFactory, leaderName, ct)).Actor!.UserId!.Value, ct);
            if (plan.State == IncomingState.Presented)
            {
                continue;
            }

            var leader = await As(dbFactory, leaderName, ct);
            var direct = new IncomingService(WorkflowServices.For(services, leader, publisher), files, new TaskService(WorkflowServices.For(services, leader, publisher), files, []));
            var due = today.AddDays(Math.Max(3, 15 - plan.DaysAgo));
            await direct.DirectAsync(id, await VersionAsync(dbFactory, id, ct), plan.Lead is null
                ? new DirectIncoming("Để biết, lưu.", null, null)
                : new DirectIncoming($"Giao {units[plan.Lead].Name} chủ trì tham mưu, báo cáo kết quả.", new TaskUnitDue(units[plan.Lead].Id, "", due),
                    plan.Coordinator is null ? [] : [new TaskUnitDue(units[plan.Coordinator].Id, "", due.AddDays(-1))]), ct);
        }
    }

    private static async Task<Guid> VersionAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IncomingDocuments.Where(d => d.Id == id).Select(d => d.Version).SingleAsync(ct);
    }

    private static async Task<Fixed> As(IDbContextFactory<WorkspaceDbContext> dbFactory, string userName, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await db.UserProfiles.AsNoTracking().SingleAsync(u => u.UserName == userName, ct);
        return new Fixed(new Actor(p.Id, p.FullName, p.UnitId, p.Roles.ToHashSet()));
    }

    /// <summary>A demo person as the services' current user (synchronous: seeding runs before the app serves).</summary>
    internal static ICurrentUser Person(IDbContextFactory<WorkspaceDbContext> dbFactory, string userName) => As(dbFactory, userName, default).GetAwaiter().GetResult();

    internal static string UnitName(IDbContextFactory<WorkspaceDbContext> dbFactory, Guid unitId)
    {
        using var db = dbFactory.CreateDbContext();
        return db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).Single();
    }

    private sealed class Fixed(Actor actor) : ICurrentUser
    {
        public Actor? Actor { get; } = actor;
    }
}
