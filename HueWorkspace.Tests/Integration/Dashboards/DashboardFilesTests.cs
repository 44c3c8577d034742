using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Integration.Authorization;
using HueWorkspace.Tests.Integration.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Dashboards;

/// <summary>
/// The dashboard's PDF and spreadsheet through the HTTP pipeline: who may download them, for which unit, and that they
/// hold the figures the page shows.
/// </summary>
public sealed class DashboardFilesTests(DashboardFilesTests.Factory factory) : IClassFixture<DashboardFilesTests.Factory>
{
    public sealed class Factory : SignedInFactory;

    private Task<Guid> UnitAsync(string code) =>
        DemoActors.UnitIdAsync(factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), code);

    public static TheoryData<string, bool> People() => new()
    {
        { AuthorizationMatrixTests.Specialist, true },
        { AuthorizationMatrixTests.Clerk, true },
        { AuthorizationMatrixTests.UnitLeader, true },
        { AuthorizationMatrixTests.CityLeader, true },
        { AuthorizationMatrixTests.DataOfficer, true },
        { AuthorizationMatrixTests.Administrator, true },
        { AuthorizationMatrixTests.DataRequester, false },
        { AuthorizationMatrixTests.Unassigned, false },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task TheReportAndTheSpreadsheet_AreForCivilServantsOnly(string user, bool allowed)
    {
        var client = await factory.ClientAsync(user);
        var pdf = await client.Http.GetAsync("/dashboard/report.pdf");
        var xlsx = await client.Http.GetAsync("/dashboard/export.xlsx?period=Year");
        if (allowed)
        {
            Assert.Equal((HttpStatusCode.OK, "application/pdf"), (pdf.StatusCode, pdf.Content.Headers.ContentType!.MediaType));
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 4));
            Assert.Equal((HttpStatusCode.OK, HueWorkspace.Web.Reports.XlsxWriter.ContentType), (xlsx.StatusCode, xlsx.Content.Headers.ContentType!.MediaType));
        }
        else
        {
            Assert.NotEqual(HttpStatusCode.OK, pdf.StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, xlsx.StatusCode);
        }
    }

    [Fact]
    public async Task AUnitLeader_GetsTheirUnit_AndAnotherUnitById_IsNotFound_InVietnamese()
    {
        var client = await factory.ClientAsync(AuthorizationMatrixTests.UnitLeader);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/dashboard/report.pdf?unit={await UnitAsync("STC")}")).StatusCode);
        var other = await client.Http.GetAsync($"/dashboard/export.xlsx?unit={await UnitAsync("SXD")}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("Không tìm thấy đơn vị", await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSpreadsheet_HasASheetPerTable_WithTheFiguresOfThePage_AndThePdfSaysThemInVietnamese()
    {
        var client = await factory.ClientAsync(AuthorizationMatrixTests.CityLeader);
        var bytes = await client.Http.GetByteArrayAsync("/dashboard/export.xlsx?period=Year");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Chỉ tiêu", "Theo đơn vị", "Diễn biến", "Từ chối"], sheets);

        // The same figures as the domain gives the city leader for the year.
        var expected = await DashboardFor(AuthorizationMatrixTests.CityLeader, new DashboardQuery(PeriodKind.Year));
        var indicators = Rows(doc, "Chỉ tiêu");
        Assert.Equal(expected.Current.Tasks.Assigned.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
            indicators.Single(r => r[1] == "Việc được giao")[2]);
        var units = Rows(doc, "Theo đơn vị");
        Assert.Equal(expected.ByUnit.Count + 1, units.Count);
        Assert.Contains(units, r => r[0] == "Sở Tài chính");

        var pdf = await client.Http.GetByteArrayAsync("/dashboard/report.pdf?period=Year");
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join(" ", read.GetPages().Select(p => p.Text));
        foreach (var phrase in new[] { "BÁO CÁO ĐIỀU HÀNH", "UBND thành phố Huế", "Việc được giao", "Xếp hạng đơn vị", "Sở Tài chính" })
        {
            Assert.Contains(phrase, text);
        }
    }

    public static TheoryData<string> HostileAddresses() => new()
    {
        "/dashboard/report.pdf?day=9999-12-31",
        "/dashboard/export.xlsx?day=0001-01-01&period=Year",
        "/dashboard/report.pdf?period=99&unit=%00%01",
        "/dashboard/export.xlsx?day=2026-13-45&unit=" + Guid.Empty,
        "/api/tasks?tab=All&on=Assigned&to=9999-12-31&from=0001-01-01&unit=" + Guid.Empty + "&source=%01",
        "/api/tasks?tab=All&on=Completed&from=0001-01-01&unit=" + Guid.Empty,
        "/tasks/export.xlsx?tab=All&on=Assigned&from=0001-01-01&to=9999-12-31&source=documents",
        "/tasks/export.xlsx?tab=All&on=Completed&from=0001-01-01&to=9999-12-31&source=%01",
        "/api/data-requests?tab=All&on=Answered&from=0001-01-01&unit=" + Guid.Empty,
        "/api/datasets?on=Certified&to=9999-12-31&unit=" + Guid.Empty,
        "/tasks?tab=All&on=Completed&from=0001-01-01&to=9999-12-31&dueFrom=0001-01-01&dueTo=9999-12-31",
        "/documents/export.xlsx?from=0001-01-01&to=9999-12-31&unit=" + Guid.Empty,
        "/documents?from=0001-01-01&to=9999-12-31",
        "/outgoing/export.xlsx?tab=All&from=0001-01-01&to=9999-12-31",
        "/data-requests?tab=All&on=Answered&from=0001-01-01&to=9999-12-31",
        "/datasets?on=Published&from=0001-01-01&to=9999-12-31",
        "/api/documents?unit=" + Guid.Empty + "&from=0001-01-01&to=9999-12-31",
        "/api/outgoing?tab=All&unit=" + Guid.Empty + "&to=9999-12-31",
        "/dashboard?day=9999-12-31&period=7",
    };

    /// <summary>Addresses no page makes: a day at either end of the calendar, an undefined period, a unit that is not a unit
    /// (refused, or "not found" for a unit nobody has).</summary>
    [Theory]
    [MemberData(nameof(HostileAddresses))]
    public async Task AHostileAddress_IsRefusedInVietnamese_OrAnswered_NeverAServerError(string path)
    {
        var client = await factory.ClientAsync(AuthorizationMatrixTests.CityLeader);
        var response = await client.Http.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Contains("năm 2000", await BadRequestTests.AssertVietnameseProblemAsync(response));
        }
        else if (response.StatusCode == HttpStatusCode.NotFound)
        {
            Assert.Contains("Không tìm thấy đơn vị", await BadRequestTests.AssertVietnameseProblemAsync(response, HttpStatusCode.NotFound));
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        foreach (var list in new[] { "/dashboard", "/dashboard/export.xlsx", "/api/tasks?tab=All", "/api/documents" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(list)).StatusCode);
        }
    }

    [Fact]
    public async Task ADayOutsideTheYearsOfTheRecords_IsRefused_NotComputed()
    {
        var client = await factory.ClientAsync(AuthorizationMatrixTests.CityLeader);
        Assert.Contains("năm 2000", await BadRequestTests.AssertVietnameseProblemAsync(await client.Http.GetAsync("/dashboard/report.pdf?day=9999-12-31")));
        Assert.Contains("năm 2000", await BadRequestTests.AssertVietnameseProblemAsync(await client.Http.GetAsync("/dashboard/export.xlsx?day=1999-12-31")));
    }

    [Fact]
    public async Task DatesInTheSpreadsheets_AreDates_ShownDdMMyyyy_SoExcelSortsThem()
    {
        var client = await factory.ClientAsync(AuthorizationMatrixTests.CityLeader);
        using var dashboard = SpreadsheetDocument.Open(new MemoryStream(await client.Http.GetByteArrayAsync("/dashboard/export.xlsx?period=Month")), false);
        var expected = (await DashboardFor(AuthorizationMatrixTests.CityLeader, new DashboardQuery(PeriodKind.Month))).Trend[0].From;
        AssertDate(dashboard, "Diễn biến", expected);

        using var tasks = SpreadsheetDocument.Open(new MemoryStream(await client.Http.GetByteArrayAsync("/tasks/export.xlsx?tab=All")), false);
        var due = Cells(tasks, tasks.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First().Name!).Skip(1).First()[6];
        Assert.Equal(CellValues.Number, due.DataType?.Value ?? CellValues.Number);
        Assert.Null(due.InlineString);
        Assert.True(double.TryParse(due.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture, out _));

        static void AssertDate(SpreadsheetDocument doc, string sheet, DateOnly expected)
        {
            var cell = Cells(doc, sheet).Skip(1).First()[0];
            Assert.Null(cell.InlineString);
            Assert.Equal(expected, DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))));
            var format = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
            var style = format.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
            Assert.Equal("dd/mm/yyyy", format.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == style.NumberFormatId!.Value).FormatCode!.Value);
        }
    }

    private static List<Cell[]> Cells(SpreadsheetDocument doc, string sheet)
    {
        var part = (WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToArray()).ToList();
    }

    private Task<Dashboard> DashboardFor(string user, DashboardQuery query) => DashboardDrillDownTests.DashboardForAsync(factory.Services, user, query);

    private static List<string[]> Rows(SpreadsheetDocument doc, string sheet)
    {
        var part = (WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray()).ToList();
    }
}
