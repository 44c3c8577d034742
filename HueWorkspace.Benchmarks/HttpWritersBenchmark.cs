using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// Business writes through the whole HTTP pipeline, one writer and then many at once (issue 22): the app runs as its own
/// process (Release, Development settings, a fresh SQLite file with the demo organisation, background jobs off), the
/// demo people sign in through the built-in OpenID Connect provider in Chromium, and their cookies drive plain
/// <see cref="HttpClient"/>s. Each writer owns a task in progress and reports progress on it again and again through
/// <c>POST /api/tasks/{id}/actions/Report</c> (the version it saw from the previous answer): the rules, the audit, the
/// notification rows, the push to the task's audience and the answer with the task as it now stands — what a click on
/// "Báo cáo tiến độ" costs. Printed: the median, p95 and p99 of a write and the writes per second.
/// </summary>
public static class HttpWritersBenchmark
{
    public static async Task RunAsync(int writers, int each)
    {
        // HW_BENCH_DIR: where the file lives (the default temp folder may be memory-backed, where a commit costs no disk flush).
        await using var app = await AppProcess.StartAsync(AppProcess.App, new Dictionary<string, string>
        {
            ["Seeding__DemoDatasets"] = "false",
            ["Tasks__RemindersEnabled"] = "false",
            ["Dashboards__WeeklySummaryEnabled"] = "false",
            ["Datasets__JobEnabled"] = "false",
            ["DataRequests__JobEnabled"] = "false",
        }, Environment.GetEnvironmentVariable("HW_BENCH_DIR"));
        var baseUrl = app.BaseUrl;
        var database = Path.Combine(app.Data, "hw.db");
        Console.WriteLine($"App at {baseUrl}, SQLite file {database}; {Harness.Machine()}; {writers} writers × {each} writes");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(AppProcess.Chromium);
        using var leader = await SignInAsync(browser, app, "chutich");
        using var head = await SignInAsync(browser, app, "khcn.lanhdao");
        using var specialist = await SignInAsync(browser, app, "khcn.chuyenvien");

        var (unit, handler) = await IdsAsync(database);
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tasks = new List<(Guid Id, Guid Version)>();
        for (var i = 0; i < writers + 1; i++)
        {
            var created = await ReadAsync(await leader.PostAsJsonAsync("/api/tasks", new
            {
                title = $"Đo ghi đồng thời {i + 1}",
                description = "Báo cáo tiến độ liên tục qua HTTP.",
                lead = new { unitId = unit, dueDate = due },
            }));
            var id = created.GetProperty("id").GetGuid();
            var version = (await ReadAsync(await leader.GetAsync($"/api/tasks/{id}"))).GetProperty("version").GetGuid();
            version = await PostActionAsync(head, id, "AssignHandler", new { version, unitId = unit, handlerId = handler, dueDate = due });
            version = await PostActionAsync(specialist, id, "Start", new { version });
            tasks.Add((id, version));
        }

        // One writer alone (the task set aside), then every writer at once on its own task.
        var solo = tasks[^1];
        var alone = await WriteManyAsync(specialist, solo, 20, []);
        var aloneSamples = new List<double>();
        await WriteManyAsync(specialist, alone, each, aloneSamples);
        Print("one writer", aloneSamples, aloneSamples.Sum() / 1000);

        var warm = await Task.WhenAll(tasks.Take(writers).Select(t => WriteManyAsync(specialist, t, 3, [])));
        var samples = new List<double>[writers];
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => WriteManyAsync(specialist, warm[w], each, samples[w] = [])));
        watch.Stop();
        Print($"{writers} writers at once", samples.SelectMany(s => s).ToList(), watch.Elapsed.TotalSeconds);
    }

    private static void Print(string name, List<double> samples, double seconds)
    {
        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(samples.Count * q) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {samples.Count} | {At(0.5):F1} ms | {At(0.95):F1} ms | {At(0.99):F1} ms | {samples[^1]:F1} ms | {samples.Count / seconds:F0} /s |"));
    }

    /// <summary>Reports progress <paramref name="count"/> times in a row, each with the version the previous answer gave.</summary>
    private static async Task<(Guid Id, Guid Version)> WriteManyAsync(HttpClient client, (Guid Id, Guid Version) task, int count, List<double> samples)
    {
        var version = task.Version;
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            version = await PostActionAsync(client, task.Id, "Report", new { version, text = $"Báo cáo lần {i + 1}", percent = 1 + (i % 98) });
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (task.Id, version);
    }

    private static async Task<Guid> PostActionAsync(HttpClient client, Guid id, string operation, object body) =>
        (await ReadAsync(await client.PostAsJsonAsync($"/api/tasks/{id}/actions/{operation}", body))).GetProperty("version").GetGuid();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Signs in through the built-in provider's page and hands the session's cookies to a plain client.</summary>
    private static async Task<HttpClient> SignInAsync(IBrowser browser, AppProcess app, string userName)
    {
        await using var context = await app.SignedInAsync(browser, userName);
        var cookies = new CookieContainer();
        foreach (var cookie in await context.CookiesAsync())
        {
            cookies.Add(new System.Net.Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        var handler = new SocketsHttpHandler { CookieContainer = cookies, MaxConnectionsPerServer = 256, AllowAutoRedirect = false };
        return new HttpClient(handler) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The unit and the specialist of the demo's Department of Science and Technology, read from the app's file.</summary>
    private static async Task<(Guid Unit, Guid Handler)> IdsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        async Task<Guid> OneAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Guid.Parse((string)(await command.ExecuteScalarAsync())!);
        }

        return (await OneAsync("SELECT \"Id\" FROM \"Units\" WHERE \"Code\" = 'SKHCN'"),
            await OneAsync("SELECT \"Id\" FROM \"UserProfiles\" WHERE \"UserName\" = 'khcn.chuyenvien'"));
    }
}
