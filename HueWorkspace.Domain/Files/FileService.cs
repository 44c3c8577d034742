using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Files;

/// <summary>
/// The one way into and out of the file store for every module: checks a picked file by name, declared size and
/// content while streaming it into the store (never whole in memory), attaches staged files to a record in the
/// module's own save, and opens stored content for a download the module has already authorized.
/// </summary>
public sealed class FileService(IFileStore store, FileStoreOptions options, ICurrentUser currentUser)
{
    public long MaxBytes => options.MaxBytes;

    /// <summary>
    /// Checks and stores one picked file. Refused before a byte is read when the name or the declared size is wrong;
    /// refused after the first <see cref="FileCheck.HeadLength"/> bytes when the content is not what the extension says;
    /// refused as soon as the stream passes the size limit.
    /// </summary>
    public async Task<StagedFile> StageAsync(string? fileName, long? declaredLength, Stream content, CancellationToken ct = default)
    {
        currentUser.Require();
        var (name, contentType) = FileCheck.CheckName(fileName);
        FileCheck.CheckDeclaredSize(name, declaredLength, options.MaxBytes);
        var head = new byte[FileCheck.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        FileCheck.CheckHead(name, head.AsSpan(0, headLength));
        try
        {
            var stored = await store.WriteAsync(new HeadThenRestStream(head.AsMemory(0, headLength), content), options.MaxBytes, ct);
            return new StagedFile(name, contentType, stored.Length, stored.Sha256);
        }
        catch (FileTooLargeException)
        {
            throw FileCheck.TooLarge(name, options.MaxBytes);
        }
    }

    /// <summary>
    /// Adds the rows that attach staged files to a record, to be committed in the module's own save. Content that is
    /// no longer in the store (a form left open past the janitor's grace period) is refused before anything is saved.
    /// </summary>
    public async Task AttachAsync(WorkspaceDbContext db, string area, Guid recordId, Guid? partId, IReadOnlyList<StagedFile>? files, Actor actor, DateTime nowUtc, CancellationToken ct = default)
    {
        foreach (var file in files ?? [])
        {
            if (!await store.ExistsAsync(file.Sha256, ct))
            {
                throw new DomainException($"Tệp \"{file.FileName}\" đã được chọn quá lâu và không còn trên máy chủ. Vui lòng chọn lại tệp.");
            }

            db.StoredFiles.Add(StoredFile.Create(file, area, recordId, partId, actor, nowUtc));
        }
    }

    public static Task<List<StoredFileInfo>> ListAsync(WorkspaceDbContext db, string area, Guid recordId, CancellationToken ct = default) =>
        db.StoredFiles.AsNoTracking().Where(f => f.Area == area && f.RecordId == recordId).OrderBy(f => f.UploadedAtUtc).ThenBy(f => f.Id)
            .Select(StoredFile.Info)
            .ToListAsync(ct);

    /// <summary>One file of a record; the caller has already checked that the person may see the record.</summary>
    public static async Task<StoredFileInfo> FindAsync(WorkspaceDbContext db, string area, Guid recordId, Guid fileId, CancellationToken ct = default) =>
        await db.StoredFiles.AsNoTracking().Where(f => f.Id == fileId && f.Area == area && f.RecordId == recordId)
            .Select(StoredFile.Info)
            .SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("Không tìm thấy tệp đính kèm.");

    /// <summary>The content of a file whose download was authorized by its area; seekable, so ranges can be served.</summary>
    public async Task<Stream> OpenAsync(StoredFileInfo file, CancellationToken ct = default) =>
        await store.OpenReadAsync(file.Sha256, ct) ?? throw new NotFoundException($"Nội dung tệp \"{file.FileName}\" không còn trên máy chủ.");

    /// <summary>Reads back the bytes already taken for the content check, then the rest of the upload.</summary>
    private sealed class HeadThenRestStream(ReadOnlyMemory<byte> head, Stream rest) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - _position);
                head.Slice(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return await rest.ReadAsync(buffer, cancellationToken);
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
