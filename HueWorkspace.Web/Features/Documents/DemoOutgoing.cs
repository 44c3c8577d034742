using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Reports;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Web.Features.Documents;

/// <summary>
/// Outgoing documents for the demo organisation, made through the services: drafts at every step, documents issued
/// between the demo units (arriving in their registers), one recalled and replaced, a secret one, and the current
/// authorisations (the vice-chairwoman signs KT., the office's chief TUQ.). Only into a database that has none.
/// </summary>
public static class DemoOutgoing
{
    private sealed record Plan(string Drafter, string Issuer, string Signer, DocumentType Type, string Excerpt, OutgoingState Until, string[] To,
        SigningCapacity Capacity = SigningCapacity.Direct, string[]? Outside = null, DocumentConfidentiality Secrecy = DocumentConfidentiality.Thuong,
        DocumentUrgency Urgency = DocumentUrgency.Thuong, string? ReturnedBy = null);

    private static readonly Plan[] Plans =
    [
        new("vp.chuyenvien", "UBND", "chutich", DocumentType.QuyetDinh, "Quyết định ban hành Kế hoạch chuyển đổi số thành phố Huế năm 2027", OutgoingState.Issued,
            ["SKHCN", "STC", "P-PHUXUAN"], SigningCapacity.TM, ["Bộ Khoa học và Công nghệ", "Thường trực Thành ủy"], Urgency: DocumentUrgency.Khan),
        new("vp.chuyenvien", "UBND", "vp.lanhdao", DocumentType.CongVan, "Về việc báo cáo số liệu y tế, giáo dục phục vụ kỳ họp HĐND thành phố", OutgoingState.Issued,
            ["SYT", "SGDDT"], SigningCapacity.TUQ),
        new("khcn.chuyenvien", "SKHCN", "khcn.lanhdao", DocumentType.CongVan, "Về việc triển khai Nền tảng làm việc số tại các phường, xã", OutgoingState.Issued,
            ["VPUBND", "P-KIMLONG", "P-THUANHOA"]),
        new("khcn.chuyenvien", "SKHCN", "khcn.lanhdao", DocumentType.BaoCao, "Báo cáo tình hình an toàn thông tin mạng quý IV năm 2026", OutgoingState.Issued,
            ["VPUBND"], Secrecy: DocumentConfidentiality.Mat),
        new("khcn.chuyenvien", "SKHCN", "khcn.lanhdao", DocumentType.KeHoach, "Kế hoạch tập huấn khai thác dữ liệu dùng chung cho cán bộ phường, xã", OutgoingState.Signed, ["P-PHUXUAN", "P-VYDA"]),
        new("vp.chuyenvien", "UBND", "phochutich", DocumentType.ChiThi, "Chỉ thị tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ", OutgoingState.AwaitingSignature, ["SNV", "STC", "SXD"]),
        new("vp.chuyenvien", "UBND", "chutich", DocumentType.ThongBao, "Thông báo kết luận của Chủ tịch UBND thành phố tại cuộc họp giao ban tháng 11/2026", OutgoingState.FormatCheck, ["SKHCN", "SNV"]),
        new("tc.chuyenvien", "STC", "tc.lanhdao", DocumentType.CongVan, "Về việc hướng dẫn lập dự toán ngân sách năm 2027", OutgoingState.ContentReview, ["SYT", "SGDDT", "SXD"]),
        new("khcn.chuyenvien", "SKHCN", "khcn.lanhdao", DocumentType.ToTrinh, "Tờ trình phê duyệt danh mục cơ sở dữ liệu dùng chung năm 2027", OutgoingState.Draft, ["VPUBND"]),
        new("xd.chuyenvien", "SXD", "xd.lanhdao", DocumentType.CongVan, "Về việc rà soát nhà ở xuống cấp trên địa bàn thành phố", OutgoingState.Draft, ["P-PHUXUAN", "P-HUONGTHUY"],
            ReturnedBy: "xd.lanhdao"),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        Dictionary<string, Guid> units;
        Dictionary<string, Guid> people;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.OutgoingDocuments.AnyAsync(ct) || !await db.UserProfiles.AnyAsync(p => p.UserName == "vp.chuyenvien", ct))
            {
                return;
            }

            units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
            people = await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null).ToDictionaryAsync(p => p.UserName!, p => p.Id, ct);
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var today = VietnamTime.Today(clock);
        OutgoingService As(string userName, out FileService files)
        {
            var user = DemoDocuments.Person(dbFactory, userName);
            files = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), user);
            return new OutgoingService(WorkflowServices.For(services, user, SilentPublisher.Instance), files);
        }

        // Art. 13.3: the chairman names his deputy for the month and authorises the office's chief in writing.
        await As("chutich", out _).GrantAsync(new GrantAuthorisation(AuthorisationKind.Deputy, people["phochutich"], today.AddDays(-5), today.AddDays(25),
            "Phân công tại cuộc họp giao ban ngày " + VietnamTime.Format(today.AddDays(-6)), "Ký thay Chủ tịch trong thời gian Chủ tịch đi công tác"), ct);
        await As("chutich", out _).GrantAsync(new GrantAuthorisation(AuthorisationKind.Authorisation, people["vp.lanhdao"], today.AddDays(-20), today.AddDays(70),
            $"Giấy ủy quyền số 05/GUQ-UBND ngày {VietnamTime.Format(today.AddDays(-21))}", "Các văn bản đôn đốc, báo cáo số liệu gửi các sở, ngành"), ct);

        var issued = new Dictionary<string, Guid>();
        foreach (var plan in Plans)
        {
            issued[plan.Excerpt] = await RunAsync(plan, null);
        }

        // A content error found after issue: recalled at every receiver, and replaced by a new decision that links to it.
        var wrong = new Plan("vp.chuyenvien", "UBND", "phochutich", DocumentType.QuyetDinh, "Quyết định phê duyệt danh sách dữ liệu mở của thành phố đợt 1 năm 2026",
            OutgoingState.Issued, ["SKHCN", "STC"], SigningCapacity.KT);
        var wrongId = await RunAsync(wrong, null);
        await As("vp.vanthu", out _).RecallAsync(wrongId, await VersionAsync(dbFactory, wrongId, ct), "Danh sách tại Điều 1 ghi sai tên bộ dữ liệu; văn bản được thay thế.", ct);
        await RunAsync(wrong, new DocumentFix(wrongId, FixKind.Replaces));

        // The first decision is being handled at the Department of Science and Technology: presented to its leader.
        var first = issued[Plans[0].Excerpt];
        Guid copy;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            copy = await db.OutgoingRecipients.Where(r => r.DocumentId == first && r.UnitId == units["SKHCN"]).Select(r => r.IncomingId!.Value).SingleAsync(ct);
        }

        var clerk = DemoDocuments.Person(dbFactory, "khcn.vanthu");
        var clerkFiles = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), clerk);
        var incoming = new IncomingService(WorkflowServices.For(services, clerk, SilentPublisher.Instance), clerkFiles, new TaskService(WorkflowServices.For(services, clerk, SilentPublisher.Instance), clerkFiles, []));
        await incoming.PresentAsync(copy, await IncomingVersionAsync(dbFactory, copy, ct), people["khcn.lanhdao"], ct);

        async Task<Guid> RunAsync(Plan plan, DocumentFix? fix)
        {
            var drafter = As(plan.Drafter, out var files);
            var pdf = SampleDocumentPdf.Build(DemoDocuments.UnitName(dbFactory, units[plan.Issuer]), "Dự thảo", today, DomainTexts.Label(plan.Type, DomainTexts.Vietnamese), plan.Excerpt, "");
            var staged = await files.StageAsync("du-thao.pdf", pdf.Length, new MemoryStream(pdf), ct);
            var id = await drafter.DraftAsync(new DraftOutgoing(units[plan.Issuer], plan.Type, plan.Excerpt, plan.Urgency, plan.Secrecy, people[plan.Signer],
                plan.To.Select(c => units[c]).ToList(), plan.Outside ?? [], staged, Fixes: fix), ct);
            if (plan.ReturnedBy is { } returner)
            {
                await drafter.SubmitAsync(id, await VersionAsync(dbFactory, id, ct), null, ct);
                await As(returner, out _).ReturnAsync(id, await VersionAsync(dbFactory, id, ct), "Đề nghị bổ sung số liệu của từng phường và thời hạn báo cáo.", ct);
                return id;
            }

            if (plan.Until == OutgoingState.Draft)
            {
                return id;
            }

            var drafting = plan.Drafter.Split('.')[0];
            var clerkName = plan.Issuer == "UBND" ? "vp.vanthu" : drafting + ".vanthu";
            await drafter.SubmitAsync(id, await VersionAsync(dbFactory, id, ct), "Kính trình lãnh đạo xem xét.", ct);
            if (plan.Until == OutgoingState.ContentReview)
            {
                return id;
            }

            await As(drafting + ".lanhdao", out _).ApproveContentAsync(id, await VersionAsync(dbFactory, id, ct), "Đồng ý nội dung.", ct);
            if (plan.Until == OutgoingState.FormatCheck)
            {
                return id;
            }

            await As(clerkName, out _).ApproveFormatAsync(id, await VersionAsync(dbFactory, id, ct), "Thể thức đúng quy định.", ct);
            if (plan.Until == OutgoingState.AwaitingSignature)
            {
                return id;
            }

            await As(plan.Signer, out _).SignAsync(id, await VersionAsync(dbFactory, id, ct), plan.Capacity, null, ct);
            if (plan.Until == OutgoingState.Signed)
            {
                return id;
            }

            await As(clerkName, out _).IssueAsync(id, await VersionAsync(dbFactory, id, ct), ct);
            return id;
        }
    }

    private static async Task<Guid> VersionAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OutgoingDocuments.Where(d => d.Id == id).Select(d => d.Version).SingleAsync(ct);
    }

    private static async Task<Guid> IncomingVersionAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IncomingDocuments.Where(d => d.Id == id).Select(d => d.Version).SingleAsync(ct);
    }
}
