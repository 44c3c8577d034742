namespace HueWorkspace.Domain.Common;

/// <summary>
/// Enum values read from a URL or a form: by name only, one name, and only names the enum defines ("99" is not an
/// operation; "HandledByMe,MyUnit" is not the tab their flags would add up to).
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && !char.IsAsciiDigit(text.TrimStart()[0]) && text.TrimStart()[0] != '-' && !text.Contains(',')
            && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
