using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Web.Features.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HueWorkspace.Benchmarks;

/// <summary>
/// One notification to many live clients (docs/capacity.md): the app on Kestrel in this process (a fresh SQLite file,
/// the demo organisation), <c>hubClients</c> SignalR clients on WebSockets over loopback signed in as one person, and
/// <c>circuits</c> subscriptions to the app's <see cref="NotificationNotifier"/> for the same person — what each open
/// page's circuit holds. The app's own publisher sends one notification; every receipt's delay from the publish is
/// recorded. The reference, in the same run: the same number of clients on a bare SignalR hub (no authentication, no
/// groups) and one <c>Clients.All.SendAsync</c>.
/// </summary>
public static partial class FanOutBenchmark
{
    private sealed class AppFactory : WebApplicationFactory<NotificationHub>
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("hw-fanout-").FullName;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Workspace", $"Data Source={Path.Combine(Folder, "hw.db")}");
            builder.UseSetting("Files:Root", Path.Combine(Folder, "files"));
            builder.UseSetting("Seeding:DemoDocuments", "false");
            builder.UseSetting("Seeding:DemoDatasets", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Tasks:RemindersEnabled", "false");
        }
    }

    public sealed class BareHub : Hub;

    public static async Task RunAsync(int hubClients, int circuits, int broadcasts = 10)
    {
        Console.WriteLine($"{hubClients} hub clients and {circuits} circuits, {broadcasts} notifications; {Harness.Machine()}");
        var bare = await BareAsync(hubClients, broadcasts);
        var ours = await AppAsync(hubClients, circuits, broadcasts);
        Console.WriteLine();
        Console.WriteLine("| path | receipts | lost | p50 | p99 | max |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        Row("bare SignalR hub, Clients.All (reference)", bare, hubClients * broadcasts);
        Row("HueWorkspace hub clients (user group)", ours.Hub, hubClients * broadcasts);
        Row("HueWorkspace circuits (notifier queues)", ours.Circuits, circuits * broadcasts);
    }

    private static void Row(string name, List<double> delays, int expected)
    {
        delays.Sort();
        double At(double q) => delays.Count == 0 ? double.NaN : delays[Math.Min(delays.Count - 1, (int)Math.Ceiling(delays.Count * q) - 1)];
        Console.WriteLine($"| {name} | {delays.Count} | {expected - delays.Count} | {At(0.5):F1} ms | {At(0.99):F1} ms | {At(1):F1} ms |");
    }

    private static async Task<List<double>> BareAsync(int clients, int broadcasts)
    {
        var port = Harness.FreePort();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSignalR();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.MapHub<BareHub>("/bare");
        await app.StartAsync();
        var delays = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var sentAt = 0L;
        var connections = await ConnectAsync(clients, () => new HubConnectionBuilder()
            .WithUrl($"http://127.0.0.1:{port}/bare", o => { o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; }).Build(),
            c => c.On<int>("m", _ => delays.Add((clock.ElapsedTicks - Interlocked.Read(ref sentAt)) * 1000.0 / Stopwatch.Frequency)));
        var hub = app.Services.GetRequiredService<IHubContext<BareHub>>();
        for (var i = 0; i < broadcasts; i++)
        {
            Interlocked.Exchange(ref sentAt, clock.ElapsedTicks);
            await hub.Clients.All.SendAsync("m", i);
            await WaitAsync(() => delays.Count >= clients * (i + 1));
        }

        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        await app.StopAsync();
        return [.. delays];
    }

    private static async Task<(List<double> Hub, List<double> Circuits)> AppAsync(int clients, int circuits, int broadcasts)
    {
        await using var factory = new AppFactory();
        var port = Harness.FreePort();
        factory.UseKestrel(port);
        factory.StartServer();
        var baseUrl = $"http://127.0.0.1:{port}";
        var cookies = await SignInAsync(baseUrl, "khcn.lanhdao");
        Guid person;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<Domain.Persistence.WorkspaceDbContext>>().CreateDbContextAsync())
        {
            person = await db.UserProfiles.Where(p => p.UserName == "khcn.lanhdao").Select(p => p.Id).SingleAsync();
        }

        var clock = Stopwatch.StartNew();
        var sentAt = 0L;
        double Since() => (clock.ElapsedTicks - Interlocked.Read(ref sentAt)) * 1000.0 / Stopwatch.Frequency;
        var hubDelays = new ConcurrentBag<double>();
        var circuitDelays = new ConcurrentBag<double>();
        var notifier = factory.Services.GetRequiredService<NotificationNotifier>();
        var subscriptions = Enumerable.Range(0, circuits).Select(_ => notifier.Subscribe(person, batch =>
        {
            foreach (var e in batch.Where(e => e.Created is not null))
            {
                circuitDelays.Add(Since());
            }

            return Task.CompletedTask;
        })).ToList();
        var connections = await ConnectAsync(clients, () => new HubConnectionBuilder()
            .WithUrl(baseUrl + NotificationHub.Path, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.Headers["Cookie"] = cookies;
            }).Build(),
            c => c.On<object>("notification", _ => hubDelays.Add(Since())));
        var publisher = factory.Services.GetRequiredService<INotificationPublisher>();
        for (var i = 0; i < broadcasts; i++)
        {
            var message = new NotificationMessage(Guid.NewGuid(), person, NotificationKinds.TaskAssigned, "text", ["Đo độ trễ"], "/tasks", DateTime.UtcNow);
            Interlocked.Exchange(ref sentAt, clock.ElapsedTicks);
            await publisher.PublishAsync([message]);
            await WaitAsync(() => hubDelays.Count >= clients * (i + 1) && circuitDelays.Count >= circuits * (i + 1));
        }

        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        subscriptions.ForEach(s => s.Dispose());
        return ([.. hubDelays], [.. circuitDelays]);
    }

    private static async Task<List<HubConnection>> ConnectAsync(int count, Func<HubConnection> make, Action<HubConnection> listen)
    {
        var connections = new List<HubConnection>();
        for (var start = 0; start < count; start += 100)
        {
            var batch = Enumerable.Range(start, Math.Min(100, count - start)).Select(_ =>
            {
                var c = make();
                listen(c);
                return c;
            }).ToList();
            await Task.WhenAll(batch.Select(c => c.StartAsync()));
            connections.AddRange(batch);
        }

        return connections;
    }

    private static async Task WaitAsync(Func<bool> done)
    {
        var deadline = Stopwatch.StartNew();
        while (!done() && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(5);
        }

        await Task.Delay(200); // let late or duplicate receipts land before the next one
    }

    /// <summary>The built-in provider's sign-in, as a browser walks it; returns the session's cookie header.</summary>
    private static async Task<string> SignInAsync(string baseUrl, string userName)
    {
        var jar = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        var next = new Uri(baseUrl + "/");
        HttpResponseMessage response;
        while (true)
        {
            response = await http.GetAsync(next);
            if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
            {
                break;
            }

            next = new Uri(next, response.Headers.Location!);
        }

        var login = await response.Content.ReadAsStringAsync();
        var action = WebUtility.HtmlDecode(FormAction().Match(login).Groups[1].Value);
        var token = WebUtility.HtmlDecode(Token().Match(login).Groups[1].Value);
        response = await http.PostAsync(new Uri(next, action), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sso-login", ["__RequestVerificationToken"] = token, ["Input.UserName"] = userName, ["Input.Password"] = "Hue@2026",
        }));
        var authorize = new Uri(next, response.Headers.Location!);
        var post = await (await http.GetAsync(authorize)).Content.ReadAsStringAsync();
        var fields = Hidden().Matches(post).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        await http.PostAsync(WebUtility.HtmlDecode(FormAction().Match(post).Groups[1].Value), new FormUrlEncodedContent(fields));
        return jar.GetCookieHeader(new Uri(baseUrl));
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();
}
