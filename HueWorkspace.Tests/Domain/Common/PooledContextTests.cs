using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Domain.Common;

/// <summary>The host's contexts come from a pool: one handed out again has forgotten who saved through it before.</summary>
public sealed class PooledContextTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AContextBackFromThePool_HasNoActor_AndDiHandsOutAPooledOne(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("hw-pool-").FullName;
        try
        {
            var connection = provider == DatabaseProvider.Sqlite ? "Data Source=pool.db" : "Host=localhost;Database=none";
            await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
                .AddWorkspaceDomain(connection, folder, provider: provider).BuildServiceProvider();
            var factory = services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

            var first = await factory.CreateDbContextAsync();
            first.Actor = DemoActors.Make(Role.Specialist);
            await first.DisposeAsync();
            var again = await factory.CreateDbContextAsync();
            Assert.Same(first, again);
            Assert.Null(again.Actor);

            again.Actor = DemoActors.Make(Role.UnitLeader);
            again.Dispose();
            await using (var scope = services.CreateAsyncScope())
            {
                var scoped = scope.ServiceProvider.GetRequiredService<WorkspaceDbContext>();
                Assert.Same(first, scoped);
                Assert.Null(scoped.Actor);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
