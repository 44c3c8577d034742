using System.Globalization;
using HueWorkspace.Domain.Common;
using PdfSharp.Pdf;

namespace HueWorkspace.Web.Reports;

/// <summary>
/// A real, Vietnamese, one-page official letter (the layout of Nghị định 30, Appendix I) for demo data and tests: what a
/// clerk would scan or receive, so the inline viewer and the register have something true to show.
/// </summary>
public static class SampleDocumentPdf
{
    public static byte[] Build(string issuer, string numberSymbol, DateOnly issued, string typeName, string excerpt, string signer)
    {
        var document = new PdfDocument();
        document.Info.Title = $"{typeName} {numberSymbol}";
        var w = new PdfPageWriter(document);
        var bold = PdfPageWriter.Font(12, bold: true);
        var normal = PdfPageWriter.Font(12);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        w.TwoColumns(
            [(issuer.ToUpper(vi), bold), ($"Số: {numberSymbol}", normal)],
            [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), ("Độc lập - Tự do - Hạnh phúc", bold)]);
        w.Paragraph($"Huế, ngày {issued:dd} tháng {issued:MM} năm {issued:yyyy}", PdfPageWriter.Font(12), x: w.Left + w.Width * 0.42, width: w.Width * 0.58, center: true);
        w.Space(10);
        w.Paragraph(typeName.ToUpper(vi), PdfPageWriter.Font(14, bold: true), center: true, after: 2);
        w.Paragraph(excerpt, PdfPageWriter.Font(12, bold: true), center: true, after: 12);
        w.Paragraph("Căn cứ Quyết định số 41/2024/QĐ-UBND của Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là thành phố Huế) ban hành Quy chế quản lý, vận hành và khai thác Nền tảng làm việc số;", normal);
        w.Paragraph($"{issuer} đề nghị các cơ quan, đơn vị nghiên cứu, triển khai thực hiện nội dung nêu trên và báo cáo kết quả đúng thời hạn. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về cơ quan ban hành để được hướng dẫn.", normal);
        w.Paragraph("Trân trọng./.", normal, after: 18);
        w.TwoColumns(
            [("Nơi nhận:", PdfPageWriter.Font(11, bold: true)), ("- Như trên;", PdfPageWriter.Font(11)), ("- Lưu: VT.", PdfPageWriter.Font(11))],
            [("KT. THỦ TRƯỞNG CƠ QUAN", bold), ("", normal), ("", normal), ("", normal), (signer, bold)],
            leftShare: 0.5);
        w.Finish();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public static byte[] Build(string title) => Build("Bộ Thông tin và Truyền thông", "01/BTTTT-CĐSQG", new DateOnly(2026, 11, 30), "Công văn", title, "Nguyễn Văn A");
}
