namespace HueWorkspace.Domain.Organization;

/// <summary>
/// What a person may do in their unit (Art. 13.2, 18.2: functions granted by the unit's and the person's
/// management role). Stored by name; the Vietnamese titles live in the UI resources.
/// </summary>
public enum Role
{
    /// <summary>Chuyên viên.</summary>
    Specialist,

    /// <summary>Văn thư: registers and numbers documents (Nghị định 30, Art. 4.2b).</summary>
    Clerk,

    /// <summary>Lãnh đạo đơn vị: leads a unit and sees its subtree.</summary>
    UnitLeader,

    /// <summary>Lãnh đạo UBND: leads the city; sees everything.</summary>
    CityLeader,

    /// <summary>Cán bộ quản lý dữ liệu.</summary>
    DataOfficer,

    /// <summary>Quản trị hệ thống: manages units, people, roles and the calendar.</summary>
    Administrator,

    /// <summary>Tổ chức khai thác dữ liệu: an outside requester of data (Art. 27.2).</summary>
    DataRequester,
}

public static class Roles
{
    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    /// <summary>Vietnamese title of a role; the same text the UI resources hold for vi-VN.</summary>
    public static string Title(Role role) => role switch
    {
        Role.Specialist => "Chuyên viên",
        Role.Clerk => "Văn thư",
        Role.UnitLeader => "Lãnh đạo đơn vị",
        Role.CityLeader => "Lãnh đạo UBND",
        Role.DataOfficer => "Cán bộ quản lý dữ liệu",
        Role.Administrator => "Quản trị hệ thống",
        Role.DataRequester => "Tổ chức khai thác dữ liệu",
    };
}
