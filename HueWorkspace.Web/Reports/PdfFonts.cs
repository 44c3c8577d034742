using System.Reflection;
using PdfSharp.Fonts;

namespace HueWorkspace.Web.Reports;

/// <summary>
/// Serves the embedded Noto Sans to PDFsharp for every family name, so documents look the same on any machine and
/// Vietnamese marks (ế, ố, ừ) render on the page, not only in the extracted text (see STACK.md).
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Noto Sans";
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>PDFsharp takes one resolver per process, before the first font is used.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = new PdfFonts();
                _installed = true;
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "NotoSans-Bold" : "NotoSans-Regular");

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"HueWorkspace.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
