namespace HueWorkspace.Web.Auth.BuiltInProvider;

public static class BuiltInProviderDefaults
{
    /// <summary>The provider's own session cookie: who signed in at the stand-in SSO, apart from the app's session.</summary>
    public const string SsoScheme = "HueWorkspace.Sso";

    /// <summary>Marks the stand-in SSO's own principal, so the app's claims transformation leaves it alone.</summary>
    public const string AccountClaim = "sso:account";

    public const string ClientId = "hueworkspace-web";

    public const string LoginPath = "/sso/dang-nhap";

    public const string AuthorizePath = "/connect/authorize";
}
