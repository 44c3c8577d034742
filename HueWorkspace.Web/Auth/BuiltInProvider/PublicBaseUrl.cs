using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HueWorkspace.Web.Auth.BuiltInProvider;

/// <summary>
/// The address the app is reached at: <c>Authentication:PublicBaseUrl</c> when set, otherwise the first
/// address the server listens on (wildcards read as localhost), otherwise http://localhost (test host).
/// The built-in provider and its client follow it, so any <c>--urls</c> works.
/// </summary>
public sealed class PublicBaseUrl(IServer server, IConfiguration configuration)
{
    /// <summary>The address set in configuration for a deployment behind a proxy; null when none is set.</summary>
    public Uri? Configured { get; } = configuration["Authentication:PublicBaseUrl"] is { Length: > 0 } configured
        ? new Uri(configured.TrimEnd('/') + "/")
        : null;

    public Uri Resolve() => Configured ?? Listening().FirstOrDefault() ?? new Uri("http://localhost/");

    /// <summary>Every address the server listens on, plus the localhost/127.0.0.1 twin of a loopback one.</summary>
    public IReadOnlyList<Uri> AllKnown()
    {
        var result = new List<Uri>();
        foreach (var uri in Listening().Prepend(Resolve()))
        {
            result.Add(uri);
            if (uri.IsLoopback)
            {
                var twin = new UriBuilder(uri) { Host = uri.Host == "localhost" ? "127.0.0.1" : "localhost" };
                result.Add(twin.Uri);
            }
        }

        return result.Distinct().ToList();
    }

    private IEnumerable<Uri> Listening()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var normalised = address.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal);
            if (Uri.TryCreate(normalised.TrimEnd('/') + "/", UriKind.Absolute, out var uri))
            {
                yield return uri;
            }
        }
    }
}
