using System.Text;

namespace HueWorkspace.Web.Security;

/// <summary>
/// The one check for every "return to" address the app redirects to after sign-in, a language switch or a form.
/// </summary>
public static class LocalUrl
{
    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path on this site, else "/". The framework's rule (a single leading "/",
    /// not followed by "/" or "\", no control character anywhere: browsers drop tabs and line breaks, so "/\t/evil.example"
    /// would become "//evil.example"), and characters outside ASCII percent-encoded so the Location header stays valid
    /// (a Vietnamese search in a return address once answered 500).
    /// </summary>
    public static string OrHome(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/')
        {
            return "/";
        }

        if (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\')
        {
            return "/";
        }

        if (returnUrl.Any(char.IsControl))
        {
            return "/";
        }

        return EncodeNonAscii(returnUrl);
    }

    /// <summary>True when <paramref name="url"/> is already such a path, unchanged.</summary>
    public static bool IsLocal(string? url) => url is not null && OrHome(url) == url;

    private static string EncodeNonAscii(string url)
    {
        if (url.All(c => c < 128))
        {
            return url;
        }

        var builder = new StringBuilder(url.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value < 128)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
