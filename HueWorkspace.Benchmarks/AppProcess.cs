using System.Diagnostics;
using System.Net;
using Microsoft.Playwright;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// The app (or the template app) as its own process for the browser benchmarks: the Release build, Development
/// environment so the demo organisation and the built-in sign-in are there, a fresh SQLite file in a temporary folder,
/// the heap endpoint on (<c>/_diag/heap</c>, loopback only), on a free loopback port. Disposing stops it and deletes
/// the folder.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>Debian's Chromium, as the browser tests use it; the flags keep it quiet and comparable between runs.</summary>
    public static readonly BrowserTypeLaunchOptions Chromium = new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("HW_CHROMIUM") ?? "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    };

    /// <summary>The Release build of the app, beside the benchmark in the repository.</summary>
    public static string App { get; } = Path.Combine(Harness.RepositoryRoot, "HueWorkspace.Web", "bin", "Release", "net10.0", "HueWorkspace.Web.dll");

    private readonly string _data;

    private AppProcess(Process process, string baseUrl, string data)
    {
        Process = process;
        BaseUrl = baseUrl;
        _data = data;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
    }

    public Process Process { get; }

    public string BaseUrl { get; }

    /// <summary>A client of the app's own diagnostics (no sign-in).</summary>
    public HttpClient Http { get; }

    /// <summary>The folder of the app's SQLite file and stored files.</summary>
    public string Data => _data;

    /// <summary>
    /// Starts <paramref name="dll"/>; <paramref name="settings"/> are more configuration keys (as environment variables);
    /// <paramref name="root"/> is where its folder is made (a disk to measure; the system's temporary folder by default).
    /// </summary>
    public static async Task<AppProcess> StartAsync(string dll, IReadOnlyDictionary<string, string>? settings = null, string? root = null)
    {
        var port = Harness.FreePort();
        var data = root is null ? Directory.CreateTempSubdirectory("hw-data-").FullName : Path.Combine(root, $"hw-data-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Diagnostics__HeapEndpoint"] = "true";
        start.Environment["ConnectionStrings__Workspace"] = $"Data Source={Path.Combine(data, "hw.db")}";
        start.Environment["Files__Root"] = Path.Combine(data, "files");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Seeding__DemoDocuments"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("app: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, $"http://127.0.0.1:{port}", data);
        try
        {
            await app.WaitForAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>A browser context signed in through the built-in OpenID Connect provider (the whole flow, as a person).</summary>
    public async Task<IBrowserContext> SignedInAsync(IBrowser browser, string userName)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/sso/dang-nhap**");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync("Hue@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await LiveAsync(page);
        await page.CloseAsync();
        return context;
    }

    /// <summary>The page is live: the layout marks itself once its circuit is connected and settled.</summary>
    public static Task LiveAsync(IPage page) =>
        page.Locator("#app-root[data-interactive='true'], #live-page[data-live='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

    private async Task WaitForAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await Http.GetAsync("/_diag/heap")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The app did not start.");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
        Process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
