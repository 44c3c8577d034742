using HueWorkspace.Domain.Files;
using Microsoft.Net.Http.Headers;

namespace HueWorkspace.Web.Features.Files;

/// <summary>
/// Serving a stored file whose download its area has already authorized: streamed from the file store, never read
/// whole; ranges (resumed downloads, a PDF viewer fetching pages) and conditional requests by the content's hash.
/// </summary>
public static class FileResults
{
    public static async Task<IResult> DownloadAsync(StoredFileInfo file, FileService files, CancellationToken ct, bool inline = false)
    {
        var stream = await files.OpenAsync(file, ct);
        return Results.File(stream, file.ContentType, inline ? null : file.FileName,
            lastModified: DateTime.SpecifyKind(file.UploadedAtUtc, DateTimeKind.Utc),
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""),
            enableRangeProcessing: true);
    }
}
