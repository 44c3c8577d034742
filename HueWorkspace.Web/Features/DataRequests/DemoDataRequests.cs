using System.Text;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Web.Features.DataRequests;

/// <summary>
/// Data requests for the demo, through the services: from both outside organisations and from a unit of the city, in
/// every state (a draft, sent, under review, waiting for an answer, agreed, provided with a file, refused), some overdue
/// (sent earlier than five working days ago). After the demo catalogue; only when there is no request yet.
/// </summary>
public static class DemoDataRequests
{
    private sealed record Plan(string Requester, string Dataset, RequestState Until, string Purpose, RequestMethod Method = RequestMethod.File, int DaysAgo = 0);

    /// <summary>The clock of a request sent some days ago (the overdue ones).</summary>
    private sealed class Earlier(TimeProvider clock, int days) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => clock.GetUtcNow().AddDays(-days);
    }

    private static readonly Plan[] Plans =
    [
        new("vnpt.khaithac", "Cơ sở khám bệnh", RequestState.Provided, "Lập bản đồ phủ sóng di động gần các cơ sở y tế"),
        new("vnpt.khaithac", "Quan trắc chất lượng không khí", RequestState.Approved, "Cảnh báo chất lượng không khí trên ứng dụng của khách hàng", RequestMethod.Api),
        new("dhkh.khaithac", "Cơ sở khám bệnh", RequestState.NeedsInfo, "Nghiên cứu khả năng tiếp cận dịch vụ y tế của người dân"),
        new("dhkh.khaithac", "Danh mục dữ liệu dùng chung", RequestState.UnderReview, "Giảng dạy học phần cơ sở dữ liệu"),
        new("vnpt.khaithac", "Điểm phát Wi-Fi", RequestState.Refused, "Tiếp thị dịch vụ viễn thông tại các điểm phát"),
        new("phuxuan.lanhdao", "Cơ sở khám bệnh", RequestState.Submitted, "Điều phối tiêm chủng tại phường"),
        new("vnpt.khaithac", "Danh mục dữ liệu dùng chung", RequestState.Submitted, "Chuẩn hóa mã đơn vị trong hệ thống chăm sóc khách hàng", DaysAgo: 12),
        new("dhkh.khaithac", "Điểm phát Wi-Fi", RequestState.UnderReview, "Khảo sát nhu cầu truy cập Internet công cộng của sinh viên", DaysAgo: 9),
        new("dhkh.khaithac", "Quan trắc chất lượng không khí", RequestState.Draft, "Luận văn thạc sĩ về ô nhiễm không khí đô thị"),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        List<Dataset> datasets;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.DataRequests.AnyAsync(ct) || !await db.Datasets.AnyAsync(ct))
            {
                return;
            }

            datasets = await db.Datasets.AsNoTracking().ToListAsync(ct);
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var today = VietnamTime.Today(clock);
        var at = clock;
        DataRequestService As(string userName, out FileService files)
        {
            var user = DemoDocuments.Person(dbFactory, userName);
            files = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), user);
            var workflow = WorkflowServices.For(services, user, SilentPublisher.Instance, at);
            return new DataRequestService(workflow, files, new RefusalLetters(new HueWorkspace.Domain.Documents.OutgoingService(workflow, files), files),
                new HueWorkspace.Domain.Datasets.DatasetCatalogue());
        }

        foreach (var plan in Plans)
        {
            at = plan.DaysAgo == 0 ? clock : new Earlier(clock, plan.DaysAgo);
            var dataset = datasets.First(d => d.Name.StartsWith(plan.Dataset, StringComparison.Ordinal));
            var steward = (await StewardAsync(dbFactory, dataset.OwnerUnitId, ct)) ?? "khcn.dulieu";
            var requester = As(plan.Requester, out _);
            var id = await requester.SaveDraftAsync(null, null, new RequestForm(null, "0234 3822 000", [dataset.Id], null, null, "Toàn bộ các trường công khai",
                plan.Purpose, "Quyết định 41/2024/QĐ-UBND, Điều 27", plan.Method, RequestFrequency.Once, today, today.AddMonths(6), false, plan.Until != RequestState.Draft), ct);
            if (plan.Until == RequestState.Draft)
            {
                continue;
            }

            await requester.SubmitAsync(id, await VersionAsync(dbFactory, id, ct), ct);
            if (plan.Until == RequestState.Submitted)
            {
                continue;
            }

            var owner = As(steward, out var files);
            await owner.StartReviewAsync(id, await VersionAsync(dbFactory, id, ct), ct);
            switch (plan.Until)
            {
                case RequestState.NeedsInfo:
                    await owner.AskAsync(id, await VersionAsync(dbFactory, id, ct), "Đề nghị nêu rõ phạm vi địa bàn và cách công bố kết quả nghiên cứu.", ct);
                    continue;
                case RequestState.Refused:
                    await owner.RefuseAsync(id, await VersionAsync(dbFactory, id, ct), "Mục đích tiếp thị thương mại không thuộc trường hợp được chia sẻ dữ liệu (Điều 26).", ct);
                    continue;
                case RequestState.UnderReview:
                    continue;
            }

            await owner.ApproveAsync(id, await VersionAsync(dbFactory, id, ct), new Agreement(today, today.AddMonths(6), "Trụ sở bên khai thác",
                "Chỉ sử dụng cho mục đích đã nêu", null, "Lưu trữ trên máy chủ được phân quyền", "Không công khai dữ liệu dẫn xuất có thể định danh", "Xóa toàn bộ khi hết thời hạn"), ct);
            if (plan.Until == RequestState.Provided)
            {
                var csv = Encoding.UTF8.GetBytes("ten_co_so,dia_chi\nBệnh viện Trung ương Huế,16 Lê Lợi\nTrạm y tế phường Phú Xuân,12 Đinh Tiên Hoàng\n");
                await owner.ProvideFilesAsync(id, await VersionAsync(dbFactory, id, ct), [await files.StageAsync("co-so-kham-chua-benh.csv", csv.Length, new MemoryStream(csv), ct)], ct);
            }
        }
    }

    private static async Task<string?> StewardAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, Guid unitId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId == unitId && p.UserName != null).ToListAsync(ct);
        return people.FirstOrDefault(p => p.Roles.Contains(HueWorkspace.Domain.Organization.Role.DataOfficer))?.UserName
            ?? people.FirstOrDefault(p => p.Roles.Contains(HueWorkspace.Domain.Organization.Role.UnitLeader))?.UserName;
    }

    private static async Task<Guid> VersionAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.DataRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync(ct);
    }
}
