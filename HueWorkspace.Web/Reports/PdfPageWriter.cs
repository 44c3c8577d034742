using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HueWorkspace.Web.Reports;

/// <summary>
/// Flowing A4 text for printable forms: wraps paragraphs, draws simple ruled tables, and starts a new page when the
/// current one is full. Margins follow the usual administrative layout (Nghị định 30, Appendix I: 20–25 mm left).
/// </summary>
internal sealed class PdfPageWriter
{
    private const double Mm = 72 / 25.4;
    private readonly PdfDocument _document;
    private XGraphics _gfx = null!;
    private PdfPage _page = null!;

    private readonly bool _landscape;

    /// <param name="landscape">A4 across, for wide registers (Appendix IV: at least 10 columns).</param>
    public PdfPageWriter(PdfDocument document, bool landscape = false)
    {
        PdfFonts.EnsureInstalled();
        _document = document;
        _landscape = landscape;
        Left = (landscape ? 15 : 30) * Mm;
        NewPage();
    }

    public double Left { get; }

    public double Right => _page.Width.Point - 15 * Mm;

    public int PageCount => _document.PageCount;

    public double Width => Right - Left;

    public double Y { get; set; }

    public static XFont Font(double size, bool bold = false) => new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        if (_landscape)
        {
            _page.Orientation = PdfSharp.PageOrientation.Landscape;
        }

        _gfx = XGraphics.FromPdfPage(_page);
        Y = 20 * Mm;
    }

    public void Space(double points) => Y += points;

    /// <summary>Text wrapped to the width, left-aligned or centred in [x, x + width].</summary>
    public void Paragraph(string text, XFont font, double? x = null, double? width = null, bool center = false, double after = 4)
    {
        var left = x ?? Left;
        var w = width ?? Width;
        foreach (var line in Wrap(text, font, w))
        {
            EnsureRoom(font.GetHeight());
            var lineWidth = _gfx.MeasureString(line, font).Width;
            _gfx.DrawString(line, font, XBrushes.Black, center ? left + (w - lineWidth) / 2 : left, Y, XStringFormats.TopLeft);
            Y += font.GetHeight();
        }

        Y += after;
    }

    /// <summary>Two blocks side by side, each centred in its half (a form's header or its signatures).</summary>
    public void TwoColumns(IReadOnlyList<(string Text, XFont Font)> left, IReadOnlyList<(string Text, XFont Font)> right, double leftShare = 0.42)
    {
        var top = Y;
        var leftWidth = Width * leftShare;
        foreach (var (text, font) in left)
        {
            Paragraph(text, font, Left, leftWidth, center: true, after: 0);
        }

        var leftBottom = Y;
        Y = top;
        foreach (var (text, font) in right)
        {
            Paragraph(text, font, Left + leftWidth, Width - leftWidth, center: true, after: 0);
        }

        Y = Math.Max(Y, leftBottom) + 6;
    }

    public void Rule(double x1, double x2, double? y = null) => _gfx.DrawLine(new XPen(XColors.Black, 0.6), x1, y ?? Y, x2, y ?? Y);

    /// <summary>A ruled table; the first row is the header, in bold. Widths are shares of the text width.</summary>
    public void Table(IReadOnlyList<string[]> rows, double[] shares, double size = 10)
    {
        var widths = shares.Select(s => s / shares.Sum() * Width).ToArray();
        var pen = new XPen(XColors.Black, 0.5);
        for (var r = 0; r < rows.Count; r++)
        {
            var font = Font(size, bold: r == 0);
            var cells = rows[r].Select((c, i) => Wrap(c, font, widths[i] - 6)).ToList();
            var height = cells.Max(c => c.Count) * font.GetHeight() + 6;
            // The header never stays alone at the foot of a page: room for it and a couple of rows, or a new page.
            EnsureRoom(r == 0 && rows.Count > 1 ? height * 3 : height);
            var x = Left;
            for (var c = 0; c < cells.Count; c++)
            {
                _gfx.DrawRectangle(pen, x, Y, widths[c], height);
                var y = Y + 3;
                foreach (var line in cells[c])
                {
                    _gfx.DrawString(line, font, XBrushes.Black, x + 3, y, XStringFormats.TopLeft);
                    y += font.GetHeight();
                }

                x += widths[c];
            }

            Y += height;
        }

        Y += 6;
    }

    /// <summary>Horizontal bars, one per label, the value written after each bar (the longest bar is the largest value).</summary>
    public void BarChart(IReadOnlyList<(string Label, double Value, string Text)> bars, XColor colour, double size = 9)
    {
        var font = Font(size);
        var labelWidth = Width * 0.34;
        var barRoom = Width - labelWidth - 40;
        var max = Math.Max(bars.Count == 0 ? 0 : bars.Max(b => b.Value), 1e-9);
        var brush = new XSolidBrush(colour);
        foreach (var (label, value, text) in bars)
        {
            var lines = Wrap(label, font, labelWidth - 6);
            var height = Math.Max(lines.Count * font.GetHeight(), 12) + 4;
            EnsureRoom(height);
            var y = Y + 2;
            foreach (var line in lines)
            {
                _gfx.DrawString(line, font, XBrushes.Black, Left, y, XStringFormats.TopLeft);
                y += font.GetHeight();
            }

            var length = Math.Max(value / max * barRoom, value > 0 ? 1 : 0);
            _gfx.DrawRectangle(brush, Left + labelWidth, Y + 3, length, 10);
            _gfx.DrawString(text, font, XBrushes.Black, Left + labelWidth + length + 4, Y + 2, XStringFormats.TopLeft);
            Y += height;
        }

        Y += 6;
    }

    /// <summary>Two series as paired columns over a row of labels (a trend), with a legend and the scale's maximum.</summary>
    public void ColumnChart(IReadOnlyList<string> labels, IReadOnlyList<double> first, IReadOnlyList<double> second, string firstName, string secondName,
        XColor firstColour, XColor secondColour, double height = 150)
    {
        var font = Font(8);
        EnsureRoom(height + 40);
        var max = Math.Max(Math.Max(first.DefaultIfEmpty(0).Max(), second.DefaultIfEmpty(0).Max()), 1);
        var top = Y;
        var axisX = Left + 24;
        var bottom = top + height;
        var pen = new XPen(XColors.Gray, 0.5);
        _gfx.DrawLine(pen, axisX, top, axisX, bottom);
        _gfx.DrawLine(pen, axisX, bottom, Right, bottom);
        _gfx.DrawString(max.ToString("0", System.Globalization.CultureInfo.InvariantCulture), font, XBrushes.Black, Left, top, XStringFormats.TopLeft);
        _gfx.DrawString("0", font, XBrushes.Black, Left, bottom - font.GetHeight(), XStringFormats.TopLeft);
        var slot = (Right - axisX) / Math.Max(labels.Count, 1);
        var bar = Math.Max(slot * 0.35, 0.5);
        var a = new XSolidBrush(firstColour);
        var b = new XSolidBrush(secondColour);
        var every = Math.Max(1, (int)Math.Ceiling(labels.Count / 16.0));
        for (var i = 0; i < labels.Count; i++)
        {
            var x = axisX + i * slot + slot * 0.15;
            var h1 = first[i] / max * height;
            var h2 = second[i] / max * height;
            _gfx.DrawRectangle(a, x, bottom - h1, bar, h1);
            _gfx.DrawRectangle(b, x + bar, bottom - h2, bar, h2);
            if (i % every == 0)
            {
                _gfx.DrawString(labels[i], font, XBrushes.Black, x, bottom + 2, XStringFormats.TopLeft);
            }
        }

        var legendY = bottom + 4 + font.GetHeight();
        _gfx.DrawRectangle(a, axisX, legendY + 2, 8, 8);
        _gfx.DrawString(firstName, font, XBrushes.Black, axisX + 12, legendY, XStringFormats.TopLeft);
        var second0 = axisX + 20 + _gfx.MeasureString(firstName, font).Width;
        _gfx.DrawRectangle(b, second0, legendY + 2, 8, 8);
        _gfx.DrawString(secondName, font, XBrushes.Black, second0 + 12, legendY, XStringFormats.TopLeft);
        Y = legendY + font.GetHeight() + 10;
    }

    public void Finish() => _gfx.Dispose();

    private void EnsureRoom(double height)
    {
        if (Y + height > _page.Height.Point - 20 * Mm)
        {
            NewPage();
        }
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
