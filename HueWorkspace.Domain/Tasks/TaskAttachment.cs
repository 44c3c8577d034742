using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// A file attached to a task when it was assigned, or to one of its reports. The bytes live in
/// <see cref="TaskAttachmentContent"/> so that listing attachments never loads them.
/// </summary>
public sealed class TaskAttachment : IAudited
{
    private TaskAttachment()
    {
        FileName = null!;
        ContentType = null!;
        UploadedByName = null!;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>The report or comment it came with; null for the assignment's own files.</summary>
    public Guid? EventId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    internal static (TaskAttachment Attachment, TaskAttachmentContent Content) Create(Guid taskId, Guid? eventId, UploadedFile file, Actor actor, DateTime nowUtc)
    {
        var (name, contentType) = FileCheck.Check(file);
        var attachment = new TaskAttachment
        {
            Id = Guid.CreateVersion7(),
            TaskId = taskId,
            EventId = eventId,
            FileName = name,
            ContentType = contentType,
            Length = file.Content.LongLength,
            UploadedByName = actor.Name,
            UploadedAtUtc = nowUtc,
        };
        return (attachment, new TaskAttachmentContent(attachment.Id, file.Content));
    }

    internal static void CheckAll(IReadOnlyCollection<UploadedFile>? files)
    {
        if (files is { Count: > FileCheck.MaxFilesPerUpload })
        {
            throw new DomainException($"Chỉ được đính kèm tối đa {FileCheck.MaxFilesPerUpload} tệp mỗi lần.");
        }
    }
}

/// <summary>The bytes of a <see cref="TaskAttachment"/>.</summary>
public sealed class TaskAttachmentContent(Guid id, byte[] bytes)
{
    public Guid Id { get; private set; } = id;

    public byte[] Bytes { get; private set; } = bytes;
}

/// <summary>A task's reminder that was sent: one per task, kind and deadline, so a restart or a second instance sends nothing twice.</summary>
public sealed class TaskReminder
{
    private TaskReminder()
    {
        Kind = null!;
    }

    public Guid TaskId { get; private set; }

    public string Kind { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    internal static TaskReminder Create(Guid taskId, string kind, DateOnly due, DateTime nowUtc) =>
        new() { TaskId = taskId, Kind = kind, DueDate = due, SentAtUtc = nowUtc };
}
