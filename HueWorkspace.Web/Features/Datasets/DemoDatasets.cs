using System.Text;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using HueWorkspace.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Web.Features.Datasets;

/// <summary>
/// A catalogue of Huế datasets across departments, made through the services: drafts, registered datasets (one a near
/// duplicate with its justification, one a state secret, one with personal data), a review in session, a dataset not
/// certified, and certified public datasets published with their CSV and JSON files. The shared code lists are seeded
/// whenever the list is empty (they are reference data). Only into a catalogue that has no dataset.
/// </summary>
public static class DemoDatasets
{
    private sealed record Plan(string Steward, string Name, string Description, DatasetType Type, UpdateFrequency Frequency, bool Public, DatasetState Until,
        (string Name, FieldType Type, bool Personal)[] Fields, string[] CodeLists, bool Secret = false, string? Justification = null, (string Name, string Content)[]? Files = null);

    public static readonly (string Code, string Name, bool National)[] CodeLists =
    [
        ("DVHC", "Danh mục đơn vị hành chính Việt Nam", true),
        ("DANTOC", "Danh mục các dân tộc Việt Nam", true),
        ("GIOITINH", "Danh mục giới tính", true),
        ("QUOCTICH", "Danh mục quốc tịch", true),
        ("NGANHKT", "Hệ thống ngành kinh tế Việt Nam", true),
        ("MADDCQ", "Danh mục mã định danh cơ quan nhà nước", true),
        ("CSYT", "Danh mục cơ sở khám bệnh, chữa bệnh", true),
        ("LVTTHC", "Danh mục lĩnh vực thủ tục hành chính thành phố Huế", false),
        ("DIEMDL", "Danh mục điểm đến du lịch thành phố Huế", false),
    ];

    private static readonly Plan[] Plans =
    [
        new("yt.dulieu", "Cơ sở khám bệnh, chữa bệnh trên địa bàn thành phố Huế", "Danh sách bệnh viện, trạm y tế, phòng khám được cấp phép hoạt động, kèm địa chỉ và chuyên khoa.",
            DatasetType.SectorData, UpdateFrequency.Monthly, true, DatasetState.Published,
            [("Tên cơ sở", FieldType.Text, false), ("Địa chỉ", FieldType.Text, false), ("Phường, xã", FieldType.Code, false), ("Loại hình", FieldType.Code, false), ("Số giấy phép", FieldType.Text, false)],
            ["DVHC", "CSYT"], Files: [("co-so-kham-chua-benh.csv", "ten_co_so,dia_chi,phuong_xa,loai_hinh\nBệnh viện Trung ương Huế,16 Lê Lợi,Phường Thuận Hóa,Bệnh viện\nTrạm y tế phường Phú Xuân,12 Đinh Tiên Hoàng,Phường Phú Xuân,Trạm y tế\n"),
                ("co-so-kham-chua-benh.json", "[{\"ten_co_so\":\"Bệnh viện Trung ương Huế\",\"phuong_xa\":\"Phường Thuận Hóa\"},{\"ten_co_so\":\"Trạm y tế phường Phú Xuân\",\"phuong_xa\":\"Phường Phú Xuân\"}]")]),
        new("ioc.chuyenvien", "Quan trắc chất lượng không khí tự động", "Chỉ số AQI, bụi PM2.5, PM10 theo giờ từ các trạm quan trắc tự động của thành phố.",
            DatasetType.SensorData, UpdateFrequency.Daily, true, DatasetState.Published,
            [("Mã trạm", FieldType.Code, false), ("Thời điểm", FieldType.Date, false), ("AQI", FieldType.Number, false), ("PM2.5", FieldType.Number, false), ("Vị trí", FieldType.Location, false)],
            ["DVHC"], Files: [("quan-trac-khong-khi.csv", "ma_tram,thoi_diem,aqi,pm25\nHUE01,2026-11-30T08:00,42,11.5\nHUE02,2026-11-30T08:00,55,17.2\n")]),
        new("ioc.chuyenvien", "Điểm phát Wi-Fi công cộng miễn phí", "Vị trí các điểm phát Wi-Fi miễn phí tại khu vực công cộng, điểm du lịch.",
            DatasetType.OperationData, UpdateFrequency.Quarterly, true, DatasetState.Published,
            [("Tên điểm", FieldType.Text, false), ("Vị trí", FieldType.Location, false), ("Phường, xã", FieldType.Code, false)],
            ["DVHC", "DIEMDL"], Files: [("wifi-cong-cong.json", "[{\"ten_diem\":\"Phố đi bộ Nguyễn Đình Chiểu\",\"vi_do\":16.4698,\"kinh_do\":107.5884}]")]),
        new("khcn.dulieu", "Danh mục dữ liệu dùng chung của thành phố", "Các danh mục dùng chung cấp thành phố và mã định danh được các hệ thống thông tin sử dụng.",
            DatasetType.CodeList, UpdateFrequency.OnChange, true, DatasetState.Certified,
            [("Mã danh mục", FieldType.Code, false), ("Tên danh mục", FieldType.Text, false), ("Cơ quan ban hành", FieldType.Text, false)], ["MADDCQ", "LVTTHC"]),
        new("tc.lanhdao", "Dự toán ngân sách của các đơn vị dự toán", "Dự toán thu, chi ngân sách được giao hằng năm của các đơn vị dự toán cấp I thuộc thành phố.",
            DatasetType.SectorData, UpdateFrequency.Yearly, false, DatasetState.UnderReview,
            [("Mã đơn vị", FieldType.Code, false), ("Năm ngân sách", FieldType.Number, false), ("Dự toán chi", FieldType.Number, false)], ["MADDCQ"]),
        new("yt.dulieu", "Nhà thuốc đạt chuẩn thực hành tốt (GPP)", "Danh sách nhà thuốc được cấp chứng nhận GPP trên địa bàn thành phố.",
            DatasetType.SectorData, UpdateFrequency.Monthly, true, DatasetState.NotCertified,
            [("Tên nhà thuốc", FieldType.Text, false), ("Địa chỉ", FieldType.Text, false), ("Ngày cấp GPP", FieldType.Date, false)], []),
        new("ioc.chuyenvien", "Cơ sở khám chữa bệnh thành phố Huế", "Cơ sở khám bệnh, chữa bệnh kết nối hệ thống camera và cảnh báo của Trung tâm IOC.",
            DatasetType.OperationData, UpdateFrequency.Monthly, false, DatasetState.Registered,
            [("Tên cơ sở", FieldType.Text, false), ("Địa chỉ", FieldType.Text, false), ("Mã camera", FieldType.Code, false)], ["CSYT"],
            Justification: "Bộ dữ liệu của IOC chỉ gồm các cơ sở đã kết nối camera giám sát và mã thiết bị, phục vụ điều hành; không thay thế danh sách do Sở Y tế quản lý."),
        new("xd.lanhdao", "Giấy phép xây dựng đã cấp", "Các giấy phép xây dựng nhà ở riêng lẻ và công trình đã cấp trên địa bàn thành phố.",
            DatasetType.SectorData, UpdateFrequency.Weekly, false, DatasetState.Registered,
            [("Số giấy phép", FieldType.Text, false), ("Chủ đầu tư", FieldType.Text, true), ("Địa điểm", FieldType.Text, false), ("Ngày cấp", FieldType.Date, false)], ["DVHC"]),
        new("khcn.dulieu", "Sự cố an toàn thông tin mạng", "Các sự cố, điểm yếu an toàn thông tin của hệ thống thông tin cơ quan nhà nước thành phố.",
            DatasetType.OperationData, UpdateFrequency.OnChange, false, DatasetState.Registered,
            [("Hệ thống", FieldType.Text, false), ("Mức độ", FieldType.Code, false), ("Mô tả", FieldType.Text, false)], [], Secret: true),
        new("phuxuan.lanhdao", "Hộ kinh doanh cá thể phường Phú Xuân", "Hộ kinh doanh đã đăng ký trên địa bàn phường, ngành nghề và địa điểm kinh doanh.",
            DatasetType.SectorData, UpdateFrequency.Monthly, false, DatasetState.Draft,
            [("Tên hộ kinh doanh", FieldType.Text, false), ("Chủ hộ", FieldType.Text, true), ("Ngành nghề", FieldType.Code, false)], ["NGANHKT", "DVHC"]),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        Dictionary<string, Guid> lists;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.CodeLists.AnyAsync(ct))
            {
                db.CodeLists.AddRange(CodeLists.Select(c => CodeList.Create(c.Code, c.Name, c.National)));
                await db.SaveAsAsync(Actor.System, ct);
            }

            if (await db.Datasets.AnyAsync(ct) || !await db.UserProfiles.AnyAsync(p => p.UserName == "yt.dulieu", ct))
            {
                return;
            }

            lists = await db.CodeLists.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var options = services.GetRequiredService<DatasetOptions>();
        var today = VietnamTime.Today(clock);
        FileService FilesOf(ICurrentUser user) => new(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), user);
        DatasetService Datasets(string userName) => new(WorkflowServices.For(services, DemoDocuments.Person(dbFactory, userName), SilentPublisher.Instance), FilesOf(DemoDocuments.Person(dbFactory, userName)), Councils(userName));
        CouncilService Councils(string userName) => new(WorkflowServices.For(services, DemoDocuments.Person(dbFactory, userName), SilentPublisher.Instance), options);

        foreach (var (plan, index) in Plans.Select((p, i) => (p, i)))
        {
            var id = await Datasets(plan.Steward).CreateAsync(new DatasetInput(plan.Name, plan.Description, plan.Type,
                plan.Fields.Select(f => new FieldInput(f.Name, f.Type, null, f.Personal)).ToList(), plan.CodeLists.Select(c => lists[c]).ToList(),
                plan.Until is DatasetState.Published or DatasetState.Certified ? $"SOHOA-HUE-{index + 1:000}" : null,
                // The person answerable is named (a name reads the same in every language); no fee is free, shown in the reader's language.
                plan.Frequency, DemoOrganization.People.Single(p => p.UserName == plan.Steward).FullName, plan.Public, plan.Secret, null, null), ct);
            if (plan.Until == DatasetState.Draft)
            {
                continue;
            }

            await Datasets(plan.Steward).RegisterAsync(id, await VersionAsync(dbFactory, id, ct), plan.Justification, ct);
            await Datasets(plan.Steward).RecordUpdateAsync(id, await VersionAsync(dbFactory, id, ct), today.AddDays(-3), ct);
            if (plan.Until == DatasetState.Registered)
            {
                continue;
            }

            // Art. 5.5: the office's leader, the platform authority's leader (chair) and the owner's steward.
            var council = await Councils("khcn.dulieu").OpenAsync(id, await VersionAsync(dbFactory, id, ct), today,
                [await PersonAsync(dbFactory, "vp.lanhdao", ct), await PersonAsync(dbFactory, "khcn.lanhdao", ct), await PersonAsync(dbFactory, plan.Steward, ct)],
                await PersonAsync(dbFactory, "khcn.lanhdao", ct), ct);
            var agree = plan.Until != DatasetState.NotCertified;
            foreach (var member in new[] { "vp.lanhdao", "khcn.lanhdao", plan.Steward }.Distinct())
            {
                if (plan.Until == DatasetState.UnderReview && member != "khcn.lanhdao")
                {
                    continue;
                }

                foreach (var criterion in Council.Criteria)
                {
                    var met = agree || criterion != Criterion.Digitised;
                    await Councils(member).CheckAsync(council, criterion, met ? Verdict.Met : Verdict.NotMet, met ? null : "Chưa số hóa trên nền tảng số hóa dùng chung.", ct);
                }

                await Councils(member).VoteAsync(council, agree ? Vote.Agree : Vote.Disagree, agree ? null : "Dữ liệu chưa được số hóa trên nền tảng dùng chung (tiêu chí 3).", ct);
            }

            if (plan.Until == DatasetState.UnderReview)
            {
                continue;
            }

            await Councils("khcn.lanhdao").CloseAsync(council, ct);
            if (plan.Until != DatasetState.Published)
            {
                continue;
            }

            var steward = DemoDocuments.Person(dbFactory, plan.Steward);
            var staged = new List<StagedFile>();
            foreach (var (name, content) in plan.Files ?? [])
            {
                var bytes = Encoding.UTF8.GetBytes(content);
                staged.Add(await FilesOf(steward).StageAsync(name, bytes.Length, new MemoryStream(bytes), ct));
            }

            await Datasets(plan.Steward).AddFilesAsync(id, await VersionAsync(dbFactory, id, ct), staged, ct);
            await Datasets(plan.Steward).PublishAsync(id, await VersionAsync(dbFactory, id, ct), ct);
        }
    }


    private static async Task<Guid> VersionAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Datasets.Where(d => d.Id == id).Select(d => d.Version).SingleAsync(ct);
    }

    private static async Task<Guid> PersonAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, string userName, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.UserProfiles.Where(p => p.UserName == userName).Select(p => p.Id).SingleAsync(ct);
    }
}
