namespace HueWorkspace.Domain.Documents;

/// <summary>Loại văn bản (Nghị định 30, Appendix III); labels in Texts.resx.</summary>
public enum DocumentType
{
    CongVan,
    QuyetDinh,
    ToTrinh,
    BaoCao,
    KeHoach,
    ThongBao,
    GiayMoi,
    ChiThi,
    NghiQuyet,
    Khac,
}

/// <summary>
/// How an incoming document arrived (Nghị định 30 Art. 20 and Appendix VI part II: the register records the way it was
/// received): on paper, by e-mail or fax, through this system from another unit (liên thông), or through the national
/// document exchange (Trục liên thông văn bản quốc gia).
/// </summary>
public enum ArrivalChannel
{
    Paper,
    Email,
    Fax,
    SystemExchange,
    NationalExchange,
}

/// <summary>Mức độ khẩn (Art. 4.2c, 23.1: urgent ones are registered and presented at once).</summary>
public enum DocumentUrgency
{
    Thuong,
    Khan,
    ThuongKhan,
    HoaToc,
}

/// <summary>Độ mật: Mật and above are read only by the people on the document's access list.</summary>
public enum DocumentConfidentiality
{
    Thuong,
    Mat,
    ToiMat,
    TuyetMat,
}

/// <summary>Where an incoming document stands (Art. 20–24).</summary>
public enum IncomingState
{
    /// <summary>Registered in the unit's register with its arrival number.</summary>
    Registered,

    /// <summary>Presented (trình) to a leader.</summary>
    Presented,

    /// <summary>The leader directed it: a lead unit, coordinators and deadlines, handled as a task.</summary>
    Directed,

    /// <summary>The leader marked it for information only (để biết, lưu).</summary>
    ForInformation,

    /// <summary>Returned to its sender as invalid or misaddressed, with a reason (Art. 21.2).</summary>
    Returned,

    /// <summary>Recalled by its sender in the system: withdrawn here, its files no longer served (Appendix VI §8).</summary>
    Recalled,
}

public enum IncomingOperation
{
    View,
    Present,
    Direct,
    Return,
}
