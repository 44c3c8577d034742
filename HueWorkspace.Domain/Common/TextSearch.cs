using System.Globalization;
using System.Text;

namespace HueWorkspace.Domain.Common;

/// <summary>
/// Search that ignores Vietnamese diacritics and case: "quyet dinh" finds "Quyết định", and đ matches d.
/// Entities keep a normalised copy of their searchable text so that the database does the filtering.
/// </summary>
public static class TextSearch
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(mapped))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(mapped);
        }

        return builder.ToString().TrimEnd();
    }

    public static string Join(params string?[] parts) => Normalize(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
}
