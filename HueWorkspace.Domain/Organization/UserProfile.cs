using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Organization;

/// <summary>
/// A person of the workplace. The SSO proves who they are (subject, name, e-mail); their unit and roles
/// are managed here by administrators (Art. 16.3: one account for every platform).
/// </summary>
public sealed class UserProfile : IVersioned, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => FullName;

    public const int SubjectMaxLength = 200;
    public const int NameMaxLength = 150;
    public const int EmailMaxLength = 256;
    public const int UserNameMaxLength = 100;
    public const int PositionMaxLength = 150;

    private List<Role> _roles = [];

    private UserProfile()
    {
        Subject = null!;
        FullName = null!;
        SearchText = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The SSO's stable identifier (the <c>sub</c> claim).</summary>
    public string Subject { get; private set; }

    public string? UserName { get; private set; }

    public string FullName { get; private set; }

    public string? Email { get; private set; }

    public Guid? UnitId { get; private set; }

    /// <summary>Chức vụ as it is written under a signature and beside a name in a picker: "Chủ tịch UBND thành phố".</summary>
    public string? Position { get; private set; }

    public IReadOnlyList<Role> Roles => _roles;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? LastSignInUtc { get; private set; }

    public string SearchText { get; private set; }

    public Guid Version { get; set; }

    /// <summary>A person who may work: has a unit and at least one role. Others see only "waiting for assignment".</summary>
    public bool IsAssigned => UnitId is not null && _roles.Count > 0;

    /// <summary>The person as a picker names them: <see cref="PersonLabel.Of"/>.</summary>
    public string Label(string? unitName) => PersonLabel.Of(FullName, Position, unitName);

    public static UserProfile FromSignIn(string subject, string? fullName, string? email, string? userName, DateTime nowUtc)
    {
        var profile = new UserProfile
        {
            Id = Guid.CreateVersion7(),
            Subject = Guard.Required(subject, "định danh SSO", SubjectMaxLength),
            CreatedAtUtc = nowUtc,
            Version = Guid.NewGuid(),
        };
        profile.SyncFromSignIn(fullName, email, userName, nowUtc);
        return profile;
    }

    /// <summary>Keeps name and e-mail in step with the SSO at each sign-in.</summary>
    public void SyncFromSignIn(string? fullName, string? email, string? userName, DateTime nowUtc)
    {
        // What the SSO sends is shown to everyone: cleaned like anything typed here.
        fullName = Clean(fullName);
        email = Clean(email);
        userName = Clean(userName);
        FullName = Clip(string.IsNullOrWhiteSpace(fullName) ? userName ?? Subject : fullName, NameMaxLength);
        Email = string.IsNullOrWhiteSpace(email) ? null : Clip(email, EmailMaxLength);
        UserName = string.IsNullOrWhiteSpace(userName) ? null : Clip(userName, UserNameMaxLength);
        LastSignInUtc = nowUtc;
        SearchText = TextSearch.Join(FullName, UserName, Email);
    }

    /// <summary>True when a sign-in with these claims would change nothing but the time of the last sign-in.</summary>
    public bool MatchesSignIn(string? fullName, string? email, string? userName)
    {
        var probe = (UserProfile)MemberwiseClone();
        probe.SyncFromSignIn(fullName, email, userName, LastSignInUtc ?? default);
        return probe.FullName == FullName && probe.Email == Email && probe.UserName == UserName;
    }

    private static string? Clean(string? value) => value is null ? null : CleanText.Apply(value).Trim();

    public void Assign(Guid unitId, IEnumerable<Role> roles, string? position = null)
    {
        var distinct = roles.Select(r => Guard.Defined(r, "vai trò")).Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            throw new DomainException("Vui lòng chọn ít nhất một vai trò.");
        }

        UnitId = unitId;
        _roles = distinct;
        Position = Guard.Optional(position, "chức vụ", PositionMaxLength);
    }

    public void Unassign()
    {
        UnitId = null;
        _roles = [];
        Position = null;
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}
