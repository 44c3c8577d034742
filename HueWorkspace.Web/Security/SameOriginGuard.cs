using HueWorkspace.Web.Auth.BuiltInProvider;

namespace HueWorkspace.Web.Security;

/// <summary>
/// Refuses a browser request that comes from a page of another origin where it could act with the user's cookies:
/// the live connections (<c>/_blazor</c>, <c>/hubs</c>: a WebSocket is not covered by CORS, and SameSite cookies do not
/// separate two ports of one host) and every state-changing method. The browser's <c>Origin</c> header (and
/// <c>Sec-Fetch-Site</c> where it is sent) must name this app; clients that send neither (the Hue-S app, the OIDC back
/// channel) are judged by their credentials alone. The OIDC callbacks are exempt: the SSO posts them from its own
/// origin and they carry their own state and nonce checks.
/// </summary>
public sealed class SameOriginGuard(PublicBaseUrl publicBaseUrl)
{
    public const string Message = "Yêu cầu đến từ một trang khác nên bị từ chối. Vui lòng thao tác trực tiếp trên HueWorkspace.";

    private static readonly PathString[] LivePaths = ["/_blazor", "/hubs"];

    private static readonly PathString[] Exempt = ["/signin-oidc", "/signout-callback-oidc"];

    public bool Allows(HttpContext context)
    {
        var request = context.Request;
        var live = LivePaths.Any(p => request.Path.StartsWithSegments(p));
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (!live && !unsafeMethod || Exempt.Any(p => request.Path.StartsWithSegments(p)))
        {
            return true;
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site")
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || IsOwn(origin, request);
    }

    private bool IsOwn(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(uri.GetLeftPart(UriPartial.Authority), own, StringComparison.OrdinalIgnoreCase)
            || publicBaseUrl.Configured is { } configured
                && string.Equals(uri.GetLeftPart(UriPartial.Authority), configured.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }
}

public static class SameOriginGuardExtensions
{
    public static IApplicationBuilder UseSameOriginGuard(this IApplicationBuilder app)
    {
        var guard = ActivatorUtilities.CreateInstance<SameOriginGuard>(app.ApplicationServices);
        return app.Use((context, next) =>
        {
            if (guard.Allows(context))
            {
                return next(context);
            }

            return Results.Problem(detail: SameOriginGuard.Message, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
        });
    }
}
