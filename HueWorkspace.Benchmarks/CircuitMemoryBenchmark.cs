using System.Diagnostics;
using System.Globalization;
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
    /// <summary>The pages a person keeps open all day (issue 23), each measured against the template in the same run.</summary>
    private static readonly string[] AllDay =
        ["/", "/tasks", "/documents", "/outgoing", "/data-requests", "/datasets", "/councils", "/dashboard", "/notifications"];

    public static async Task RunAsync(int tabs)
    {
        var work = Directory.CreateTempSubdirectory("hw-circuits-");
        try
        {
            var template = await BuildTemplateAsync(work.FullName);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(AppProcess.Chromium);

            // HW_CIRCUITS_ONLY=/documents,/tasks: those pages alone (the template is always measured).
            var only = Environment.GetEnvironmentVariable("HW_CIRCUITS_ONLY")?.Split(',');
            var results = new List<(string Path, double PerCircuitKb)>
            {
                ("template /counter", await MeasureAsync(browser, template, "/counter", tabs, signIn: false)),
            };
            foreach (var path in AllDay.Where(p => only is null || only.Contains(p)))
            {
                results.Add((path, await MeasureAsync(browser, AppProcess.App, path, tabs, signIn: true)));
            }

            Console.WriteLine();
            Console.WriteLine($"Managed heap per live circuit, {tabs} tabs each, after full compacting GCs ({Harness.Machine()}):");
            Console.WriteLine("| page | per circuit | ÷ template |");
            Console.WriteLine("| --- | --- | --- |");
            foreach (var (path, kb) in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{path}` | {kb:F0} KB | {kb / results[0].PerCircuitKb:F1}× |"));
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<double> MeasureAsync(IBrowser browser, string dll, string path, int tabs, bool signIn)
    {
        await using var app = await AppProcess.StartAsync(dll);
        var context = signIn
            ? await app.SignedInAsync(browser, "khcn.lanhdao")
            : await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "vi-VN" });

        // A warm-up tab (code paths jitted, caches filled); its circuit stays retained in both measures.
        var warm = await context.NewPageAsync();
        await warm.GotoAsync(path);
        await WaitLiveAsync(warm, signIn);
        await warm.CloseAsync();
        await Task.Delay(1000);
        var before = await HeapAsync(app.Http);
        await HoldAsync(app.Process, "before the tabs");

        var pages = new List<IPage>();
        for (var i = 0; i < tabs; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            await WaitLiveAsync(page, signIn);
            pages.Add(page);
        }

        await Task.Delay(2000);
        var after = await HeapAsync(app.Http);
        var perCircuit = (after - before) / (double)tabs / 1024;
        Console.WriteLine($"{Path.GetFileNameWithoutExtension(dll)} {path}: heap {before / 1024} KB → {after / 1024} KB with {tabs} circuits: {perCircuit:F0} KB each");

        if (signIn)
        {
            var census = System.Text.Json.JsonDocument.Parse(await app.Http.GetStringAsync("/_diag/circuits")).RootElement;
            Console.WriteLine($"  components per circuit: {census.GetProperty("componentsPerCircuit").GetDouble():F0}; most: " +
                string.Join(", ", census.GetProperty("types").EnumerateArray().Take(CensusAll ? 200 : 12).Select(t => $"{t.GetProperty("key").GetString()} {t.GetProperty("perCircuit").GetDouble():F1}")));
        }

        await HoldAsync(app.Process, "with the tabs open");
        await context.CloseAsync();
        return perCircuit;
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
            await AppProcess.LiveAsync(page);
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
