namespace HueWorkspace.Domain.Files;

/// <summary>The content of a file as it lies in the store: named by its SHA-256, so equal files are kept once.</summary>
public sealed record StoredContent(string Sha256, long Length);

/// <summary>A piece of content in the store, as the janitor sees it.</summary>
public sealed record StoredBlob(string Sha256, DateTime LastWrittenUtc);

/// <summary>
/// Where file content lives: on disk today (<see cref="DiskFileStore"/>), an S3-compatible bucket later. Modules never
/// use it directly: they go through <see cref="FileService"/>, which keeps the metadata row and checks access through
/// the owning record. Content is written before its row is committed and deleted only by <see cref="FileJanitor"/>
/// once no row names it (docs/decisions/0004-file-store.md).
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Streams content into the store, hashing it on the way, and refuses it (writing nothing) as soon as it passes
    /// <paramref name="maxBytes"/>. Content that is already there is kept and marked as freshly written.
    /// </summary>
    Task<StoredContent> WriteAsync(Stream content, long maxBytes, CancellationToken ct = default);

    /// <summary>A seekable read of stored content (so downloads can serve ranges); null when it is not there.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct = default);

    Task<bool> ExistsAsync(string sha256, CancellationToken ct = default);

    /// <summary>Everything in the store, with when it was last written; for the janitor.</summary>
    IAsyncEnumerable<StoredBlob> ListAsync(CancellationToken ct = default);

    /// <summary>Deletes content unless it was written again after <paramref name="notWrittenSinceUtc"/> (an upload of the same bytes in between).</summary>
    Task<bool> DeleteAsync(string sha256, DateTime notWrittenSinceUtc, CancellationToken ct = default);

    /// <summary>Removes half-written uploads older than the cutoff (a process killed mid-upload leaves them).</summary>
    Task<int> DeleteStaleIncomingAsync(DateTime olderThanUtc, CancellationToken ct = default);
}

/// <summary>Configuration <c>Files:*</c>.</summary>
public sealed class FileStoreOptions
{
    /// <summary>The folder of the disk store; relative to the app's content root. Shared between instances when scaled out.</summary>
    public string Root { get; set; } = "App_Data/files";

    /// <summary>The largest file accepted (configuration <c>Files:MaxBytes</c>, default 20 MB).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// How long content may lie in the store with no row naming it before the janitor removes it: longer than a form
    /// stays open with a picked file (configuration <c>Files:OrphanGraceHours</c>, default 24).
    /// </summary>
    public double OrphanGraceHours { get; set; } = 24;

    public TimeSpan OrphanGrace => TimeSpan.FromHours(OrphanGraceHours);
}
