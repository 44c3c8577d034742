using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HueWorkspace.Tests.Integration;

/// <summary>
/// A browser-like HTTP client: keeps cookies, follows no redirect by itself, and can walk the whole
/// OpenID Connect sign-in (app → provider's sign-in page → authorization → form_post back to the app).
/// </summary>
public sealed partial class SignInClient : IDisposable
{
    private SignInClient(HttpClient http, CookieContainer cookies)
    {
        Http = http;
        Cookies = cookies;
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies { get; }

    public static SignInClient Create<T>(WebApplicationFactory<T> factory) where T : class
    {
        var cookies = new CookieContainer();
        var http = factory.CreateDefaultClient(new Uri("http://localhost/"), new CookieHandler(cookies));
        return new SignInClient(http, cookies);
    }

    /// <summary>
    /// A client behind a load balancer without sticky sessions: its requests go to <paramref name="nodes"/> in turn, so each
    /// step of a flow reaches another instance than the step before.
    /// </summary>
    public static SignInClient Across(params WorkspaceFactory[] nodes)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new CookieHandler(cookies) { InnerHandler = new RoundRobin(nodes.Select(n => n.Server.CreateHandler()).ToArray()) })
        {
            BaseAddress = new Uri("http://localhost/"),
        };
        return new SignInClient(http, cookies);
    }

    /// <summary>Which node answered each request, in order (for <see cref="Across"/>).</summary>
    private sealed class RoundRobin(HttpMessageHandler[] nodes) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker[] _invokers = nodes.Select(n => new HttpMessageInvoker(n)).ToArray();
        private int _next = -1;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _invokers[(int)((uint)Interlocked.Increment(ref _next) % (uint)_invokers.Length)].SendAsync(request, cancellationToken);
    }

    public string CookieHeader => Cookies.GetCookieHeader(new Uri("http://localhost/"));

    public bool HasAppSession => Cookies.GetCookies(new Uri("http://localhost/")).Any(c => c.Name.StartsWith("HueWorkspace.Auth", StringComparison.Ordinal));

    public bool HasProviderSession => Cookies.GetCookies(new Uri("http://localhost/")).Any(c => c.Name == "HueWorkspace.Sso");

    /// <summary>Opens <paramref name="path"/> anonymously and returns the provider's sign-in page it leads to.</summary>
    public async Task<LoginPage> StartAsync(string path = "/")
    {
        var response = await Http.GetAsync(path);
        Expect(response, HttpStatusCode.Redirect, "the app should send an anonymous user to the provider");
        response = await Http.GetAsync(response.Headers.Location);
        Expect(response, HttpStatusCode.Redirect, "the provider should send an unknown user to its sign-in page");
        var loginUrl = response.Headers.Location!;
        var html = await (await Http.GetAsync(loginUrl)).Content.ReadAsStringAsync();
        return new LoginPage(loginUrl.ToString(), html);
    }

    /// <summary>Posts the sign-in form; returns the raw response (a redirect on success).</summary>
    public Task<HttpResponseMessage> SubmitAsync(LoginPage page, string userName, string password) =>
        Http.PostAsync(page.Action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sso-login",
            ["__RequestVerificationToken"] = page.AntiforgeryToken,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));

    /// <summary>The whole sign-in; returns where the app finally sends the user.</summary>
    public async Task<Uri> SignInAsync(string userName, string password = "Hue@2026", string path = "/")
    {
        var page = await StartAsync(path);
        var response = await SubmitAsync(page, userName, password);
        Expect(response, HttpStatusCode.Redirect, "a correct password should lead back to the authorization endpoint");
        return await FinishAuthorizationAsync(response.Headers.Location!);
    }

    /// <summary>From the authorization endpoint to the app's callback (response_mode=form_post) and its redirect.</summary>
    public async Task<Uri> FinishAuthorizationAsync(Uri authorizeUrl)
    {
        var response = await Http.GetAsync(authorizeUrl);
        Expect(response, HttpStatusCode.OK, "the provider should answer with a form_post page");
        var html = await response.Content.ReadAsStringAsync();
        var action = FormAction().Match(html).Groups[1].Value;
        var fields = HiddenInput().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        response = await Http.PostAsync(WebUtility.HtmlDecode(action), new FormUrlEncodedContent(fields));
        Expect(response, HttpStatusCode.Redirect, "the app's callback should accept the code and redirect");
        return response.Headers.Location!;
    }

    /// <summary>Posts the sign-out form found on <paramref name="page"/> and follows the redirects to the end.</summary>
    public async Task<(HttpStatusCode Status, Uri Location)> SignOutAsync(string page = "/")
    {
        var html = await (await Http.GetAsync(page)).Content.ReadAsStringAsync();
        var token = Token(html);
        var response = await Http.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var location = new Uri("http://localhost/account/signout");
        for (var i = 0; i < 6 && response.StatusCode == HttpStatusCode.Redirect; i++)
        {
            location = new Uri(location, response.Headers.Location!);
            response = await Http.GetAsync(location);
        }

        return (response.StatusCode, location);
    }

    public static string Token(string html) => WebUtility.HtmlDecode(TokenInput().Match(html).Groups[1].Value);

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string because)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"Expected {status} because {because}, got {(int)response.StatusCode} ({response.RequestMessage?.RequestUri}).");
        }
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    public sealed record LoginPage(string Url, string Html)
    {
        public string AntiforgeryToken => Token(Html);

        public string Action => WebUtility.HtmlDecode(FormAction().Match(Html).Groups[1].Value);
    }

    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            var header = cookies.GetCookieHeader(uri);
            if (header.Length > 0)
            {
                request.Headers.Remove("Cookie");
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    cookies.SetCookies(uri, setCookie);
                }
            }

            return response;
        }
    }
}
