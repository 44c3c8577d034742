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

    /// <summary>
    /// A document's file: a PDF asked for <paramref name="inline"/> is shown inside the app's own page (this one response
    /// may be framed by the app), anything else downloads.
    /// </summary>
    public static Task<IResult> ShowOrDownloadAsync(StoredFileInfo file, bool? inline, HttpContext context, FileService files, CancellationToken ct)
    {
        var show = inline == true && file.ContentType.StartsWith("application/pdf", StringComparison.Ordinal);
        if (show)
        {
            Security.SecurityHeaders.AllowFramingBySelf(context.Response);
        }

        return DownloadAsync(file, files, ct, inline: show);
    }
}
