using System.Diagnostics;
using HueWorkspace.Tests.Browser.Pages;
using Microsoft.Playwright;

namespace HueWorkspace.Tests.Browser.Cluster;

/// <summary>
/// The two-node deployment as deploy/cluster.sh starts it — PostgreSQL, Redis, two app instances (a and b) and nginx
/// on loopback, on free ports — and Debian's Chromium. When a part is not installed here the journeys are skipped and
/// say which (the test command installs them from Debian's packages).
/// </summary>
public sealed class ClusterHost : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hw-cluster-{Guid.NewGuid():N}"[..24]);
    private readonly Dictionary<string, string> _environment = [];

    public string? Missing { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HueWorkspace.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("HueWorkspace.sln not found above the test assembly.");
    }

    public async ValueTask InitializeAsync()
    {
        Missing = new[] { ("redis-server", "/usr/bin/redis-server"), ("nginx", "/usr/sbin/nginx") }.Where(p => !File.Exists(p.Item2)).Select(p => p.Item1)
            .Concat(Directory.Exists("/usr/lib/postgresql") && Directory.EnumerateFiles("/usr/lib/postgresql", "initdb", SearchOption.AllDirectories).Any() ? [] : ["postgresql"])
            .FirstOrDefault();
        if (Missing is not null)
        {
            return;
        }

        // The configuration the tests were built in (bin/<Configuration>/net10.0): the app's own output of the same build.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        _environment["HW_CLUSTER_DIR"] = _dir;
        _environment["HW_APP_DLL"] = Path.Combine(RepositoryRoot, "HueWorkspace.Web", "bin", configuration, "net10.0", "HueWorkspace.Web.dll");
        foreach (var key in new[] { "HW_NGINX_PORT", "HW_PORT_A", "HW_PORT_B", "HW_PG_PORT", "HW_REDIS_PORT" })
        {
            _environment[key] = BrowserHost.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        BaseUrl = (await ScriptAsync("start")).Trim().Split('\n')[^1];
        Assertions.SetDefaultExpectTimeout(20_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("HW_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = BrowserHost.ChromiumArgs,
        });
    }

    public void RequireParts()
    {
        if (Missing is not null)
        {
            Assert.Skip($"{Missing} is not installed here; the scale-out journeys need PostgreSQL, Redis and nginx (the test command installs them).");
        }
    }

    /// <summary>A person signed in through nginx whose requests go to instance <paramref name="node"/> ("a" or "b").</summary>
    public Task<ShellPage> SignInOnAsync(string node, string userName) =>
        BrowserHost.SignInAsync(Browser, BaseUrl, userName, cookies: [new Cookie { Name = "hwnode", Value = node, Url = BaseUrl }]);

    /// <summary>The deployment's database, for what the journeys check behind the pages.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={_environment["HW_PG_PORT"]};Username=postgres;Database=hueworkspace";

    /// <summary>SIGKILL to one instance, as a crash would.</summary>
    public Task KillAsync(string node) => ScriptAsync("kill", node);

    public async Task<string> ScriptAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot, "deploy", "cluster.sh")) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"deploy/cluster.sh {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
        }

        return await output;
    }

    /// <summary>A log of the deployment (node-a.log, node-b.log, nginx-error.log…), for a failing test's message.</summary>
    public string Log(string name) => File.Exists(Path.Combine(_dir, name)) ? File.ReadAllText(Path.Combine(_dir, name)) : "";

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        if (Missing is null)
        {
            await ScriptAsync("stop");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterHost>
{
    public const string Name = "cluster";
}
