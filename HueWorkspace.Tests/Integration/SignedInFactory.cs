using System.Collections.Concurrent;

namespace HueWorkspace.Tests.Integration;

/// <summary>A host whose demo people sign in once each (through the real OIDC flow) and keep their client for the class.</summary>
public class SignedInFactory : WorkspaceFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<SignInClient>>> _clients = new();

    public Task<SignInClient> ClientAsync(string userName) =>
        _clients.GetOrAdd(userName, name => new Lazy<Task<SignInClient>>(async () =>
        {
            var client = SignInClient.Create(this);
            await client.SignInAsync(name);
            return client;
        })).Value;

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated))
        {
            (await client.Value).Dispose();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
