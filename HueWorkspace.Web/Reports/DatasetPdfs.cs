using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using PdfSharp.Pdf;

namespace HueWorkspace.Web.Reports;

/// <summary>Shared pieces of the catalogue's papers: the state heading and the footer.</summary>
internal static class DatasetPaper
{
    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static PdfPageWriter Start(PdfDocument document, string issuer, string title, bool landscape = false)
    {
        var w = new PdfPageWriter(document, landscape);
        var bold = PdfPageWriter.Font(12, bold: true);
        w.TwoColumns([(issuer.ToUpper(Vi), bold)], [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), ("Độc lập - Tự do - Hạnh phúc", bold)]);
        w.Space(10);
        foreach (var line in title.Split('\n'))
        {
            w.Paragraph(line, PdfPageWriter.Font(15, bold: true), center: true, after: 2);
        }

        w.Space(6);
        return w;
    }

    public static byte[] Finish(PdfDocument document, PdfPageWriter w, DateTime nowUtc, Guid? id = null, string? number = null)
    {
        w.Space(12);
        w.Paragraph(PaperFooter.Line(nowUtc, number, id), PdfPageWriter.Font(8));
        w.Finish();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public static string L<TEnum>(TEnum value) where TEnum : struct, Enum => DomainTexts.Label(value, DomainTexts.Vietnamese);
}

/// <summary>Giấy chứng nhận dữ liệu số đạt chuẩn (Decision 41 Art. 5), numbered, with its validity.</summary>
public static class DatasetCertificatePdf
{
    public static byte[] Build(DatasetDetail detail, DateTime nowUtc)
    {
        var d = detail.Dataset;
        var document = new PdfDocument();
        document.Info.Title = $"Giấy chứng nhận {d.CertificateNumber}";
        // The unit playing the platform authority's role is a setting of the organisation (RELATED-LAW.md), never a name in code.
        var w = DatasetPaper.Start(document, detail.PlatformAuthorityName, "GIẤY CHỨNG NHẬN\nDỮ LIỆU SỐ ĐẠT CHUẨN");
        var normal = PdfPageWriter.Font(12);
        w.Paragraph($"Số: {d.CertificateNumber}", normal, center: true, after: 12);
        w.Paragraph("Căn cứ Điều 5 Quy định quản lý, vận hành, khai thác nền tảng chuyển đổi số ban hành kèm theo Quyết định số 41/2024/QĐ-UBND; căn cứ kết quả thẩm định của Hội đồng xét duyệt,", normal, after: 8);
        w.Paragraph("CHỨNG NHẬN", PdfPageWriter.Font(13, bold: true), center: true, after: 8);
        w.Table(
        [
            ["Bộ dữ liệu", d.Name],
            ["Cơ quan chủ trì quản lý", detail.OwnerName],
            ["Loại dữ liệu", DatasetPaper.L(d.Type)],
            ["Mã trên nền tảng số hóa", d.PlatformIdentifier ?? "—"],
            ["Phạm vi", d.IsPublic ? "Công khai" : "Hạn chế"],
            ["Ngày chứng nhận", d.CertifiedOn is { } on ? VietnamTime.Format(on) : ""],
            ["Có giá trị đến", d.CertificateExpiresOn is { } to ? VietnamTime.Format(to) : ""],
        ], [32, 68], size: 11);
        w.Paragraph("là dữ liệu số đạt chuẩn của thành phố Huế. Giấy chứng nhận hết giá trị khi hết thời hạn kiểm tra định kỳ hằng năm.", normal, after: 16);
        w.TwoColumns([("", normal)], [($"Huế, ngày {d.CertifiedOn?.Day:00} tháng {d.CertifiedOn?.Month:00} năm {d.CertifiedOn?.Year}", normal), ("CƠ QUAN QUẢN LÝ NỀN TẢNG", PdfPageWriter.Font(12, bold: true))]);
        return DatasetPaper.Finish(document, w, nowUtc, d.Id);
    }
}

/// <summary>Biên bản họp Hội đồng xét duyệt (Art. 5.5): members, every member's verdict on each criterion and vote, the outcome.</summary>
public static class CouncilMinutesPdf
{
    public static byte[] Build(CouncilDetail detail, DateTime nowUtc)
    {
        var c = detail.Council;
        var document = new PdfDocument();
        document.Info.Title = $"Biên bản thẩm định {c.DatasetName}";
        var w = DatasetPaper.Start(document, "Hội đồng xét duyệt dữ liệu số", "BIÊN BẢN HỌP HỘI ĐỒNG XÉT DUYỆT\nDỮ LIỆU SỐ ĐẠT CHUẨN", landscape: true);
        var normal = PdfPageWriter.Font(11);
        var bold = PdfPageWriter.Font(12, bold: true);
        w.Paragraph($"Bộ dữ liệu: {c.DatasetName} — cơ quan chủ trì: {detail.OwnerName}", normal);
        w.Paragraph($"Ngày họp: {VietnamTime.Format(c.MeetingDate)}. Quy tắc quyết định: {DatasetPaper.L(c.Rule)}.", normal, after: 8);
        w.Paragraph("I. Thành phần hội đồng", bold);
        var members = new List<string[]> { new[] { "Thành viên", "Cơ quan", "Đại diện", "Vai trò" } };
        members.AddRange(detail.Members.Select(m => new[] { m.Member.Name, m.Member.UnitName, DatasetPaper.L(m.Member.Body), m.Member.IsChair ? "Chủ tịch hội đồng" : "Thành viên" }));
        w.Table(members, [25, 35, 25, 15]);
        w.Paragraph("II. Ý kiến theo các tiêu chí của Điều 5", bold);
        var header = new[] { "Thành viên" }.Concat(Council.Criteria.Select(k => DatasetPaper.L(k))).ToArray();
        var checks = new List<string[]> { header };
        checks.AddRange(detail.Members.Select(m => new[] { m.Member.Name }.Concat(Council.Criteria.Select(k =>
            m.Checks.FirstOrDefault(x => x.Criterion == k) is { } x ? DatasetPaper.L(x.Verdict) + (x.Note is null ? "" : $": {x.Note}") : "—")).ToArray()));
        w.Table(checks, [16, 16.8, 16.8, 16.8, 16.8, 16.8], size: 8);
        w.Paragraph("III. Biểu quyết", bold);
        var votes = new List<string[]> { new[] { "Thành viên", "Biểu quyết", "Lý do, ý kiến" } };
        votes.AddRange(detail.Members.Select(m => new[] { m.Member.Name, m.Vote is { } v ? DatasetPaper.L(v.Vote) : "Chưa biểu quyết", m.Vote?.Reason ?? "" }));
        w.Table(votes, [25, 15, 60]);
        w.Paragraph("IV. Kết luận", bold);
        w.Paragraph(c.State == CouncilState.Open ? "Hội đồng đang họp; chưa có kết luận."
            : c.Certified == true ? "Bộ dữ liệu ĐẠT CHUẨN dữ liệu số theo Điều 5." : $"Bộ dữ liệu KHÔNG ĐẠT. Lý do: {c.OutcomeReasons}", normal);
        if (c.ClosedAtUtc is { } closed)
        {
            w.Paragraph($"Chủ tịch hội đồng {c.ClosedByName} kết thúc phiên họp lúc {VietnamTime.FormatDateTime(closed)}.", normal);
        }

        return DatasetPaper.Finish(document, w, nowUtc, c.Id);
    }
}

/// <summary>Danh mục dữ liệu số đạt chuẩn (Art. 30): the published list, without state secrets.</summary>
public static class OpenDataCataloguePdf
{
    public static readonly string[] Columns = ["STT", "Tên bộ dữ liệu", "Cơ quan chủ trì", "Loại dữ liệu", "Số giấy chứng nhận", "Ngày chứng nhận", "Hiệu lực đến", "Dữ liệu mở"];

    public static byte[] Build(IReadOnlyList<CatalogueRow> rows, DateTime nowUtc)
    {
        var document = new PdfDocument();
        document.Info.Title = "Danh mục dữ liệu số đạt chuẩn";
        var w = DatasetPaper.Start(document, "UBND thành phố Huế", "DANH MỤC DỮ LIỆU SỐ ĐẠT CHUẨN", landscape: true);
        var table = new List<string[]> { Columns };
        table.AddRange(rows.Select((r, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture), r.Name, r.OwnerName, DatasetPaper.L(r.Type), r.CertificateNumber ?? "",
            r.CertifiedOn is { } on ? VietnamTime.Format(on) : "", r.ExpiresOn is { } to ? VietnamTime.Format(to) : "", r.Published ? "Có" : "Không",
        }));
        w.Table(table, [5, 30, 18, 14, 11, 8, 8, 6], size: 9);
        return DatasetPaper.Finish(document, w, nowUtc);
    }
}
