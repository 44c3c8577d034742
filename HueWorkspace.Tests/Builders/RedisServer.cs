using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HueWorkspace.Tests.Builders;

/// <summary>
/// A throwaway Redis server on loopback (Debian's redis-server, which the test command installs), that a test can stop
/// and start again on the same port. Null from <see cref="TryStart"/> when redis-server is not installed: the test is
/// then skipped and says so.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static string? Executable { get; } = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    public static RedisServer? TryStart()
    {
        if (Executable is null)
        {
            return null;
        }

        var server = new RedisServer(FreePort());
        server.Start();
        return server;
    }

    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo(Executable!, $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --protected-mode no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on {Port}");
    }

    /// <summary>Kills the server at once (as a crash would).</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
