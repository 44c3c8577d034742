using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using PdfSharp.Pdf;

namespace HueWorkspace.Web.Reports;

/// <summary>
/// "Sổ đăng ký văn bản đi" for a period (Nghị định 30, Appendix IV), A4 across, with its ten columns: số ký hiệu, ngày
/// tháng, tên loại và trích yếu, người ký, nơi nhận, đơn vị/người nhận bản lưu, số lượng bản, ngày chuyển, ký nhận, ghi
/// chú. The secret series is listed after the ordinary one, as its own register.
/// </summary>
public static class OutgoingRegisterPdf
{
    public static readonly string[] Columns =
        ["Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung", "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú"];

    /// <summary>The register's row as printed (every cell text).</summary>
    public static string[] Cells(OutgoingRow r) => [.. Values(r).Select(XlsxWriter.Text)];

    /// <summary>The register's row for a spreadsheet: dates stay dates.</summary>
    public static object?[] Values(OutgoingRow r) =>
    [
        r.NumberSymbol ?? "", r.IssueDate,
        $"{DomainTexts.Label(r.Type, DomainTexts.Vietnamese)}: {r.Excerpt}",
        Signature(r.Capacity, r.SignerName),
        r.Recipients,
        $"{r.DrafterName} (bản lưu)",
        "1 (điện tử)",
        r.IssueDate,
        "",
        string.Join(", ", new[]
        {
            r.Urgency == DocumentUrgency.Thuong ? null : DomainTexts.Label(r.Urgency, DomainTexts.Vietnamese),
            r.Confidentiality == DocumentConfidentiality.Thuong ? null : DomainTexts.Label(r.Confidentiality, DomainTexts.Vietnamese),
            r.State == OutgoingState.Issued ? null : DomainTexts.Label(r.State, DomainTexts.Vietnamese),
        }.OfType<string>()),
    ];

    public static string Signature(SigningCapacity? capacity, string signer) =>
        capacity is { } c && c != SigningCapacity.Direct ? $"{SigningRules.Label(c)} {signer}" : signer;

    public static byte[] Build(string unitName, DateOnly from, DateOnly to, IReadOnlyList<OutgoingRow> rows, DateTime nowUtc)
    {
        var document = new PdfDocument();
        document.Info.Title = $"Sổ đăng ký văn bản đi {VietnamTime.Format(from)} - {VietnamTime.Format(to)}";
        var w = new PdfPageWriter(document, landscape: true);
        w.Paragraph(unitName.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), PdfPageWriter.Font(11, bold: true));
        foreach (var (secret, part) in rows.GroupBy(r => r.Confidentiality != DocumentConfidentiality.Thuong).OrderBy(g => g.Key).Select(g => (g.Key, g.ToList()))
                     .DefaultIfEmpty((false, new List<OutgoingRow>())))
        {
            w.Paragraph(secret ? "SỔ ĐĂNG KÝ VĂN BẢN ĐI (VĂN BẢN MẬT)" : "SỔ ĐĂNG KÝ VĂN BẢN ĐI", PdfPageWriter.Font(15, bold: true), center: true, after: 2);
            w.Paragraph($"Từ ngày {VietnamTime.Format(from)} đến ngày {VietnamTime.Format(to)} — {part.Count} văn bản", PdfPageWriter.Font(11), center: true, after: 8);
            var table = new List<string[]> { Columns };
            table.AddRange(part.Select(Cells));
            w.Table(table, [10, 8, 24, 11, 14, 10, 6, 7, 5, 7], size: 8);
            w.Space(8);
        }

        w.Paragraph(PaperFooter.Line(nowUtc), PdfPageWriter.Font(8));
        w.Finish();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
