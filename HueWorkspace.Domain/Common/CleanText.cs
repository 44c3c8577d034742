using System.Globalization;
using System.Text;

namespace HueWorkspace.Domain.Common;

/// <summary>
/// What every piece of free text typed by a person (or sent by a client) becomes before it is stored: Unicode
/// composed (NFC, so "Quyết" typed on a Mac equals "Quyết" typed on Windows), without control characters (NUL,
/// BEL, ESC…) and without the bidirectional controls that make <c>bao-cao‮fdp.txt</c> look like it ends in ".pdf".
/// Single-line text also loses line breaks and tabs (each becomes a space). <see cref="Guard"/> applies it, so every
/// field that goes through Guard is clean; file names go through it in <c>FileCheck</c>.
/// </summary>
public static class CleanText
{
    public static string Apply(string text, bool multiline = false)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        if (!composed.Any(c => !IsAllowed(c, multiline)))
        {
            return composed;
        }

        // CR LF and a lone CR are one line break.
        composed = composed.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (IsAllowed(c, multiline))
            {
                builder.Append(c);
            }
            else if (c is '\n' or '\t')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/> holds a character that <see cref="Apply"/> removes in any mode.</summary>
    public static bool HasForbidden(string text) => text.Any(c => c != '\r' && !IsAllowed(c, multiline: true));

    private static bool IsAllowed(char c, bool multiline)
    {
        if (c is '\n' or '\t')
        {
            return multiline;
        }

        if (IsBidiControl(c))
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control => false,
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            UnicodeCategory.Surrogate => true,
            UnicodeCategory.OtherNotAssigned => c is not ('\uFFFE' or '\uFFFF'),
            _ => true,
        };
    }

    /// <summary>LRM, RLM, ALM, the embeddings and overrides (U+202A–202E) and the isolates (U+2066–2069).</summary>
    private static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
