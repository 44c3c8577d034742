using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// A signed-in person's full load of a page until it is live (docs/capacity.md §4): the app as its own process
/// (<see cref="AppProcess"/>), a Chromium context signed in as <c>khcn.lanhdao</c>, each load a new tab (the browser's
/// cache warm, as for someone who comes back to the page), timed by the page's own clock from the navigation's start to
/// the layout's live mark (with the navigation's own marks on the way: the HTML received, the document ready); bytes are everything the tab received until then — HTTP bodies as sent (compressed where they
/// are) and the circuit's WebSocket frames — read through Chromium's DevTools protocol. Warm server: three loads of each
/// page first; then the median of N.
/// </summary>
public static class PageLoadBenchmark
{
    private static readonly string[] Pages = ["/", "/tasks", "/documents", "/dashboard", "/notifications"];

    public static async Task RunAsync(int loads)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(AppProcess.Chromium);
        await using var app = await AppProcess.StartAsync(AppProcess.App);
        var context = await app.SignedInAsync(browser, "khcn.lanhdao");
        Console.WriteLine($"Signed-in full load to live, median of {loads} after 3 warm-up loads ({Harness.Machine()}):");
        Console.WriteLine("| page | HTML received | document ready | live (median) | live (slowest) | bytes per load |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var path in Pages)
        {
            for (var i = 0; i < 3; i++)
            {
                await LoadAsync(context, path);
            }

            var samples = new List<(double Ms, long Bytes, double Html, double Ready)>();
            for (var i = 0; i < loads; i++)
            {
                samples.Add(await LoadAsync(context, path));
            }

            var times = samples.Select(s => s.Ms).Order().ToList();
            var bytes = samples.Select(s => s.Bytes).Order().ToList();
            var html = samples.Select(s => s.Html).Order().ToList();
            var ready = samples.Select(s => s.Ready).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{path}` | {html[html.Count / 2]:F0} ms | {ready[ready.Count / 2]:F0} ms | {times[times.Count / 2]:F0} ms | {times[^1]:F0} ms | {bytes[bytes.Count / 2] / 1024.0:F0} KB |"));
        }

        await context.CloseAsync();
    }

    private static async Task<(double Ms, long Bytes, double Html, double Ready)> LoadAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        long received = 0;
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
            Interlocked.Add(ref received, (long)(e?.GetProperty("encodedDataLength").GetDouble() ?? 0));
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => Interlocked.Add(ref received, FrameBytes(e));
        await cdp.SendAsync("Network.enable");
        await page.GotoAsync(path);
        await AppProcess.LiveAsync(page);
        var ms = await page.EvaluateAsync<double>("() => performance.now()");
        var bytes = Interlocked.Read(ref received);
        // The navigation's own marks: the page's HTML fully received, and the document parsed with its scripts run.
        var marks = await page.EvaluateAsync<double[]>(
            "() => { const n = performance.getEntriesByType('navigation')[0]; return [n.responseEnd, n.domContentLoadedEventEnd]; }");
        await page.CloseAsync();
        return (ms, bytes, marks[0], marks[1]);
    }

    // A text frame's payload is its text; a binary one (Blazor's circuit speaks MessagePack) comes base64-encoded.
    private static long FrameBytes(JsonElement? e)
    {
        if (e?.GetProperty("response") is not { } response)
        {
            return 0;
        }

        var payload = response.GetProperty("payloadData").GetString() ?? "";
        return response.GetProperty("opcode").GetDouble() == 2 ? payload.Length * 3L / 4 : System.Text.Encoding.UTF8.GetByteCount(payload);
    }
}
