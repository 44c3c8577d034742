using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace HueWorkspace.Domain.Files;

/// <summary>
/// Content on disk under one folder, named by SHA-256 (<c>ab/cd/abcd…</c>). An upload is streamed to
/// <c>.incoming/</c>, flushed to disk, then renamed into place — a rename is atomic, so a reader never sees half a
/// file. With several instances the folder is shared (docs/decisions/0004-file-store.md).
/// </summary>
public sealed class DiskFileStore : IFileStore
{
    private const string IncomingFolder = ".incoming";
    private readonly string _root;
    private readonly TimeProvider _clock;

    public DiskFileStore(string root, TimeProvider clock)
    {
        _root = Path.GetFullPath(root);
        _clock = clock;
        Directory.CreateDirectory(Path.Combine(_root, IncomingFolder));
    }

    public string Root => _root;

    public async Task<StoredContent> WriteAsync(Stream content, long maxBytes, CancellationToken ct = default)
    {
        var incoming = Path.Combine(_root, IncomingFolder, $"{Guid.NewGuid():N}.part");
        long length = 0;
        string sha;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var target = new FileStream(incoming, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw new FileTooLargeException();
                    }

                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                await target.FlushAsync(ct);
                target.Flush(flushToDisk: true);
            }

            sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var final = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            try
            {
                File.Move(incoming, final, overwrite: false);
            }
            catch (IOException) when (File.Exists(final))
            {
                // The same bytes are already stored: keep them, and mark them as just written so the janitor spares them.
                File.Delete(incoming);
                File.SetLastWriteTimeUtc(final, _clock.GetUtcNow().UtcDateTime);
            }
        }
        catch
        {
            File.Delete(incoming);
            throw;
        }

        return new StoredContent(sha, length);
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct = default)
    {
        var path = PathOf(sha256);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken ct = default) => Task.FromResult(File.Exists(PathOf(sha256)));

    public async IAsyncEnumerable<StoredBlob> ListAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            if (IsSha256(name) && file == PathOf(name))
            {
                yield return new StoredBlob(name, File.GetLastWriteTimeUtc(file));
            }
        }

        await Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string sha256, DateTime notWrittenSinceUtc, CancellationToken ct = default)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) > notWrittenSinceUtc)
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    public Task<int> DeleteStaleIncomingAsync(DateTime olderThanUtc, CancellationToken ct = default)
    {
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_root, IncomingFolder)))
        {
            if (File.GetLastWriteTimeUtc(file) < olderThanUtc)
            {
                File.Delete(file);
                deleted++;
            }
        }

        return Task.FromResult(deleted);
    }

    private string PathOf(string sha256) => IsSha256(sha256)
        ? Path.Combine(_root, sha256[..2], sha256[2..4], sha256)
        : throw new ArgumentException("Not a SHA-256 in hexadecimal.", nameof(sha256));

    private static bool IsSha256(string s) => s.Length == 64 && s.All(char.IsAsciiHexDigitLower);
}

/// <summary>The store stopped reading an upload at its size limit; <see cref="FileService"/> turns it into the Vietnamese refusal.</summary>
public sealed class FileTooLargeException() : IOException("The content is larger than allowed.");
