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
            EnsureRoom(height);
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
