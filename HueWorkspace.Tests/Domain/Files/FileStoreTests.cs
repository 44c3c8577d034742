using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HueWorkspace.Tests.Domain.Files;

/// <summary>The one file store: content on disk by hash, checked while it streams, rows in the module's save, orphans swept.</summary>
public sealed class FileStoreTests : TaskTest
{
    private static byte[] Pdf(int size) => [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, size).Select(i => (byte)(i % 251))];

    private static string Sha(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));

    private string ContentPath(string sha) => Path.Combine(FileOptions.Root, sha[..2], sha[2..4], sha);

    [Fact]
    public async Task AStagedFile_LiesOnDiskUnderItsHash_AndEqualContentIsKeptOnce()
    {
        await ActAsAsync("chutich");
        var content = Pdf(30_000);
        var first = await StageAsync("Báo cáo.pdf", content);
        var second = await StageAsync("Bản sao.pdf", content);
        Assert.Equal(Sha(content), first.Sha256);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(content, await File.ReadAllBytesAsync(ContentPath(first.Sha256)));
        Assert.Single(Directory.EnumerateFiles(FileOptions.Root, "*", SearchOption.AllDirectories));
        Assert.Equal(("application/pdf", content.LongLength), (first.ContentType, first.Length));
    }

    public static TheoryData<string, string, byte[], long?> Refused() => new()
    {
        { "không đúng với định dạng", "baocao.pdf", [0x4D, 0x5A, 0x90, 0x00], null },
        { "loại tệp", "chay.exe", [0x4D, 0x5A], null },
        { "rỗng", "trong.txt", [], null },
        { "không đúng với định dạng", "ghichu.txt", [0x41, 0x00, 0x42], null },
        { "dung lượng", "lon.pdf", [.. "%PDF-"u8], 50L * 1024 * 1024 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ABadFile_IsRefusedInVietnamese_AndLeavesNothingInTheStore(string expected, string name, byte[] content, long? declared)
    {
        await ActAsAsync("chutich");
        var ex = await Assert.ThrowsAsync<DomainException>(() => Files.StageAsync(name, declared ?? content.Length, new MemoryStream(content)));
        Assert.Contains(expected, ex.Message);
        Assert.Empty(Directory.EnumerateFiles(FileOptions.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AStreamLongerThanTheLimit_IsCutOffAtTheLimit_WhateverItDeclared()
    {
        await ActAsAsync("chutich");
        FileOptions.MaxBytes = 64 * 1024;
        var source = new CountingStream(new MemoryStream(Pdf(1024 * 1024)));
        var ex = await Assert.ThrowsAsync<DomainException>(() => Files.StageAsync("lon.pdf", 1000, source));
        Assert.Contains("dung lượng", ex.Message);
        Assert.True(source.BytesRead < 200 * 1024, $"read {source.BytesRead} bytes of a file refused at 64 KB");
        Assert.Empty(Directory.EnumerateFiles(FileOptions.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AFileLargerThanDeclaredLimit_IsRefusedBeforeAByteIsRead()
    {
        await ActAsAsync("chutich");
        var source = new CountingStream(new MemoryStream(Pdf(10)));
        await Assert.ThrowsAsync<DomainException>(() => Files.StageAsync("lon.pdf", FileOptions.MaxBytes + 1, source));
        Assert.Equal(0, source.BytesRead);
    }

    [Fact]
    public async Task AttachedFiles_AreRowsOfTheTask_WithContentInTheStore_AndNoBytesInTheDatabase()
    {
        await ActAsAsync("chutich");
        var content = Pdf(2000);
        var id = await Service.CreateAsync((await CommandAsync()) with { Files = [await StageAsync("Kế hoạch.pdf", content)] });
        await using var db = Db.CreateDbContext();
        var row = await db.StoredFiles.SingleAsync();
        Assert.Equal((TaskService.FilesArea, id, Sha(content), 2009L), (row.Area, row.RecordId, row.Sha256, row.Length));
        Assert.True(File.Exists(ContentPath(row.Sha256)));
        Assert.DoesNotContain(db.Model.GetEntityTypes(), t => t.GetProperties().Any(p => p.ClrType == typeof(byte[])));
        Assert.Contains(await db.AuditEntries.Select(a => a.EntityType).ToListAsync(), t => t == nameof(StoredFile));
    }

    [Fact]
    public async Task ContentWrittenByAProcessKilledBeforeItsRowCommitted_IsSweptAfterTheGracePeriod_AndNamedContentIsKept()
    {
        await ActAsAsync("chutich");
        var kept = Pdf(100);
        await Service.CreateAsync((await CommandAsync()) with { Files = [await StageAsync("giu.pdf", kept)] });

        // The "killed" process: content in the store, the save that would name it never happens.
        var orphan = await StageAsync("mo-coi.pdf", Pdf(200));
        File.WriteAllText(Path.Combine(FileOptions.Root, ".incoming", "dang-do.part"), "half an upload");
        var janitor = new FileJanitor(Db, FileStore, FileOptions, FakeClock);

        Assert.Equal(new FileJanitor.Result(0, 0), await janitor.SweepAsync());
        Assert.True(File.Exists(ContentPath(orphan.Sha256)));

        FakeClock.Advance(FileOptions.OrphanGrace + TimeSpan.FromMinutes(1));
        foreach (var file in Directory.EnumerateFiles(FileOptions.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, FakeClock.GetUtcNow().UtcDateTime - FileOptions.OrphanGrace - TimeSpan.FromSeconds(1));
        }

        Assert.Equal(new FileJanitor.Result(1, 1), await janitor.SweepAsync());
        Assert.False(File.Exists(ContentPath(orphan.Sha256)));
        Assert.True(File.Exists(ContentPath(Sha(kept))));
    }

    [Fact]
    public async Task AStagedFileSweptBeforeTheFormWasSent_IsRefused_AndNothingIsSaved()
    {
        await ActAsAsync("chutich");
        var staged = await StageAsync("cu.pdf", Pdf(10));
        File.Delete(ContentPath(staged.Sha256));
        var ex = await Assert.ThrowsAsync<DomainException>(async () => await Service.CreateAsync((await CommandAsync()) with { Files = [staged] }));
        Assert.Contains("chọn lại", ex.Message);
        Assert.Equal(0, await CountAsync<WorkTask>());
        Assert.Equal(0, await CountAsync<StoredFile>());
    }

    [Fact]
    public async Task TheFileStoreMigration_MovesTaskAttachmentsOutOfTheDatabase_IntoTheStore()
    {
        // A database as the previous version left it, with one attachment held as bytes in a row.
        var path = TempFiles.NewDatabasePath();
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite($"Data Source={path}").Options;
        byte[] bytes = Pdf(500);
        var attachmentId = Guid.NewGuid();
        await using (var db = new WorkspaceDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261127060258_Tasks");
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO TaskAttachments (Id, TaskId, EventId, FileName, ContentType, Length, UploadedByName, UploadedAtUtc) VALUES ({attachmentId}, {Guid.NewGuid()}, NULL, {"Cũ.pdf"}, {"application/pdf"}, {bytes.LongLength}, {"Lê Minh Tâm"}, {DateTime.UtcNow})");
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO TaskAttachmentContents (Id, Bytes) VALUES ({attachmentId}, {bytes})");
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;");
            await db.Database.MigrateAsync();
        }

        var factory = new OptionsFactory(options);
        Assert.Equal(1, await LegacyFileMover.MoveAsync(factory, FileStore));
        Assert.Equal(0, await LegacyFileMover.MoveAsync(factory, FileStore));
        await using (var db = new WorkspaceDbContext(options))
        {
            var row = await db.StoredFiles.SingleAsync();
            Assert.Equal((attachmentId, "Cũ.pdf", Sha(bytes)), (row.Id, row.FileName, row.Sha256));
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"LegacyFileContents\"").SingleAsync());
        }

        Assert.Equal(bytes, await File.ReadAllBytesAsync(ContentPath(Sha(bytes))));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFiles.Delete(path);
    }

    private sealed class OptionsFactory(DbContextOptions<WorkspaceDbContext> options) : IDbContextFactory<WorkspaceDbContext>
    {
        public WorkspaceDbContext CreateDbContext() => new(options);
    }

    /// <summary>Counts what was read from the source, to prove a refusal did not read the whole upload.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, Math.Min(count, 8192));
            BytesRead += n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer[..Math.Min(buffer.Length, 8192)], cancellationToken);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
