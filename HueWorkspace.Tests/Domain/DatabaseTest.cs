using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Tests.Builders;

namespace HueWorkspace.Tests.Domain;

/// <summary>Each test gets its own copy of the seeded template database and its own file store folder.</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    private string? _filesRoot;

    protected TestDatabase Db { get; private set; } = null!;

    protected TestCurrentUser User { get; } = new();

    protected RecordingPublisher Publisher { get; } = new();

    /// <summary>The clock the database and services use; tests about dates override it with a fake.</summary>
    protected virtual TimeProvider Clock => TimeProvider.System;

    protected FileStoreOptions FileOptions { get; } = new();

    protected DiskFileStore FileStore { get; private set; } = null!;

    protected FileService Files => new(FileStore, FileOptions, User);

    /// <summary>What the workflow services take, acting as <see cref="User"/>; the organisation is read afresh for each service.</summary>
    protected WorkflowServices Workflow => new(Db, User, Publisher, Clock, new(), new());

    public async ValueTask InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(clock: Clock);
        _filesRoot = TempFiles.NewFolder();
        FileOptions.Root = _filesRoot;
        FileStore = new DiskFileStore(_filesRoot, Clock);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        if (_filesRoot is not null)
        {
            TempFiles.DeleteFolder(_filesRoot);
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<Actor> ActAsAsync(string userName) => User.Actor = await DemoActors.ForAsync(Db, userName);

    /// <summary>Stages a file as the current person picking it in a form would.</summary>
    protected Task<StagedFile> StageAsync(string name, byte[] content) => Files.StageAsync(name, content.LongLength, new MemoryStream(content));
}
