using System.Text;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

/// <summary>The exchange package of QCVN 102:2016/BTTTT: what leaves is what arrives, field for field and byte for byte.</summary>
public sealed class EdxmlTests : OutgoingTest
{
    [Fact]
    public async Task AnIssuedDocument_ExportedAndImportedElsewhere_EqualsTheCopyTheSystemDelivered_FieldForField()
    {
        await ActAsAsync("khcn.chuyenvien");
        var command = await DraftCommandAsync(type: DocumentType.KeHoach, excerpt: "Kế hoạch đào tạo kỹ năng số cho cán bộ, công chức năm 2027")
            with { Attachments = [await StageAsync("phu-luc.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n% phụ lục\n%%EOF\n"))] };
        var id = await IssuedAsync(command);
        await ActAsAsync("khcn.vanthu");
        var (package, name) = await Exchange.ExportAsync(id);
        Assert.Equal("01-KH-SKHCN.edxml", name);

        // The ward is not a recipient: it receives the package from the axis and registers it.
        await ActAsAsync("phuxuan.vanthu");
        var (imported, number, read) = await Exchange.ImportAsync(new MemoryStream(package));
        Assert.Equal("1/2026", number);
        Assert.StartsWith("000.00.02.H57,", read.DocumentId);
        Assert.Equal("000.00.02.H57", read.From.OrganId);
        Assert.Equal(["000.00.01.H57", "000.00.05.H57"], read.To.Select(t => t.OrganId).Order());

        var delivered = await CopyAtAsync(id, "VPUBND");
        await using var db = Db.CreateDbContext();
        var mine = await db.IncomingDocuments.AsNoTracking().SingleAsync(d => d.Id == imported);
        Assert.Equal(
            (delivered.IssuerName, delivered.NumberSymbol, delivered.IssueDate, delivered.Type, delivered.Excerpt, delivered.Urgency, delivered.Confidentiality, delivered.Signer),
            (mine.IssuerName, mine.NumberSymbol, mine.IssueDate, mine.Type, mine.Excerpt, mine.Urgency, mine.Confidentiality, mine.Signer));
        var sent = await FileService.ListAsync(db, IncomingDocument.FilesArea, delivered.Id);
        var got = await FileService.ListAsync(db, IncomingDocument.FilesArea, imported);
        // The same files, byte for byte, the main one marked as main (rows made in one save share their time: compare as sets).
        Assert.Equal(sent.Select(f => (f.FileName, f.Sha256, f.PartId)).OrderBy(f => f.FileName), got.Select(f => (f.FileName, f.Sha256, f.PartId)).OrderBy(f => f.FileName));
    }

    [Fact]
    public async Task WriteThenRead_GivesBackEveryField()
    {
        var package = new EdxmlPackage("000.00.00.H57,2026/11/26,09:00:00,x", new EdxmlOrgan("000.00.00.H57", "UBND thành phố Huế"),
            [new EdxmlOrgan("000.00.02.H57", "Sở Khoa học và Công nghệ"), new EdxmlOrgan("000.00.05.H57", "Sở Tài chính")], 15, "QĐ-UBND", "Huế", Today,
            DocumentType.QuyetDinh, "Quyết định ban hành Quy chế \"dữ liệu mở\" & <chia sẻ>", "KT.", "Phó Chủ tịch", "Trần Thị Thu Hà",
            ["Sở Khoa học và Công nghệ", "Lưu: VT"], DocumentUrgency.ThuongKhan, "12/QĐ-UBND",
            [new EdxmlAttachment("quyet-dinh.pdf", "application/pdf", [1, 2, 3, 0, 255]), new EdxmlAttachment("phu-luc.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [9])]);
        var read = Edxml.Read(new MemoryStream(Edxml.Write(package, DateTime.UtcNow)));
        Assert.Equal(package with { To = [], ToPlaces = [], Attachments = [] }, read with { To = [], ToPlaces = [], Attachments = [] });
        Assert.Equal(package.To, read.To);
        Assert.Equal(package.ToPlaces, read.ToPlaces);
        Assert.Equal(package.Attachments.Select(a => (a.Name, a.ContentType, Convert.ToBase64String(a.Content))), read.Attachments.Select(a => (a.Name, a.ContentType, Convert.ToBase64String(a.Content))));
        Assert.Equal("15/QĐ-UBND", read.NumberSymbol);
        Assert.Equal("KT. Trần Thị Thu Hà", read.Signer);
    }

    [Theory]
    [InlineData("<x/>", "thiếu edXMLEnvelope")]
    [InlineData("not xml", "không đọc được XML")]
    [InlineData("<!DOCTYPE e [<!ENTITY a \"aaaa\">]><edXML:edXMLEnvelope xmlns:edXML=\"http://www.e-doc.vn/Schema/\">&a;</edXML:edXMLEnvelope>", "không đọc được XML")]
    [InlineData("<edXML:edXMLEnvelope xmlns:edXML=\"http://www.e-doc.vn/Schema/\"><edXML:edXMLHeader><edXML:MessageHeader/></edXML:edXMLHeader></edXML:edXMLEnvelope>", "số văn bản")]
    public void ABrokenPackage_IsRefusedInVietnamese(string xml, string expected)
    {
        var refused = Assert.Throws<DomainException>(() => Edxml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))));
        Assert.Contains(expected, refused.Message);
    }

    [Fact]
    public async Task ASecretDocument_NeverLeavesThroughTheAxis_AndADraftHasNoPackage()
    {
        await ActAsAsync("khcn.chuyenvien");
        var secret = await IssuedAsync(await DraftCommandAsync(secrecy: DocumentConfidentiality.Mat));
        await ActAsAsync("khcn.vanthu");
        Assert.Contains("Văn bản mật", (await Assert.ThrowsAsync<DomainException>(() => Exchange.ExportAsync(secret))).Message);
        var draft = await DraftAsync();
        Assert.Contains("đã ban hành", (await Assert.ThrowsAsync<DomainException>(() => Exchange.ExportAsync(draft))).Message);
    }

    [Fact]
    public async Task ThePackageOfADocumentAlreadyDelivered_WarnsAsADuplicate()
    {
        var id = await IssuedAsync();
        await ActAsAsync("khcn.vanthu");
        var (package, _) = await Exchange.ExportAsync(id);
        await ActAsAsync("vp.vanthu");
        var duplicate = await Assert.ThrowsAsync<DuplicateDocumentException>(() => Exchange.ImportAsync(new MemoryStream(package)));
        Assert.Equal((await CopyAtAsync(id, "VPUBND")).Id, duplicate.ExistingId);
    }
}
