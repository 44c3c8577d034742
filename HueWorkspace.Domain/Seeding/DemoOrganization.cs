using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Domain.Seeding;

public sealed record DemoUnit(string Code, string Name, UnitKind Kind, string? ParentCode);

public sealed record DemoPerson(string UserName, string FullName, string? UnitCode, params Role[] Roles)
{
    public string Email => $"{UserName}@demo.hue.gov.vn";
}

/// <summary>
/// The demo organisation of Huế as it stands after the 2025 reorganisation (RELATED-LAW.md): a
/// centrally-run city, Sở TT&amp;TT merged into Sở KH&amp;CN, two-tier local government. People are fictional.
/// </summary>
public static class DemoOrganization
{
    public static readonly DateOnly CityFounded = new(2025, 1, 1);
    public static readonly DateOnly TwoTierFrom = new(2025, 7, 1);

    public static IReadOnlyList<DemoUnit> Units { get; } =
    [
        new("UBND", "UBND thành phố Huế", UnitKind.PeoplesCommittee, null),
        new("VPUBND", "Văn phòng UBND thành phố", UnitKind.Office, "UBND"),
        new("SKHCN", "Sở Khoa học và Công nghệ", UnitKind.Department, "UBND"),
        new("IOC", "Trung tâm Giám sát, điều hành đô thị thông minh", UnitKind.Centre, "SKHCN"),
        new("SNV", "Sở Nội vụ", UnitKind.Department, "UBND"),
        new("STC", "Sở Tài chính", UnitKind.Department, "UBND"),
        new("SXD", "Sở Xây dựng", UnitKind.Department, "UBND"),
        new("SYT", "Sở Y tế", UnitKind.Department, "UBND"),
        new("SGDDT", "Sở Giáo dục và Đào tạo", UnitKind.Department, "UBND"),
        new("SNNMT", "Sở Nông nghiệp và Môi trường", UnitKind.Department, "UBND"),
        new("SVHTT", "Sở Văn hóa và Thể thao", UnitKind.Department, "UBND"),
        new("STP", "Sở Tư pháp", UnitKind.Department, "UBND"),
        new("P-PHUXUAN", "UBND phường Phú Xuân", UnitKind.CommuneWard, "UBND"),
        new("P-THUANHOA", "UBND phường Thuận Hóa", UnitKind.CommuneWard, "UBND"),
        new("P-KIMLONG", "UBND phường Kim Long", UnitKind.CommuneWard, "UBND"),
        new("P-VYDA", "UBND phường Vỹ Dạ", UnitKind.CommuneWard, "UBND"),
        new("P-HUONGTHUY", "UBND phường Hương Thủy", UnitKind.CommuneWard, "UBND"),
        new("P-HUONGTRA", "UBND phường Hương Trà", UnitKind.CommuneWard, "UBND"),
        new("X-PHUVANG", "UBND xã Phú Vang", UnitKind.CommuneWard, "UBND"),
        new("X-ALUOI1", "UBND xã A Lưới 1", UnitKind.CommuneWard, "UBND"),
        new("VNPT-HUE", "Viễn thông Huế (VNPT Huế)", UnitKind.ExternalOrganisation, null),
        new("DHKH-HUE", "Trường Đại học Khoa học, Đại học Huế", UnitKind.ExternalOrganisation, null),
    ];

    public const string PlatformAuthorityCode = "SKHCN";
    public const string PeoplesCommitteeOfficeCode = "VPUBND";

    public static IReadOnlyList<DemoPerson> People { get; } =
    [
        new("admin", "Phạm Quốc Huy", "SKHCN", Role.Administrator),
        new("chutich", "Lê Minh Tâm", "UBND", Role.CityLeader),
        new("phochutich", "Trần Thị Thu Hà", "UBND", Role.CityLeader),
        new("vp.lanhdao", "Nguyễn Đức Thắng", "VPUBND", Role.UnitLeader),
        new("vp.vanthu", "Hoàng Thị Lan", "VPUBND", Role.Clerk),
        new("vp.chuyenvien", "Võ Văn Nam", "VPUBND", Role.Specialist),
        new("khcn.lanhdao", "Đặng Ngọc Bảo", "SKHCN", Role.UnitLeader),
        new("khcn.chuyenvien", "Lê Thị Hồng Nhung", "SKHCN", Role.Specialist),
        new("khcn.dulieu", "Trương Công Định", "SKHCN", Role.DataOfficer, Role.Specialist),
        new("khcn.vanthu", "Phan Thị Mỹ", "SKHCN", Role.Clerk),
        new("ioc.lanhdao", "Hồ Sỹ Quang", "IOC", Role.UnitLeader),
        new("ioc.chuyenvien", "Nguyễn Thị Ánh Tuyết", "IOC", Role.Specialist, Role.DataOfficer),
        new("tc.lanhdao", "Bùi Văn Đức", "STC", Role.UnitLeader),
        new("tc.chuyenvien", "Ngô Thị Quỳnh", "STC", Role.Specialist),
        new("tc.vanthu", "Lý Thị Hoa", "STC", Role.Clerk),
        new("xd.lanhdao", "Tôn Thất Long", "SXD", Role.UnitLeader),
        new("xd.chuyenvien", "Đoàn Văn Sơn", "SXD", Role.Specialist),
        new("yt.chuyenvien", "Huỳnh Thị Diệu", "SYT", Role.Specialist),
        new("yt.dulieu", "Mai Xuân Phúc", "SYT", Role.DataOfficer),
        new("gd.chuyenvien", "Châu Thị Hạnh", "SGDDT", Role.Specialist),
        new("phuxuan.lanhdao", "Nguyễn Văn Đông", "P-PHUXUAN", Role.UnitLeader),
        new("phuxuan.chuyenvien", "Trần Văn Tú", "P-PHUXUAN", Role.Specialist),
        new("phuxuan.vanthu", "Lê Thị Thanh", "P-PHUXUAN", Role.Clerk),
        new("thuanhoa.chuyenvien", "Phạm Thị Kim Oanh", "P-THUANHOA", Role.Specialist),
        new("kimlong.lanhdao", "Hà Văn Lực", "P-KIMLONG", Role.UnitLeader),
        new("vnpt.khaithac", "Đinh Công Tráng", "VNPT-HUE", Role.DataRequester),
        new("dhkh.khaithac", "Lương Thị Thu", "DHKH-HUE", Role.DataRequester),
        new("moi.nhanvien", "Nguyễn Văn Mới", null),
    ];

    /// <summary>Each demo person's post (chức vụ), as written beside their name.</summary>
    public static IReadOnlyDictionary<string, string> Posts { get; } = new Dictionary<string, string>
    {
        ["admin"] = "Chuyên viên quản trị hệ thống, Sở Khoa học và Công nghệ",
        ["chutich"] = "Chủ tịch UBND thành phố",
        ["phochutich"] = "Phó Chủ tịch UBND thành phố",
        ["vp.lanhdao"] = "Chánh Văn phòng UBND thành phố",
        ["vp.vanthu"] = "Văn thư, Văn phòng UBND thành phố",
        ["vp.chuyenvien"] = "Chuyên viên, Văn phòng UBND thành phố",
        ["khcn.lanhdao"] = "Giám đốc Sở Khoa học và Công nghệ",
        ["khcn.chuyenvien"] = "Chuyên viên, Sở Khoa học và Công nghệ",
        ["khcn.dulieu"] = "Chuyên viên quản lý dữ liệu, Sở Khoa học và Công nghệ",
        ["khcn.vanthu"] = "Văn thư, Sở Khoa học và Công nghệ",
        ["ioc.lanhdao"] = "Giám đốc Trung tâm Giám sát, điều hành đô thị thông minh",
        ["ioc.chuyenvien"] = "Chuyên viên, Trung tâm Giám sát, điều hành đô thị thông minh",
        ["tc.lanhdao"] = "Giám đốc Sở Tài chính",
        ["tc.chuyenvien"] = "Chuyên viên, Sở Tài chính",
        ["tc.vanthu"] = "Văn thư, Sở Tài chính",
        ["xd.lanhdao"] = "Giám đốc Sở Xây dựng",
        ["xd.chuyenvien"] = "Chuyên viên, Sở Xây dựng",
        ["yt.chuyenvien"] = "Chuyên viên, Sở Y tế",
        ["yt.dulieu"] = "Chuyên viên quản lý dữ liệu, Sở Y tế",
        ["gd.chuyenvien"] = "Chuyên viên, Sở Giáo dục và Đào tạo",
        ["phuxuan.lanhdao"] = "Chủ tịch UBND phường Phú Xuân",
        ["phuxuan.chuyenvien"] = "Công chức, UBND phường Phú Xuân",
        ["phuxuan.vanthu"] = "Văn thư, UBND phường Phú Xuân",
        ["thuanhoa.chuyenvien"] = "Công chức, UBND phường Thuận Hóa",
        ["kimlong.lanhdao"] = "Chủ tịch UBND phường Kim Long",
        ["vnpt.khaithac"] = "Chuyên viên, Viễn thông Huế",
        ["dhkh.khaithac"] = "Giảng viên, Trường Đại học Khoa học",
    };

    /// <summary>
    /// Official Vietnamese holidays and compensatory days 2025–2027 (Bộ luật Lao động Art. 112; the
    /// government's yearly notices). 2027 follows the usual pattern and is marked provisional; an
    /// administrator corrects it when the notice is published.
    /// </summary>
    public static IReadOnlyList<(DateOnly Date, string Name, CalendarDayKind Kind)> Holidays { get; } =
    [
        (new(2025, 1, 1), "Tết Dương lịch", CalendarDayKind.Holiday),
        (new(2025, 1, 27), "Tết Nguyên đán Ất Tỵ (28 tháng Chạp)", CalendarDayKind.Holiday),
        (new(2025, 1, 28), "Tết Nguyên đán Ất Tỵ (29 tháng Chạp)", CalendarDayKind.Holiday),
        (new(2025, 1, 29), "Tết Nguyên đán Ất Tỵ (Mùng 1)", CalendarDayKind.Holiday),
        (new(2025, 1, 30), "Tết Nguyên đán Ất Tỵ (Mùng 2)", CalendarDayKind.Holiday),
        (new(2025, 1, 31), "Tết Nguyên đán Ất Tỵ (Mùng 3)", CalendarDayKind.Holiday),
        (new(2025, 4, 7), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", CalendarDayKind.Holiday),
        (new(2025, 4, 26), "Làm bù cho ngày 02/5/2025", CalendarDayKind.CompensatoryWorkday),
        (new(2025, 4, 30), "Ngày Chiến thắng 30/4", CalendarDayKind.Holiday),
        (new(2025, 5, 1), "Ngày Quốc tế Lao động 1/5", CalendarDayKind.Holiday),
        (new(2025, 5, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)", CalendarDayKind.CompensatoryDayOff),
        (new(2025, 9, 1), "Quốc khánh (ngày liền kề)", CalendarDayKind.Holiday),
        (new(2025, 9, 2), "Quốc khánh 2/9", CalendarDayKind.Holiday),
        (new(2026, 1, 1), "Tết Dương lịch", CalendarDayKind.Holiday),
        (new(2026, 1, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)", CalendarDayKind.CompensatoryDayOff),
        (new(2026, 1, 10), "Làm bù cho ngày 02/01/2026", CalendarDayKind.CompensatoryWorkday),
        (new(2026, 2, 16), "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)", CalendarDayKind.Holiday),
        (new(2026, 2, 17), "Tết Nguyên đán Bính Ngọ (Mùng 1)", CalendarDayKind.Holiday),
        (new(2026, 2, 18), "Tết Nguyên đán Bính Ngọ (Mùng 2)", CalendarDayKind.Holiday),
        (new(2026, 2, 19), "Tết Nguyên đán Bính Ngọ (Mùng 3)", CalendarDayKind.Holiday),
        (new(2026, 2, 20), "Tết Nguyên đán Bính Ngọ (Mùng 4)", CalendarDayKind.Holiday),
        (new(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (26/4/2026 là Chủ nhật)", CalendarDayKind.CompensatoryDayOff),
        (new(2026, 4, 30), "Ngày Chiến thắng 30/4", CalendarDayKind.Holiday),
        (new(2026, 5, 1), "Ngày Quốc tế Lao động 1/5", CalendarDayKind.Holiday),
        (new(2026, 9, 1), "Quốc khánh (ngày liền kề)", CalendarDayKind.Holiday),
        (new(2026, 9, 2), "Quốc khánh 2/9", CalendarDayKind.Holiday),
        (new(2027, 1, 1), "Tết Dương lịch", CalendarDayKind.Holiday),
        (new(2027, 2, 4), "Tết Nguyên đán Đinh Mùi (28 tháng Chạp) — dự kiến", CalendarDayKind.Holiday),
        (new(2027, 2, 5), "Tết Nguyên đán Đinh Mùi (29 tháng Chạp) — dự kiến", CalendarDayKind.Holiday),
        (new(2027, 2, 8), "Tết Nguyên đán Đinh Mùi (Mùng 3) — dự kiến", CalendarDayKind.Holiday),
        (new(2027, 2, 9), "Tết Nguyên đán Đinh Mùi (Mùng 4) — dự kiến", CalendarDayKind.Holiday),
        (new(2027, 2, 10), "Nghỉ bù Tết Nguyên đán (Mùng 1 là thứ Bảy) — dự kiến", CalendarDayKind.CompensatoryDayOff),
        (new(2027, 4, 16), "Giỗ Tổ Hùng Vương (10/3 âm lịch) — dự kiến", CalendarDayKind.Holiday),
        (new(2027, 4, 30), "Ngày Chiến thắng 30/4", CalendarDayKind.Holiday),
        (new(2027, 5, 3), "Nghỉ bù Quốc tế Lao động (1/5/2027 là thứ Bảy)", CalendarDayKind.CompensatoryDayOff),
        (new(2027, 9, 2), "Quốc khánh 2/9", CalendarDayKind.Holiday),
        (new(2027, 9, 3), "Quốc khánh (ngày liền kề)", CalendarDayKind.Holiday),
    ];
}
