using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Tasks;
using PdfSharp.Pdf;

namespace HueWorkspace.Web.Reports;

/// <summary>
/// "Phiếu giao việc": the printable assignment, laid out after the handling slip of Nghị định 30/2020/NĐ-CP
/// (Appendix IV) — organisation leader's direction with lead and coordinating units and a deadline each, then
/// each unit's handler and deadline, then the progress so far.
/// </summary>
public static class TaskSlipPdf
{
    public static byte[] Build(TaskDetail detail, DateTime nowUtc)
    {
        var task = detail.Task;
        var document = new PdfDocument();
        document.Info.Title = $"Phiếu giao việc - {task.Title}";
        document.Info.Author = "Nền tảng làm việc số thành phố Huế";
        var w = new PdfPageWriter(document);
        var small = PdfPageWriter.Font(11);
        var bold = PdfPageWriter.Font(12, bold: true);

        // The issuing body under its governing body, as on an administrative document (Nghị định 30, Appendix I).
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        List<(string, PdfSharp.Drawing.XFont)> issuer = detail.AssignerParentUnitName is { } above
            ? [(above.ToUpper(vi), small), (detail.AssignerUnitName.ToUpper(vi), bold)]
            : [(detail.AssignerUnitName.ToUpper(vi), bold)];
        w.TwoColumns(
            issuer,
            [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), ("Độc lập - Tự do - Hạnh phúc", bold)]);
        var created = VietnamTime.ToLocal(task.CreatedAtUtc);
        w.Paragraph($"Huế, ngày {created:dd} tháng {created:MM} năm {created:yyyy}", PdfPageWriter.Font(11), x: w.Left + w.Width * 0.42, width: w.Width * 0.58, center: true);
        w.Space(8);
        w.Paragraph("PHIẾU GIAO VIỆC", PdfPageWriter.Font(15, bold: true), center: true, after: 2);
        w.Paragraph(task.Title, PdfPageWriter.Font(12, bold: true), center: true, after: 10);

        var normal = PdfPageWriter.Font(11);
        w.Paragraph($"Người giao việc: {task.AssignerName} — {detail.AssignerUnitName}", normal);
        w.Paragraph($"Nguồn giao việc: {task.Source.Title(DomainTexts.Vietnamese)}{(task.SourceReference is null ? "" : $" ({task.SourceReference})")}", normal);
        if (detail.ParentTitle is not null)
        {
            w.Paragraph($"Thuộc công việc: {detail.ParentTitle}", normal);
        }

        w.Paragraph($"Mức độ: {task.Priority.Title(DomainTexts.Vietnamese)}    Hạn hoàn thành: {VietnamTime.Format(task.DueDate)}", normal, after: 8);

        w.Paragraph("1. Nội dung công việc", bold);
        var description = Markdig.Markdown.ToPlainText(task.Description).Trim();
        w.Paragraph(description.Length == 0 ? "(Không có mô tả chi tiết.)" : description, normal, after: 8);

        w.Paragraph("2. Đơn vị thực hiện, người xử lý và thời hạn", bold);
        var rows = new List<string[]> { new[] { "Đơn vị", "Vai trò", "Hạn của đơn vị", "Người xử lý", "Hạn của người xử lý" } };
        rows.AddRange(task.Units.OrderByDescending(u => u.IsLead).Select(u => new[]
        {
            u.UnitName,
            u.IsLead ? "Chủ trì" : "Phối hợp",
            VietnamTime.Format(u.DueDate),
            u.HandlerName ?? "Chưa phân công",
            u.HandlerDueDate is { } d ? VietnamTime.Format(d) : "",
        }));
        w.Table(rows, [34, 12, 16, 22, 16]);

        w.Paragraph("3. Tình hình thực hiện", bold);
        var status = $"Trạng thái: {task.State.Title(DomainTexts.Vietnamese)}; hoàn thành {task.Percent}%"
            + (detail.IsOverdue ? "; QUÁ HẠN" : task.IsClosed ? "" : detail.WorkingDaysLeft < 0
                ? $"; đã quá hạn {-detail.WorkingDaysLeft} ngày làm việc" : $"; còn {detail.WorkingDaysLeft} ngày làm việc")
            + (task.CompletedLate ? "; hoàn thành chậm so với hạn" : "") + ".";
        w.Paragraph(status, normal);
        if (task.StateReason is not null)
        {
            w.Paragraph($"Lý do: {task.StateReason}", normal);
        }

        var lastReports = detail.Timeline.Where(e => e.Kind is TaskEventKind.ProgressReported or TaskEventKind.Submitted).TakeLast(3).ToList();
        foreach (var e in lastReports)
        {
            w.Paragraph($"- {VietnamTime.FormatDate(e.AtUtc)}, {e.ActorName}: {e.Text}", normal, after: 2);
        }

        w.Space(16);
        w.TwoColumns(
            [("ĐƠN VỊ CHỦ TRÌ", bold), (task.Lead.UnitName, normal)],
            [("NGƯỜI GIAO VIỆC", bold), ("", normal), ("", normal), ("", normal), (task.AssignerName, bold)],
            leftShare: 0.5);
        w.Space(12);
        w.Paragraph(PaperFooter.Line(nowUtc, id: task.Id), PdfPageWriter.Font(8));
        w.Finish();

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
