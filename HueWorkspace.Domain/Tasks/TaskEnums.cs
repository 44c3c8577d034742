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

/// <summary>Everything a person can do to a task; <see cref="TaskPolicy"/> says who may do which, in which state.</summary>
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

public static class TaskTexts
{
    public static string Title(this TaskState state) => state switch
    {
        TaskState.New => "Mới giao",
        TaskState.InProgress => "Đang thực hiện",
        TaskState.AwaitingReview => "Chờ duyệt kết quả",
        TaskState.Returned => "Trả lại",
        TaskState.Paused => "Tạm dừng",
        TaskState.Completed => "Hoàn thành",
        TaskState.Cancelled => "Đã hủy",
    };

    public static string Title(this TaskPriority priority) => priority switch
    {
        TaskPriority.Normal => "Thường",
        TaskPriority.High => "Quan trọng",
        TaskPriority.Urgent => "Khẩn",
    };

    public static string Title(this TaskSource source) => source switch
    {
        TaskSource.Direct => "Giao trực tiếp",
        TaskSource.Document => "Chỉ đạo tại văn bản",
        TaskSource.Meeting => "Kết luận cuộc họp",
    };

    public static string Title(this TaskOperation operation) => operation switch
    {
        TaskOperation.View => "Xem",
        TaskOperation.AssignHandler => "Phân công xử lý",
        TaskOperation.Start => "Bắt đầu thực hiện",
        TaskOperation.Report => "Báo cáo tiến độ",
        TaskOperation.Submit => "Trình kết quả",
        TaskOperation.Approve => "Duyệt hoàn thành",
        TaskOperation.Return => "Trả lại",
        TaskOperation.Pause => "Tạm dừng",
        TaskOperation.Resume => "Tiếp tục",
        TaskOperation.Cancel => "Hủy việc",
        TaskOperation.RequestExtension => "Xin gia hạn",
        TaskOperation.DecideExtension => "Xét gia hạn",
        TaskOperation.Comment => "Ý kiến",
        TaskOperation.CreateSubtask => "Tạo việc con",
    };
}
