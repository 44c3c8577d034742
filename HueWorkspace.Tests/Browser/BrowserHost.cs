using System.Net;
using System.Net.Sockets;
using HueWorkspace.Tests.Browser.Pages;
using HueWorkspace.Tests.Integration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HueWorkspace.Tests.Browser;

/// <summary>
/// One app host per browser-test collection: the real app under Kestrel on a free loopback port (the OIDC
/// authority and redirect addresses follow it), and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    /// <summary>
    /// A page is live once its circuit is: the layout marks an interactive page, a page the server renders without a
    /// circuit is live once its LivePage island is connected (docs/decisions/0012-all-day-pages.md).
    /// </summary>
    public const string LiveSelector = "#app-root[data-interactive='true'], #live-page[data-live='true']";

    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public WorkspaceFactory Factory { get; } = new() { OnKestrel = true };

    public string BaseUrl { get; private set; } = "";

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>When set, journeys save screenshots here for a person to look at.</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("HW_SCREENSHOTS");

    public async ValueTask InitializeAsync()
    {
        Factory.UseKestrel(FreePort());
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
        // Two cores shared with the other test collections: a live update can take more than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(20_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("HW_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser profile, signed in as <paramref name="userName"/>, on the home page with a live circuit.</summary>
    public Task<ShellPage> SignInAsync(string userName, string password = "Hue@2026", ViewportSize? viewport = null) =>
        SignInAsync(Browser, BaseUrl, userName, password, viewport);

    /// <summary>A fresh browser profile on <paramref name="baseUrl"/>, signed in, on the home page with a live circuit; <paramref name="cookies"/> set first.</summary>
    public static async Task<ShellPage> SignInAsync(IBrowser browser, string baseUrl, string userName, string password = "Hue@2026", ViewportSize? viewport = null,
        IEnumerable<Microsoft.Playwright.Cookie>? cookies = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = viewport ?? Accessibility.Desktop,
            HasTouch = viewport is { Width: <= 600 }, // a phone is tapped
        });
        if (cookies is not null)
        {
            await context.AddCookiesAsync(cookies);
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await new LoginPage(page).SignInAsync(userName, password);
        var shell = new ShellPage(page);
        await shell.WaitUntilInteractiveAsync();
        return shell;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (ScreenshotFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
