using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Files;

/// <summary>
/// A file kept by the workplace: its metadata here, its content in the <see cref="IFileStore"/> under
/// <see cref="Sha256"/>. It belongs to one record of one area (a task, a document…), and whoever may see that record
/// may download it — the area's own access rule decides, never this row.
/// </summary>
public sealed class StoredFile : IAudited
{
    /// <inheritdoc />
    public string AuditLabel => FileName;

    public const int AreaMaxLength = 40;
    public const int ContentTypeMaxLength = 120;

    private StoredFile()
    {
        Area = null!;
        FileName = null!;
        ContentType = null!;
        Sha256 = null!;
        UploadedByName = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The owning area, e.g. <c>tasks</c>.</summary>
    public string Area { get; private set; }

    /// <summary>The owning record in that area.</summary>
    public Guid RecordId { get; private set; }

    /// <summary>A part of the record it came with (a task's report or comment); null for the record's own files.</summary>
    public Guid? PartId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>Decided from the checked content kind, never from the browser.</summary>
    public string ContentType { get; private set; }

    public long Length { get; private set; }

    /// <summary>Lower-case hexadecimal; names the content in the store.</summary>
    public string Sha256 { get; private set; }

    public Guid? UploadedById { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    internal static StoredFile Create(StagedFile staged, string area, Guid recordId, Guid? partId, Actor actor, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Area = area,
        RecordId = recordId,
        PartId = partId,
        FileName = staged.FileName,
        ContentType = staged.ContentType,
        Length = staged.Length,
        Sha256 = staged.Sha256,
        UploadedById = actor.UserId,
        UploadedByName = actor.Name,
        UploadedAtUtc = nowUtc,
    };

    /// <summary>The same content attached to another record (a document delivered to another register): a new row, one stored copy.</summary>
    internal StoredFile CopyTo(string area, Guid recordId, Guid? partId, Actor actor, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Area = area,
        RecordId = recordId,
        PartId = partId,
        FileName = FileName,
        ContentType = ContentType,
        Length = Length,
        Sha256 = Sha256,
        UploadedById = actor.UserId,
        UploadedByName = actor.Name,
        UploadedAtUtc = nowUtc,
    };

    /// <summary>What pages and downloads read of a file, as a query projection.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<StoredFile, StoredFileInfo>> Info =
        f => new StoredFileInfo(f.Id, f.PartId, f.FileName, f.ContentType, f.Length, f.Sha256, f.UploadedByName, f.UploadedAtUtc);
}

/// <summary>
/// A file a person picked, already checked and streamed into the store, not yet attached to a record. Only
/// <see cref="FileService.StageAsync"/> makes one, so a form holds this small token instead of the bytes. Content
/// staged and never attached (a form abandoned) is removed by <see cref="FileJanitor"/>.
/// </summary>
public sealed record StagedFile
{
    internal StagedFile(string fileName, string contentType, long length, string sha256)
    {
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
    }

    public string FileName { get; }

    public string ContentType { get; }

    public long Length { get; }

    public string Sha256 { get; }
}

/// <summary>What a page or an API shows of a stored file, and what a download needs.</summary>
public sealed record StoredFileInfo(Guid Id, Guid? PartId, string FileName, string ContentType, long Length, string Sha256, string UploadedByName, DateTime UploadedAtUtc);
