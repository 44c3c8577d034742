namespace HueWorkspace.Domain.Common;

/// <summary>Input checks that refuse bad input with a Vietnamese message naming the field.</summary>
public static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainException($"Vui lòng nhập {field}.");
        }

        return trimmed.Length > maxLength
            ? throw new DomainException($"{Capitalize(field)} không được dài quá {maxLength} ký tự.")
            : trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength
            ? throw new DomainException($"{Capitalize(field)} không được dài quá {maxLength} ký tự.")
            : trimmed;
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
