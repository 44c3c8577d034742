namespace HueWorkspace.Domain.Tasks;

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
