using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Playwright;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// Managed heap per live circuit (docs/capacity.md): the app runs as its own process (Development, a fresh SQLite file
/// with the demo data), Chromium opens N tabs of one page, each with its own circuit; the heap after full compacting
/// collections with N circuits, minus the heap before them, divided by N. In the same run, the same measure on the
/// template Blazor Server app's Counter page (made with <c>dotnet new blazor --interactivity Server</c> in a temporary
/// folder, never committed) as the reference. Each scenario starts a fresh process, so circuits of an earlier
/// scenario (kept for reconnection after their tab closes) never count.
/// </summary>
public static class CircuitMemoryBenchmark
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task RunAsync(int tabs)
    {
        var root = Harness.RepositoryRoot;
        var work = Directory.CreateTempSubdirectory("hw-circuits-");
        try
        {
            var template = await BuildTemplateAsync(work.FullName);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("HW_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ChromiumArgs,
            });

            var app = Path.Combine(root, "HueWorkspace.Web", "bin", "Release", "net10.0", "HueWorkspace.Web.dll");
            var only = Environment.GetEnvironmentVariable("HW_CIRCUITS_ONLY");
            var results = new List<(string Scenario, double PerCircuitKb)>();
            foreach (var (scenario, dll, path, signIn) in new[]
                     {
                         ("Template app, /counter", template, "/counter", false),
                         ("HueWorkspace, home /", app, "/", true),
                         ("HueWorkspace, task list /tasks", app, "/tasks", true),
                     })
            {
                if (only is null || path == only)
                {
                    results.Add((scenario, await MeasureAsync(browser, dll, work.FullName, path, tabs, signIn)));
                }
            }
            Console.WriteLine();
            Console.WriteLine($"Managed heap per live circuit, {tabs} tabs each, after full compacting GCs:");
            foreach (var (scenario, kb) in results)
            {
                Console.WriteLine($"  {scenario,-34} {kb,8:F0} KB");
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<double> MeasureAsync(IBrowser browser, string dll, string work, string path, int tabs, bool signIn)
    {
        var port = Harness.FreePort();
        var data = Directory.CreateTempSubdirectory("hw-data-").FullName;
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
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        try
        {
            await WaitForAsync(http);
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "vi-VN" });
            if (signIn)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync("/");
                await page.WaitForURLAsync("**/sso/dang-nhap**");
                await page.GetByLabel("Tên đăng nhập").FillAsync("khcn.lanhdao");
                await page.GetByLabel("Mật khẩu").FillAsync("Hue@2026");
                await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
                await WaitLiveAsync(page, signIn);
                await page.CloseAsync();
            }

            // A warm-up tab (code paths jitted, caches filled); its circuit stays retained in both measures.
            var warm = await context.NewPageAsync();
            await warm.GotoAsync(path);
            await WaitLiveAsync(warm, signIn);
            await warm.CloseAsync();
            await Task.Delay(1000);
            var before = await HeapAsync(http);
            await HoldAsync(process, "before the tabs");

            var pages = new List<IPage>();
            for (var i = 0; i < tabs; i++)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(path);
                await WaitLiveAsync(page, signIn);
                pages.Add(page);
            }

            await Task.Delay(2000);
            var after = await HeapAsync(http);
            var perCircuit = (after - before) / (double)tabs / 1024;
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(dll)} {path}: heap {before / 1024} KB → {after / 1024} KB with {tabs} circuits: {perCircuit:F0} KB each");

            if (!dll.Contains("TemplateApp", StringComparison.Ordinal))
            {
                var census = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/_diag/circuits")).RootElement;
                Console.WriteLine($"  components per circuit: {census.GetProperty("componentsPerCircuit").GetDouble():F0}; most: " +
                    string.Join(", ", census.GetProperty("types").EnumerateArray().Take(CensusAll ? 200 : 12).Select(t => $"{t.GetProperty("key").GetString()} {t.GetProperty("perCircuit").GetDouble():F1}")));
            }

            await HoldAsync(process, "with the tabs open");
            await context.CloseAsync();
            return perCircuit;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>
    /// HW_CIRCUITS_HOLD=&lt;seconds&gt;: wait before and after opening the tabs, for a heap dump at each point
    /// (<c>dotnet-gcdump collect -p &lt;pid&gt;</c>; the difference of the two reports is what the circuits hold, by type).
    /// </summary>
    private static async Task HoldAsync(Process process, string when)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("HW_CIRCUITS_HOLD"), out var hold))
        {
            Console.WriteLine($"Holding {hold} s {when}; app pid {process.Id}");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
    }

    /// <summary>The circuit is live: our layout marks itself; the template's counter answers a click.</summary>
    private static async Task WaitLiveAsync(IPage page, bool ours)
    {
        if (ours)
        {
            await page.Locator("#app-root[data-interactive='true']").WaitForAsync(new() { Timeout = 60_000 });
        }
        else
        {
            var button = page.GetByRole(AriaRole.Button, new() { Name = "Click me" });
            for (var i = 0; i < 100; i++)
            {
                await button.ClickAsync();
                if (await page.GetByText("Current count: ").First.TextContentAsync() is { } text && !text.EndsWith(" 0", StringComparison.Ordinal))
                {
                    return;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("The template's counter never answered.");
        }
    }

    // HW_CENSUS_ALL=1: every component type of the census, not the twelve most numerous.
    private static readonly bool CensusAll = Environment.GetEnvironmentVariable("HW_CENSUS_ALL") == "1";

    private static async Task<long> HeapAsync(HttpClient http) =>
        long.Parse(await http.GetStringAsync("/_diag/heap"), CultureInfo.InvariantCulture);

    private static async Task WaitForAsync(HttpClient http)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync("/_diag/heap")).StatusCode == HttpStatusCode.OK)
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

    /// <summary>The template Blazor Server app (Counter page), with the same heap endpoint, built in Release.</summary>
    private static async Task<string> BuildTemplateAsync(string work)
    {
        var dir = Path.Combine(work, "template");
        await RunAsync("dotnet", ["new", "blazor", "--interactivity", "Server", "--name", "TemplateApp", "--output", dir], work);
        var program = Path.Combine(dir, "Program.cs");
        var code = await File.ReadAllTextAsync(program);
        code = code.Replace("app.Run();", """
            app.MapGet("/_diag/heap", () =>
            {
                for (var i = 0; i < 3; i++) { GC.Collect(2, GCCollectionMode.Forced, true, true); GC.WaitForPendingFinalizers(); }
                return GC.GetTotalMemory(true).ToString(System.Globalization.CultureInfo.InvariantCulture);
            });
            app.Run();
            """, StringComparison.Ordinal);
        await File.WriteAllTextAsync(program, code);
        await RunAsync("dotnet", ["build", "-c", "Release", "-v", "q", "-p:TreatWarningsAsErrors=false"], dir);
        return Path.Combine(dir, "bin", "Release", "net10.0", "TemplateApp.dll");
    }

    private static async Task RunAsync(string file, string[] args, string directory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {output}{error}");
        }
    }
}
