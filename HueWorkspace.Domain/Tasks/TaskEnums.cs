using System.Globalization;
using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// Where a task stands. Overdue is not a state: it is derived from the deadline and the calendar
/// (<see cref="WorkTask.IsOverdue"/>), so it can never disagree with the date.
/// </summary>
public enum TaskState
{
    /// <summary>Mới giao.</summary>
    New,

    /// <summary>Đang thực hiện.</summary>
    InProgress,

    /// <summary>Chờ duyệt kết quả.</summary>
    AwaitingReview,

    /// <summary>Trả lại: the assigner sent the result back with a reason; work continues.</summary>
    Returned,

    /// <summary>Tạm dừng, with a reason; resumes to the state it was paused in.</summary>
    Paused,

    /// <summary>Hoàn thành.</summary>
    Completed,

    /// <summary>Đã hủy, by the assigner with a reason.</summary>
    Cancelled,
}

public enum TaskPriority
{
    Normal,
    High,
    Urgent,
}

/// <summary>What the task comes from; a document's direction links back to the document (Nghị định 30, Art. 24).</summary>
public enum TaskSource
{
    Direct,
    Document,
    Meeting,
}

public enum TaskEventKind
{
    Created,
    HandlerAssigned,
    Started,
    ProgressReported,
    Submitted,
    Returned,
    Approved,
    Paused,
    Resumed,
    Cancelled,
    ExtensionRequested,
    ExtensionApproved,
    ExtensionRefused,
    Commented,
    SubtaskCreated,
}

/// <summary>Everything a person can do to a task; <see cref="TaskAccess"/> says who may do which, <see cref="WorkTask.Permits"/> in which state.</summary>
public enum TaskOperation
{
    View,
    AssignHandler,
    Start,
    Report,
    Submit,
    Approve,
    Return,
    Pause,
    Resume,
    Cancel,
    RequestExtension,
    DecideExtension,
    Comment,
    CreateSubtask,
}

/// <summary>Labels of the task enums, from the one resource file (<see cref="DomainTexts"/>).</summary>
public static class TaskTexts
{
    public static string Title(this TaskState state, CultureInfo? culture = null) => DomainTexts.Label(state, culture);

    public static string Title(this TaskPriority priority, CultureInfo? culture = null) => DomainTexts.Label(priority, culture);

    public static string Title(this TaskSource source, CultureInfo? culture = null) => DomainTexts.Label(source, culture);

    public static string Title(this TaskOperation operation, CultureInfo? culture = null) => DomainTexts.Label(operation, culture);

    public static string Title(this TaskEventKind kind, CultureInfo? culture = null) => DomainTexts.Label(kind, culture);
}
