using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HueWorkspace.Domain.Common;

namespace HueWorkspace.Web.Reports;

/// <summary>A sheet of a workbook: its name, a bold frozen header row, the rows, and column widths if wanted.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<object?[]> Rows, IReadOnlyList<double>? Widths = null);

/// <summary>.xlsx with a bold, frozen header row on each sheet: what a civil servant opens in Excel or LibreOffice.</summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <param name="rows">
    /// Cells are text, numbers or dates: text is written as inline strings, numbers as numbers, a <see cref="DateOnly"/> as a
    /// date shown dd/MM/yyyy and a <see cref="DateTime"/> (Vietnam wall time, <see cref="VietnamTime.ToLocal"/>) as a date
    /// and time shown dd/MM/yyyy HH:mm, so Excel sorts and filters them as dates.
    /// </param>
    public static byte[] Build(string sheetName, IReadOnlyList<string> headers, IEnumerable<object?[]> rows, IReadOnlyList<double>? widths = null) =>
        Build([new XlsxSheet(sheetName, headers, rows, widths)]);

    /// <summary>One workbook, one sheet per table (sheet names are cut to Excel's 31 characters).</summary>
    public static byte[] Build(IReadOnlyList<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { FontId = 1, ApplyFont = true },
                    new CellFormat { NumberFormatId = DateFormat, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = DateTimeFormat, ApplyNumberFormat = true }) { Count = 4 });
            styles.Stylesheet.InsertAt(new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = DateTimeFormat, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 2 }, 0);

            var list = new Sheets();
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var worksheet = new Worksheet();
                worksheet.Append(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
                if (sheet.Widths is { } widths)
                {
                    worksheet.Append(new Columns(widths.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })));
                }

                data.Append(Row(sheet.Headers.Cast<object?>().ToArray(), header: true));
                foreach (var row in sheet.Rows)
                {
                    data.Append(Row(row, header: false));
                }

                worksheet.Append(data);
                sheetPart.Worksheet = worksheet;
                list.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = id++, Name = sheet.Name.Length <= 31 ? sheet.Name : sheet.Name[..31] });
            }

            workbook.Workbook.AppendChild(list);
        }

        return stream.ToArray();
    }

    private static Row Row(object?[] values, bool header)
    {
        var row = new Row();
        foreach (var value in values)
        {
            Cell cell = value switch
            {
                int or long or double or decimal => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) },
                DateOnly date => new Cell { CellValue = new CellValue(Serial(date.ToDateTime(TimeOnly.MinValue))), StyleIndex = DateStyle },
                DateTime time => new Cell { CellValue = new CellValue(Serial(time)), StyleIndex = DateTimeStyle },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")) { Space = SpaceProcessingModeValues.Preserve }) },
            };
            if (header)
            {
                cell.StyleIndex = 1;
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>A cell as text, for the printed copy of the same rows: dates dd/MM/yyyy, times dd/MM/yyyy HH:mm.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        DateOnly date => VietnamTime.Format(date),
        DateTime time => time.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private const uint DateFormat = 164;
    private const uint DateTimeFormat = 165;
    private const uint DateStyle = 2;
    private const uint DateTimeStyle = 3;

    /// <summary>Excel's serial date: days since 30/12/1899, the time of day as the fraction.</summary>
    private static double Serial(DateTime value) => Math.Round(value.ToOADate(), 6);

    /// <summary>Inline strings are never evaluated as formulas; control characters (invalid in XML) are dropped.</summary>
    private static string Clean(string text) => new(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());
}
