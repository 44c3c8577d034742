using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Files;

/// <summary>
/// What the workplace accepts as a file: office documents, PDFs, images, archives and plain text whose content
/// matches the extension (a renamed executable is refused). The content type is decided here from the checked
/// kind, never taken from the browser. Sizes come from <see cref="FileStoreOptions"/>.
/// </summary>
public static class FileCheck
{
    public const int MaxFileNameLength = 200;
    public const int MaxFilesPerUpload = 10;

    /// <summary>How much of the start of a file the content check reads.</summary>
    public const int HeadLength = 8000;

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
        [".csv"] = ("text/csv; charset=utf-8", null),
        [".json"] = ("application/json; charset=utf-8", null),
    };

    public static string AllowedExtensions => string.Join(", ", Kinds.Keys);

    /// <summary>The name as it will be stored and shown, or a Vietnamese refusal; decided before any byte is read.</summary>
    public static (string FileName, string ContentType) CheckName(string? fileName)
    {
        // Control and bidirectional characters go: "bao-cao\u202Efdp.txt" must not show as "bao-cao…txt.pdf".
        var name = Path.GetFileName(CleanText.Apply(fileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            throw new DomainException("Tệp đính kèm phải có tên.");
        }

        if (name.Length > MaxFileNameLength)
        {
            throw new DomainException($"Tên tệp \"{name[..40]}…\" dài quá {MaxFileNameLength} ký tự.");
        }

        return Kinds.TryGetValue(Path.GetExtension(name), out var kind)
            ? (name, kind.ContentType)
            : throw new DomainException($"Không nhận loại tệp của \"{name}\". Các loại được nhận: {AllowedExtensions}.");
    }

    /// <summary>Refuses a file that is larger than allowed, before it is read.</summary>
    public static void CheckDeclaredSize(string name, long? declaredLength, long maxBytes)
    {
        if (declaredLength > maxBytes)
        {
            throw TooLarge(name, maxBytes);
        }
    }

    public static DomainException TooLarge(string name, long maxBytes) =>
        new($"Tệp \"{name}\" vượt quá dung lượng cho phép {maxBytes / 1024 / 1024} MB.");

    /// <summary>Refuses content that does not match the extension, judged from the first <see cref="HeadLength"/> bytes.</summary>
    public static void CheckHead(string name, ReadOnlySpan<byte> head)
    {
        if (head.Length == 0)
        {
            throw new DomainException($"Tệp \"{name}\" rỗng.");
        }

        var kind = Kinds[Path.GetExtension(name)];
        var disguised = kind.Magic is { } magic ? !head.StartsWith(magic) : head.Contains((byte)0);
        if (disguised)
        {
            throw new DomainException($"Nội dung tệp \"{name}\" không đúng với định dạng {Path.GetExtension(name)}; tệp bị từ chối.");
        }
    }

    public static void CheckCount(int count)
    {
        if (count > MaxFilesPerUpload)
        {
            throw new DomainException($"Chỉ được đính kèm tối đa {MaxFilesPerUpload} tệp mỗi lần.");
        }
    }
}
