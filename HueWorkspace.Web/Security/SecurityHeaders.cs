namespace HueWorkspace.Web.Security;

/// <summary>
/// Headers on every response. The Content-Security-Policy lets the page run only the app's own scripts (Blazor and
/// MudBlazor are files under this origin; no inline script, no eval), connect only to itself (the circuit's WebSocket),
/// show only its own images (no tracking pixel in a task's Markdown) and post forms only to itself or the SSO.
/// MudBlazor sets element styles from script, so styles keep 'unsafe-inline' (styles cannot run code).
/// The built-in stand-in provider's protocol pages (<c>/connect/*</c>) are OpenIddict's and post themselves with an
/// inline script; the real SSO serves those from its own host under its own policy.
/// </summary>
public static class SecurityHeaders
{
    public static string Policy(string? ssoAuthority)
    {
        var formAction = "'self'";
        if (Uri.TryCreate(ssoAuthority, UriKind.Absolute, out var sso) && sso.Scheme is "http" or "https")
        {
            formAction += " " + sso.GetLeftPart(UriPartial.Authority);
        }

        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {formAction}",
            "frame-ancestors 'none'");
    }

    /// <summary>
    /// For the one kind of response the app shows inside its own pages (a document's PDF in an iframe): framing by the
    /// app itself is allowed, and the response may load nothing else.
    /// </summary>
    public static void AllowFramingBySelf(HttpResponse response)
    {
        response.Headers.XFrameOptions = "SAMEORIGIN";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'self'";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string? ssoAuthority)
    {
        var policy = Policy(ssoAuthority);
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (!context.Request.Path.StartsWithSegments("/connect"))
            {
                headers.ContentSecurityPolicy = policy;
            }

            return next(context);
        });
    }
}
