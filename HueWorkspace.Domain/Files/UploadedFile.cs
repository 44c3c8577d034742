using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Files;

/// <summary>A file a person attaches, as it arrived: the name they gave it and its bytes.</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>
/// What the workplace accepts as an attachment: office documents, PDFs, images and archives up to
/// <see cref="MaxBytes"/>, whose content matches the extension (a renamed executable is refused).
/// The content type is decided here from the checked kind, never taken from the browser.
/// </summary>
public static class FileCheck
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 200;
    public const int MaxFilesPerUpload = 10;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    private static readonly Dictionary<string, (string ContentType, byte[]? Magic)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        [".doc"] = ("application/msword", Ole),
        [".xls"] = ("application/vnd.ms-excel", Ole),
        [".zip"] = ("application/zip", Zip),
        [".png"] = ("image/png", Png),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".txt"] = ("text/plain; charset=utf-8", null),
    };

    public static string AllowedExtensions => string.Join(", ", Kinds.Keys);

    /// <summary>Checks a file and returns its safe name and content type, or refuses it with a Vietnamese message.</summary>
    public static (string FileName, string ContentType) Check(UploadedFile file)
    {
        var name = Path.GetFileName((file.FileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            throw new DomainException("Tệp đính kèm phải có tên.");
        }

        if (name.Length > MaxFileNameLength)
        {
            throw new DomainException($"Tên tệp \"{name[..40]}…\" dài quá {MaxFileNameLength} ký tự.");
        }

        if (file.Content.Length == 0)
        {
            throw new DomainException($"Tệp \"{name}\" rỗng.");
        }

        if (file.Content.LongLength > MaxBytes)
        {
            throw new DomainException($"Tệp \"{name}\" vượt quá dung lượng cho phép {MaxBytes / 1024 / 1024} MB.");
        }

        if (!Kinds.TryGetValue(Path.GetExtension(name), out var kind))
        {
            throw new DomainException($"Không nhận loại tệp của \"{name}\". Các loại được nhận: {AllowedExtensions}.");
        }

        var disguised = kind.Magic is { } magic
            ? !file.Content.AsSpan().StartsWith(magic)
            : LooksBinary(file.Content);
        if (disguised)
        {
            throw new DomainException($"Nội dung tệp \"{name}\" không đúng với định dạng {Path.GetExtension(name)}; tệp bị từ chối.");
        }

        return (name, kind.ContentType);
    }

    private static bool LooksBinary(byte[] content) => content.AsSpan(0, Math.Min(content.Length, 8000)).Contains((byte)0);
}
