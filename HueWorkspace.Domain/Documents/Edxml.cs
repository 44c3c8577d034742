using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Documents;

/// <summary>An organisation as edXML names it: its identifier code (mã định danh) and name.</summary>
public sealed record EdxmlOrgan(string OrganId, string OrganName);

public sealed record EdxmlAttachment(string Name, string ContentType, byte[] Content);

/// <summary>The fields of an exchange package this product writes and reads (see README, "National document exchange").</summary>
public sealed record EdxmlPackage(
    string DocumentId,
    EdxmlOrgan From,
    IReadOnlyList<EdxmlOrgan> To,
    int CodeNumber,
    string CodeNotation,
    string Place,
    DateOnly PromulgationDate,
    DocumentType Type,
    string Subject,
    string? Competence,
    string? Position,
    string SignerName,
    IReadOnlyList<string> ToPlaces,
    DocumentUrgency Urgency,
    string? ResponseFor,
    IReadOnlyList<EdxmlAttachment> Attachments)
{
    /// <summary>Số, ký hiệu as written on the document: "15/QĐ-UBND".</summary>
    public string NumberSymbol => $"{CodeNumber:00}/{CodeNotation}";

    /// <summary>The signer as the incoming register shows it: "KT. Trần Thị Thu Hà".</summary>
    public string Signer => string.IsNullOrWhiteSpace(Competence) ? SignerName : $"{Competence} {SignerName}";
}

/// <summary>
/// The exchange package of QCVN 102:2016/BTTTT (edXML, as amended in 2022) for the national document-exchange axis: the
/// envelope's header (MessageHeader: From, To, DocumentId, Code, PromulgationInfo, DocumentType, Subject, SignerInfo,
/// ToPlaces, OtherInfo/Priority, ResponseFor; TraceHeaderList) and a body whose Manifest references each attachment,
/// carried base64-encoded in the same file. Reading refuses DTDs (no entity expansion) and says in Vietnamese what is
/// missing. The XML signature of the axis is applied by the signer's certificate outside the product.
/// </summary>
public static class Edxml
{
    public static readonly XNamespace Ns = "http://www.e-doc.vn/Schema/";

    public const string ContentType = "application/xml";

    /// <summary>Mức độ khẩn in OtherInfo/Priority: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc.</summary>
    private static int Priority(DocumentUrgency urgency) => urgency switch
    {
        DocumentUrgency.Khan => 1,
        DocumentUrgency.ThuongKhan => 2,
        DocumentUrgency.HoaToc => 3,
        DocumentUrgency.Thuong => 0,
    };

    public static byte[] Write(EdxmlPackage p, DateTime nowUtc)
    {
        static XElement Organ(string name, EdxmlOrgan o) => new(Ns + name,
            new XElement(Ns + "OrganId", o.OrganId),
            new XElement(Ns + "OrganizationInCharge", o.OrganName),
            new XElement(Ns + "OrganName", o.OrganName),
            new XElement(Ns + "OrganAdd"), new XElement(Ns + "Email"), new XElement(Ns + "Telephone"), new XElement(Ns + "Fax"), new XElement(Ns + "Website"));

        var header = new XElement(Ns + "MessageHeader",
            Organ("From", p.From),
            p.To.Select(t => Organ("To", t)),
            new XElement(Ns + "DocumentId", p.DocumentId),
            new XElement(Ns + "Code", new XElement(Ns + "CodeNumber", p.CodeNumber.ToString("00", CultureInfo.InvariantCulture)), new XElement(Ns + "CodeNotation", p.CodeNotation)),
            new XElement(Ns + "PromulgationInfo", new XElement(Ns + "Place", p.Place), new XElement(Ns + "PromulgationDate", p.PromulgationDate.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture))),
            new XElement(Ns + "DocumentType",
                new XElement(Ns + "Type", p.Type is DocumentType.NghiQuyet ? 1 : 2),
                new XElement(Ns + "TypeName", DomainTexts.Label(p.Type, DomainTexts.Vietnamese))),
            new XElement(Ns + "Subject", p.Subject),
            new XElement(Ns + "Content"),
            new XElement(Ns + "SignerInfo", new XElement(Ns + "Competence", p.Competence ?? ""), new XElement(Ns + "Position", p.Position ?? ""), new XElement(Ns + "FullName", p.SignerName)),
            new XElement(Ns + "DueDate"),
            new XElement(Ns + "ToPlaces", p.ToPlaces.Select(x => new XElement(Ns + "Place", x))),
            new XElement(Ns + "OtherInfo",
                new XElement(Ns + "Priority", Priority(p.Urgency)),
                new XElement(Ns + "SphereOfPromulgation"), new XElement(Ns + "TyperNotation"), new XElement(Ns + "PromulgationAmount", 1),
                new XElement(Ns + "PageAmount"), new XElement(Ns + "Appendixes", string.Join("; ", p.Attachments.Skip(1).Select(a => a.Name)))),
            p.ResponseFor is null ? null : new XElement(Ns + "ResponseFor", new XElement(Ns + "OrganId", p.From.OrganId), new XElement(Ns + "Code", p.ResponseFor)),
            new XElement(Ns + "SteeringType", 0));
        var trace = new XElement(Ns + "TraceHeaderList",
            new XElement(Ns + "TraceHeader", new XElement(Ns + "OrganId", p.From.OrganId), new XElement(Ns + "Timestamp", nowUtc.ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture))));
        var body = new XElement(Ns + "edXMLBody",
            new XElement(Ns + "Manifest", new XAttribute("version", "2.0"),
                p.Attachments.Select((a, i) => new XElement(Ns + "Reference",
                    new XElement(Ns + "ContentId", $"cid:{i + 1}"),
                    new XElement(Ns + "AttachmentName", a.Name),
                    new XElement(Ns + "Description", i == 0 ? "Văn bản chính" : "Phụ lục"),
                    new XElement(Ns + "ContentType", a.ContentType)))),
            p.Attachments.Select((a, i) => new XElement(Ns + "AttachmentEncoded",
                new XElement(Ns + "ContentId", $"cid:{i + 1}"),
                new XElement(Ns + "ContentTransferEncoded", "base64"),
                new XElement(Ns + "Content", Convert.ToBase64String(a.Content)))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "edXMLEnvelope", new XAttribute(XNamespace.Xmlns + "edXML", Ns), new XElement(Ns + "edXMLHeader", header, trace), body));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    public static EdxmlPackage Read(Stream content)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 200_000_000 });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            throw new DomainException("Tệp không phải gói tin edXML hợp lệ (không đọc được XML).");
        }

        var root = document.Root;
        if (root is null || root.Name != Ns + "edXMLEnvelope")
        {
            throw new DomainException("Tệp không phải gói tin edXML (thiếu edXMLEnvelope theo QCVN 102:2016/BTTTT).");
        }

        var header = root.Element(Ns + "edXMLHeader")?.Element(Ns + "MessageHeader") ?? throw Missing("MessageHeader");
        string Text(XElement? parent, string name, string label) =>
            parent?.Element(Ns + name)?.Value is { Length: > 0 } v ? v.Trim() : throw Missing(label);
        string? Optional(XElement? parent, string name) => parent?.Element(Ns + name)?.Value is { Length: > 0 } v ? v.Trim() : null;
        EdxmlOrgan Organ(XElement e) => new(Optional(e, "OrganId") ?? "", Text(e, "OrganName", "tên cơ quan"));

        var code = header.Element(Ns + "Code");
        if (!int.TryParse(Text(code, "CodeNumber", "số văn bản"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            throw new DomainException("Gói tin edXML có số văn bản (CodeNumber) không hợp lệ.");
        }

        if (!DateOnly.TryParseExact(Text(header.Element(Ns + "PromulgationInfo"), "PromulgationDate", "ngày ban hành"), ["yyyy/MM/dd", "yyyy-MM-dd", "dd/MM/yyyy"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new DomainException("Gói tin edXML có ngày ban hành (PromulgationDate) không hợp lệ.");
        }

        var typeName = TextSearch.Normalize(Optional(header.Element(Ns + "DocumentType"), "TypeName") ?? "");
        var type = Enum.GetValues<DocumentType>().FirstOrDefault(t => TextSearch.Normalize(DomainTexts.Label(t, DomainTexts.Vietnamese)) == typeName, DocumentType.Khac);
        var priority = Optional(header.Element(Ns + "OtherInfo"), "Priority");
        var urgency = priority switch { "1" => DocumentUrgency.Khan, "2" => DocumentUrgency.ThuongKhan, "3" or "4" => DocumentUrgency.HoaToc, _ => DocumentUrgency.Thuong };
        var signer = header.Element(Ns + "SignerInfo");
        var body = root.Element(Ns + "edXMLBody");
        var encoded = body?.Elements(Ns + "AttachmentEncoded").ToDictionary(e => Optional(e, "ContentId") ?? "", e => e.Element(Ns + "Content")?.Value ?? "") ?? [];
        var attachments = new List<EdxmlAttachment>();
        foreach (var reference in body?.Element(Ns + "Manifest")?.Elements(Ns + "Reference") ?? [])
        {
            var id = Text(reference, "ContentId", "mã tệp đính kèm");
            if (!encoded.TryGetValue(id, out var base64))
            {
                throw new DomainException($"Gói tin edXML thiếu nội dung của tệp đính kèm {id}.");
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw new DomainException($"Nội dung tệp đính kèm {id} trong gói tin edXML không hợp lệ.");
            }

            attachments.Add(new EdxmlAttachment(Text(reference, "AttachmentName", "tên tệp đính kèm"), Optional(reference, "ContentType") ?? "application/octet-stream", bytes));
        }

        if (attachments.Count == 0)
        {
            throw new DomainException("Gói tin edXML không có tệp văn bản đính kèm.");
        }

        return new EdxmlPackage(
            Optional(header, "DocumentId") ?? "",
            Organ(header.Element(Ns + "From") ?? throw Missing("From")),
            header.Elements(Ns + "To").Select(Organ).ToList(),
            number,
            Text(code, "CodeNotation", "ký hiệu văn bản"),
            Optional(header.Element(Ns + "PromulgationInfo"), "Place") ?? "",
            date,
            type,
            Text(header, "Subject", "trích yếu"),
            Optional(signer, "Competence"),
            Optional(signer, "Position"),
            Text(signer, "FullName", "người ký"),
            header.Element(Ns + "ToPlaces")?.Elements(Ns + "Place").Select(e => e.Value.Trim()).ToList() ?? [],
            urgency,
            Optional(header.Element(Ns + "ResponseFor"), "Code"),
            attachments);
    }

    private static DomainException Missing(string what) => new($"Gói tin edXML thiếu thông tin bắt buộc: {what}.");
}
