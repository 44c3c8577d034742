namespace HueWorkspace.Domain.SignIn;

/// <summary>
/// An account of the built-in stand-in sign-in provider, used only when no external SSO authority is
/// configured (docs/decisions/0001-built-in-sign-in-provider.md). It stands in for the city SSO / VNeID,
/// which lie outside the product: it proves identity and nothing else.
/// </summary>
public sealed class BuiltInAccount
{
    public const int UserNameMaxLength = 100;
    public const int PasswordMaxLength = 200;

    private BuiltInAccount()
    {
        UserName = null!;
        PasswordHash = null!;
        FullName = null!;
        Subject = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>Lower-case sign-in name.</summary>
    public string UserName { get; private set; }

    public string PasswordHash { get; private set; }

    public string FullName { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The <c>sub</c> claim issued for this account; stable for life.</summary>
    public string Subject { get; private set; }

    public static BuiltInAccount Create(string userName, string passwordHash, string fullName, string? email) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = userName.Trim().ToLowerInvariant(),
        PasswordHash = passwordHash,
        FullName = fullName,
        Email = email,
        Subject = SubjectFor(userName),
    };

    /// <summary>The subject issued for a sign-in name; demo profiles are seeded with it so they match at first sign-in.</summary>
    public static string SubjectFor(string userName) => "hue-sso:" + userName.Trim().ToLowerInvariant();
}
