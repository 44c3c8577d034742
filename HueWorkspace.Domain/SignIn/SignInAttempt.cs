using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.SignIn;

/// <summary>
/// One try at the built-in sign-in page: who was named, from which address, and whether the password was right.
/// Audited, so administrators see failed sign-ins with their address in the audit trail; the throttle counts them.
/// </summary>
public sealed class SignInAttempt : IAudited
{
    /// <inheritdoc />
    public string AuditLabel => UserName;

    public const int AddressMaxLength = 64;

    private SignInAttempt()
    {
        UserName = null!;
        Address = null!;
    }

    public Guid Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>The name as typed (lower case, cleaned, clipped): also names nobody has, to see a probe.</summary>
    public string UserName { get; private set; }

    public string Address { get; private set; }

    public bool Succeeded { get; private set; }

    internal static SignInAttempt Create(string userName, string address, bool succeeded, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        AtUtc = nowUtc,
        UserName = SignInThrottle.Normalise(userName),
        Address = address.Length <= AddressMaxLength ? address : address[..AddressMaxLength],
        Succeeded = succeeded,
    };
}
