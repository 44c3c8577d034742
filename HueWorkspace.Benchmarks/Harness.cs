using System.Diagnostics;
using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;

namespace HueWorkspace.Benchmarks;

/// <summary>A plain stopwatch harness: warm-up runs first, then the median and the 95th percentile of measured runs.</summary>
public static class Harness
{
    public static async Task<(double Median, double P95)> MeasureAsync(string name, Func<Task> run, int warmup = 5, int iterations = 40)
    {
        for (var i = 0; i < warmup; i++)
        {
            await run();
        }

        var samples = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        var median = samples[samples.Count / 2];
        var p95 = samples[(int)Math.Ceiling(samples.Count * 0.95) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {median:F1} ms | {p95:F1} ms | {iterations} |"));
        return (median, p95);
    }

    /// <summary>The folder that holds HueWorkspace.sln, above the running benchmark.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HueWorkspace.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    /// <summary>A free loopback port for a server the benchmark starts.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string Machine() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
}

/// <summary>The person the measured service acts for.</summary>
public sealed class BenchmarkUser : ICurrentUser
{
    public Actor? Actor { get; set; }
}

/// <summary>
/// The workflow services as the host makes them: one organisation and one calendar directory for the whole run (the
/// process's caches), so a measured write pays what a write in production pays.
/// </summary>
public static class BenchmarkWorkflow
{
    private static readonly Domain.Organization.OrganizationDirectory Organization = new();
    private static readonly Domain.Calendar.CalendarDirectory Calendar = new();

    public static WorkflowServices Of(Microsoft.EntityFrameworkCore.IDbContextFactory<Domain.Persistence.WorkspaceDbContext> db, ICurrentUser user,
        Domain.Notifications.INotificationPublisher? publisher = null) =>
        new(db, user, publisher ?? Domain.Notifications.SilentPublisher.Instance, TimeProvider.System, Organization, Calendar);
}
