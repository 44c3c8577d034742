using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.DataRequests;
using PdfSharp.Pdf;

namespace HueWorkspace.Web.Reports;

/// <summary>The papers of a data request: the sharing agreement (Nghị định 47 Art. 38) and the refusal letter (Art. 27.2).</summary>
public static class DataRequestPdfs
{
    public static byte[] Agreement(RequestDetail detail, DateTime nowUtc)
    {
        var r = detail.Request;
        var document = new PdfDocument();
        document.Info.Title = $"Thỏa thuận chia sẻ dữ liệu {r.Number}";
        var w = DatasetPaper.Start(document, detail.OwnerName, "THỎA THUẬN CHIA SẺ DỮ LIỆU");
        var normal = PdfPageWriter.Font(11);
        w.Paragraph($"Theo yêu cầu số {r.Number} gửi qua E-Form ngày {(r.SubmittedAtUtc is { } s ? VietnamTime.FormatDate(s) : "")}; căn cứ Điều 27 Quyết định 41/2024/QĐ-UBND và Điều 38 Nghị định 47/2020/NĐ-CP.", normal, after: 8);
        w.Table(
        [
            ["1. Các bên", $"Bên cung cấp: {detail.OwnerName}. Bên khai thác: {detail.RequesterUnitName} (người liên hệ: {r.ContactName})."],
            ["2. Nội dung dữ liệu", $"{r.DatasetName ?? r.UncataloguedDescription}: {r.DataItems}"],
            ["3. Mục đích", r.Purpose],
            ["4. Nơi sử dụng", r.PlaceOfUse ?? ""],
            ["5. Thời hạn", $"Từ {VietnamTime.Format(r.AgreedFrom!.Value)} đến {VietnamTime.Format(r.AgreedTo!.Value)}"],
            ["6. Phương thức", DomainTexts.Label(r.Method, DomainTexts.Vietnamese)],
            ["7. Xử lý dữ liệu sau khi nhận", r.Processing ?? ""],
            ["8. Điều kiện", r.Conditions ?? "Không"],
            ["9. Cam kết của bên khai thác", "Không cung cấp cho bên thứ ba khi chưa được đồng ý; thông báo sai sót phát hiện trong dữ liệu; trả phí nếu có (Điều 28)."],
            ["10. Bảo đảm an toàn, bảo mật", r.Security ?? ""],
            ["11. Lưu trữ, dữ liệu phát sinh", r.Storage ?? ""],
            ["12. Xóa dữ liệu khi hết hạn", r.Deletion ?? ""],
        ], [28, 72], size: 10);
        return DatasetPaper.Finish(document, w, nowUtc, r.Id, r.Number is { } n ? $"Số yêu cầu: {n}" : null);
    }

    public static byte[] Refusal(RequestDetail detail, DateTime nowUtc) => Refusal(detail.Request, detail.OwnerName, detail.RequesterUnitName, nowUtc);

    /// <summary>The written refusal (Art. 27.2) from the owner unit to the requester.</summary>
    public static byte[] Refusal(DataRequest r, string ownerName, string requesterUnitName, DateTime nowUtc)
    {
        var document = new PdfDocument();
        document.Info.Title = $"Văn bản trả lời yêu cầu {r.Number}";
        var w = DatasetPaper.Start(document, ownerName, "V/v trả lời yêu cầu khai thác dữ liệu");
        var normal = PdfPageWriter.Font(12);
        w.Paragraph($"Kính gửi: {requesterUnitName}.", PdfPageWriter.Font(12, bold: true), after: 8);
        w.Paragraph($"{ownerName} nhận được yêu cầu khai thác dữ liệu số {r.Number} ngày {(r.SubmittedAtUtc is { } s ? VietnamTime.FormatDate(s) : "")} về {r.DatasetName ?? r.UncataloguedDescription}.", normal);
        w.Paragraph("Sau khi xem xét, đơn vị không cung cấp dữ liệu theo yêu cầu, vì lý do sau:", normal);
        w.Paragraph(r.RefusalReason ?? "", normal, after: 8);
        w.Paragraph("Văn bản này là văn bản trả lời theo Điều 27.2 Quyết định 41/2024/QĐ-UBND. Tổ chức có quyền khiếu nại theo quy định (Điều 28).", normal, after: 16);
        w.TwoColumns([("Nơi nhận:\n- Như trên;\n- Lưu: VT.", PdfPageWriter.Font(10))], [(ownerName.ToUpperInvariant(), PdfPageWriter.Font(12, bold: true))]);
        return DatasetPaper.Finish(document, w, nowUtc, r.Id, r.Number is { } n ? $"Số yêu cầu: {n}" : null);
    }
}
