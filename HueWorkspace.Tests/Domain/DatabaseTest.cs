using HueWorkspace.Domain.Common;
using HueWorkspace.Tests.Builders;

namespace HueWorkspace.Tests.Domain;

/// <summary>Each test gets its own seeded SQLite file, migrated with the real migrations.</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    protected TestDatabase Db { get; private set; } = null!;

    protected TestCurrentUser User { get; } = new();

    protected RecordingPublisher Publisher { get; } = new();

    /// <summary>The clock the database and services use; tests about dates override it with a fake.</summary>
    protected virtual TimeProvider Clock => TimeProvider.System;

    public async ValueTask InitializeAsync() => Db = await TestDatabase.CreateAsync(clock: Clock);

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<Actor> ActAsAsync(string userName) => User.Actor = await DemoActors.ForAsync(Db, userName);
}
