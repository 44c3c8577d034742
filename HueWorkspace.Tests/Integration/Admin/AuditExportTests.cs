using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HueWorkspace.Tests.Integration.Admin;

/// <summary>The audit trail's export: the administrator's only, in Vietnamese, filtered as the page filters, dates as dates.</summary>
public sealed class AuditExportTests(AuditExportTests.Factory factory) : IClassFixture<AuditExportTests.Factory>
{
    public sealed class Factory : SignedInFactory;

    [Fact]
    public async Task TheAdministrator_ExportsTheFilteredTrail_InVietnamese_AndNobodyElseCan()
    {
        var admin = await factory.ClientAsync("admin");
        var all = await admin.Http.GetAsync("/admin/audit.xlsx?type=Unit");
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(await all.Content.ReadAsByteArrayAsync()), false);
        var rows = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToArray()).ToList();
        Assert.Equal(["Thời điểm", "Người thực hiện", "Đơn vị", "Loại hồ sơ", "Hồ sơ", "Nội dung", "Chi tiết"], rows[0].Select(c => c.InnerText));
        Assert.True(rows.Count > 20, "every unit of the seed was created");
        Assert.All(rows.Skip(1), r => Assert.Equal("Đơn vị", r[3].InnerText));
        Assert.Contains(rows.Skip(1), r => r[4].InnerText == "Sở Tài chính" && r[5].InnerText == "Tạo mới");
        Assert.All(rows.Skip(1), r => Assert.Null(r[0].InlineString)); // the time is a date cell, not text

        var one = await admin.Http.GetByteArrayAsync("/admin/audit.xlsx?type=Unit&record=so+tai+chinh");
        using var narrowed = SpreadsheetDocument.Open(new MemoryStream(one), false);
        var found = narrowed.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().ElementAt(4).InnerText).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, name => Assert.Equal("Sở Tài chính", name));

        foreach (var user in new[] { "chutich", "khcn.lanhdao", "vnpt.khaithac" })
        {
            var refused = await (await factory.ClientAsync(user)).Http.GetAsync("/admin/audit.xlsx");
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        }
    }
}
