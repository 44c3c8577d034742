using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Tasks;
using PdfSharp.Pdf;

namespace HueWorkspace.Web.Reports;

/// <summary>
/// "Phiếu giải quyết văn bản đến" (Nghị định 30/2020/NĐ-CP, Appendix IV): the document's particulars, then the three
/// tiers filled from the system — the organisation leader's direction (lead unit, coordinators, a deadline each, date),
/// each unit leader's assignment (handler, deadline), and the handler's proposed resolution (the task's latest report).
/// </summary>
public static class IncomingSlipPdf
{
    public static byte[] Build(IncomingDetail detail, TaskDetail? task, DateTime nowUtc)
    {
        var d = detail.Document;
        var document = new PdfDocument();
        document.Info.Title = $"Phiếu giải quyết văn bản đến số {d.ArrivalLabel}";
        document.Info.Author = "Nền tảng làm việc số thành phố Huế";
        var w = new PdfPageWriter(document);
        var normal = PdfPageWriter.Font(11);
        var bold = PdfPageWriter.Font(12, bold: true);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        w.TwoColumns(
            [(detail.UnitName.ToUpper(vi), bold)],
            [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), ("Độc lập - Tự do - Hạnh phúc", bold)]);
        w.Space(10);
        w.Paragraph("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", PdfPageWriter.Font(15, bold: true), center: true, after: 10);

        w.Table(
        [
            ["Số đến", d.ArrivalLabel, "Ngày đến", VietnamTime.Format(d.ArrivalDate)],
            ["Số, ký hiệu", d.NumberSymbol, "Ngày ban hành", VietnamTime.Format(d.IssueDate)],
            ["Cơ quan ban hành", d.IssuerName, "Loại văn bản", DomainTexts.Label(d.Type, DomainTexts.Vietnamese)],
            ["Độ khẩn", DomainTexts.Label(d.Urgency, DomainTexts.Vietnamese), "Độ mật", DomainTexts.Label(d.Confidentiality, DomainTexts.Vietnamese)],
            ["Trích yếu", d.Excerpt, "Người ký", d.Signer ?? ""],
        ], [18, 40, 16, 26], size: 10);

        w.Paragraph("1. Ý kiến của lãnh đạo cơ quan, tổ chức", bold);
        if (d.State is IncomingState.Directed or IncomingState.ForInformation)
        {
            w.Paragraph(d.DirectionText ?? "", normal);
            if (d.Units.Count > 0)
            {
                var rows = new List<string[]> { new[] { "Đơn vị", "Vai trò", "Thời hạn giải quyết" } };
                rows.AddRange(d.Units.OrderByDescending(u => u.IsLead).Select(u => new[] { u.UnitName, u.IsLead ? "Chủ trì" : "Phối hợp", VietnamTime.Format(u.DueDate) }));
                w.Table(rows, [50, 20, 30]);
            }

            w.Paragraph($"{d.DirectedByName}, ngày {VietnamTime.FormatDate(d.DirectedAtUtc!.Value)}", normal, after: 8);
        }
        else
        {
            w.Paragraph(d.PresentedToName is null ? "(Chưa trình lãnh đạo.)" : $"(Đã trình {d.PresentedToName}, chờ ý kiến chỉ đạo.)", normal, after: 8);
        }

        w.Paragraph("2. Ý kiến của lãnh đạo đơn vị, bộ phận", bold);
        var units = task?.Task.Units.OrderByDescending(u => u.IsLead).ToList() ?? [];
        if (units.Count == 0)
        {
            w.Paragraph("(Chưa có.)", normal, after: 8);
        }
        else
        {
            var rows = new List<string[]> { new[] { "Đơn vị", "Người được giao giải quyết", "Thời hạn" } };
            rows.AddRange(units.Select(u => new[] { u.UnitName, u.HandlerName ?? "Chưa phân công", u.HandlerDueDate is { } due ? VietnamTime.Format(due) : "" }));
            w.Table(rows, [40, 40, 20]);
        }

        w.Paragraph("3. Ý kiến đề xuất của người giải quyết", bold);
        var proposals = task?.Timeline.Where(e => e.Kind is TaskEventKind.ProgressReported or TaskEventKind.Submitted).TakeLast(3).ToList() ?? [];
        if (proposals.Count == 0)
        {
            w.Paragraph("(Chưa có.)", normal);
        }

        foreach (var e in proposals)
        {
            w.Paragraph($"- {VietnamTime.FormatDate(e.AtUtc)}, {e.ActorName}: {e.Text}", normal, after: 2);
        }

        w.Space(12);
        w.Paragraph(PaperFooter.Line(nowUtc, $"Số đến: {d.ArrivalLabel}", d.Id), PdfPageWriter.Font(8));
        w.Finish();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}

/// <summary>
/// "Sổ đăng ký văn bản đến" for a period (Nghị định 30, Appendix IV), A4 across, with its eleven columns: số đến,
/// ngày đến, tác giả, số ký hiệu, ngày tháng, tên loại và trích yếu, đơn vị hoặc người nhận, ký nhận, độ khẩn/mật,
/// ý kiến chỉ đạo, ghi chú (trạng thái).
/// </summary>
public static class IncomingRegisterPdf
{
    public static readonly string[] Columns =
        ["Số đến", "Ngày đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ký nhận", "Độ khẩn, mật", "Ý kiến chỉ đạo", "Ghi chú"];

    /// <summary>The register's row as printed (every cell text).</summary>
    public static string[] Cells(IncomingRow r) => [.. Values(r).Select(XlsxWriter.Text)];

    /// <summary>The register's row for a spreadsheet: dates stay dates.</summary>
    public static object?[] Values(IncomingRow r) =>
    [
        r.ArrivalLabel, r.ArrivalDate, r.IssuerName, r.NumberSymbol, r.IssueDate,
        $"{DomainTexts.Label(r.Type, DomainTexts.Vietnamese)}: {r.Excerpt}",
        r.UnitNames.Length > 0 ? r.UnitNames : r.PresentedToName ?? "",
        "",
        string.Join(", ", new[] { r.Urgency == DocumentUrgency.Thuong ? null : DomainTexts.Label(r.Urgency, DomainTexts.Vietnamese), r.Confidentiality == DocumentConfidentiality.Thuong ? null : DomainTexts.Label(r.Confidentiality, DomainTexts.Vietnamese) }.OfType<string>()),
        r.DirectionText ?? "",
        DomainTexts.Label(r.State, DomainTexts.Vietnamese),
    ];

    public static byte[] Build(string unitName, DateOnly from, DateOnly to, IReadOnlyList<IncomingRow> rows, DateTime nowUtc)
    {
        var document = new PdfDocument();
        document.Info.Title = $"Sổ đăng ký văn bản đến {VietnamTime.Format(from)} - {VietnamTime.Format(to)}";
        var w = new PdfPageWriter(document, landscape: true);
        w.Paragraph(unitName.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), PdfPageWriter.Font(11, bold: true));
        w.Paragraph("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", PdfPageWriter.Font(15, bold: true), center: true, after: 2);
        w.Paragraph($"Từ ngày {VietnamTime.Format(from)} đến ngày {VietnamTime.Format(to)} — {rows.Count} văn bản", PdfPageWriter.Font(11), center: true, after: 8);
        var table = new List<string[]> { Columns };
        table.AddRange(rows.Select(Cells));
        w.Table(table, [6, 7, 11, 9, 7, 20, 11, 5, 6, 11, 7], size: 8);
        w.Paragraph(PaperFooter.Line(nowUtc), PdfPageWriter.Font(8));
        w.Finish();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
