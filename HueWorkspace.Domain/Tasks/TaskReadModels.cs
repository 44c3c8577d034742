using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;

namespace HueWorkspace.Domain.Tasks;

public enum TaskTab
{
    /// <summary>Việc tôi giao.</summary>
    AssignedByMe,

    /// <summary>Việc tôi xử lý.</summary>
    HandledByMe,

    /// <summary>Việc của đơn vị: my unit and, for leaders, the units below it.</summary>
    MyUnit,

    /// <summary>Quá hạn.</summary>
    Overdue,

    /// <summary>Tất cả: every task the person may see (the access rule itself, <see cref="TaskAccess.Visible"/>).</summary>
    All,
}

public enum TaskSort
{
    DueAscending,
    DueDescending,
    Newest,
    PriorityFirst,
    Title,
}

/// <summary>One page of one tab, filtered and sorted by the database.</summary>
public sealed record TaskListQuery(
    TaskTab Tab = TaskTab.MyUnit,
    TaskState? State = null,
    Guid? UnitId = null,
    TaskPriority? Priority = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    string? Search = null,
    TaskSort Sort = TaskSort.DueAscending,
    int Page = 0,
    int PageSize = 20,
    bool OpenOnly = false,
    Guid? LeadWithin = null,
    DateOnly? AssignedFrom = null,
    DateOnly? AssignedTo = null,
    DateOnly? CompletedFrom = null,
    DateOnly? CompletedTo = null,
    bool FromDocuments = false)
{
    /// <summary>The dashboard's drill-down filters (Art. 18): what a number there counted, as a list here.</summary>
    public bool FromDashboard => LeadWithin is not null || AssignedFrom is not null || AssignedTo is not null || CompletedFrom is not null || CompletedTo is not null || FromDocuments;
}

public sealed record TaskRow(
    Guid Id, string Title, TaskState State, TaskPriority Priority, string LeadUnitName, string? LeadHandlerName, string AssignerName,
    DateOnly DueDate, DateTime CreatedAtUtc, int Percent, bool IsOverdue, int WorkingDaysLeft, bool CompletedLate, bool IsSubtask);

public sealed record TaskPage(IReadOnlyList<TaskRow> Items, int Total);

public sealed record TaskDetail(
    WorkTask Task,
    TaskRelation Relation,
    IReadOnlySet<TaskOperation> Allowed,
    bool IsOverdue,
    int WorkingDaysLeft,
    string AssignerUnitName,
    string? AssignerParentUnitName,
    string? ParentTitle,
    IReadOnlyList<TaskRow> Subtasks,
    IReadOnlyList<TaskEvent> Timeline,
    IReadOnlyList<StoredFileInfo> Attachments,
    IReadOnlyList<Guid> UnitsILead,
    IReadOnlyList<TaskPerson> Participants,
    DateOnly Today,
    TaskUnit? MyCoordinatingPart = null)
{
    public bool Can(TaskOperation operation) => Allowed.Contains(operation);
}

/// <summary>What a module whose records tasks are made from may read of them: how each task stands (a document's handling).</summary>
public interface ITaskProgress
{
    Task<IReadOnlyDictionary<Guid, TaskProgress>> ProgressAsync(Persistence.WorkspaceDbContext db, IReadOnlyCollection<Guid> taskIds, CancellationToken ct);
}

public sealed record TaskProgress(Guid TaskId, TaskState State, int Percent, IReadOnlyList<TaskUnitProgress> Units);

/// <summary>One unit's part of a task as another module shows it: its own handler, progress and last report.</summary>
public sealed record TaskUnitProgress(
    Guid UnitId, string UnitName, bool IsLead, DateOnly DueDate, string? HandlerName, UnitPartStatus Status, int Percent, DateTime? ReportedAtUtc)
{
    public static TaskUnitProgress Of(WorkTask task, TaskUnit unit) => new(unit.UnitId, unit.UnitName, unit.IsLead, unit.DueDate, unit.HandlerName,
        UnitPartStatuses.Of(task.State, unit), unit.IsLead ? task.Percent : unit.Percent, unit.ReportedAtUtc);
}

/// <summary>Where one unit's part of a task stands; the lead unit's is the task's own state.</summary>
public enum UnitPartStatus
{
    /// <summary>The unit's leader has not yet named a handler.</summary>
    AwaitingHandler,

    /// <summary>A handler is named; no report yet.</summary>
    Handling,

    /// <summary>The unit has reported its progress.</summary>
    Reported,

    /// <summary>The task is completed: every part with it.</summary>
    Finished,

    /// <summary>The task was cancelled.</summary>
    Stopped,
}

public static class UnitPartStatuses
{
    public static UnitPartStatus Of(TaskState state, TaskUnit unit) => state switch
    {
        TaskState.Completed => UnitPartStatus.Finished,
        TaskState.Cancelled => UnitPartStatus.Stopped,
        TaskState.New or TaskState.InProgress or TaskState.AwaitingReview or TaskState.Returned or TaskState.Paused =>
            unit.ReportedAtUtc is not null ? UnitPartStatus.Reported
            : unit.HandlerId is not null ? UnitPartStatus.Handling
            : UnitPartStatus.AwaitingHandler,
    };
}
