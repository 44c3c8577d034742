using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// One unit's part in a task: lead or coordinating, its deadline, the handler its leader named, and how far the unit's own
/// part has come (its last report). A coordinating unit's part has its own progress (Nghị định 30 Art. 24: each unit the
/// leader names handles its part by its own deadline); the task's state and percentage are the lead unit's.
/// </summary>
public sealed class TaskUnit : IAggregateChild<WorkTask>
{
    private TaskUnit()
    {
        UnitName = null!;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    Guid IAggregateChild<WorkTask>.RootId => TaskId;

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; }

    public bool IsLead { get; private set; }

    public DateOnly DueDate { get; private set; }

    public Guid? HandlerId { get; private set; }

    public string? HandlerName { get; private set; }

    public DateOnly? HandlerDueDate { get; private set; }

    public DateTime? HandlerAssignedAtUtc { get; private set; }

    /// <summary>How far this unit's part has come, by its last report (0 until it reports).</summary>
    public int Percent { get; private set; }

    public DateTime? ReportedAtUtc { get; private set; }

    internal static TaskUnit Create(Guid taskId, Guid unitId, string unitName, bool isLead, DateOnly due) =>
        new() { Id = Guid.CreateVersion7(), TaskId = taskId, UnitId = unitId, UnitName = unitName, IsLead = isLead, DueDate = due };

    internal void SetHandler(Guid handlerId, string handlerName, DateOnly due, DateTime nowUtc)
    {
        HandlerId = handlerId;
        HandlerName = handlerName;
        HandlerDueDate = due;
        HandlerAssignedAtUtc = nowUtc;
    }

    internal void ExtendTo(DateOnly due) => DueDate = due;

    internal void Reported(int percent, DateTime nowUtc)
    {
        Percent = percent;
        ReportedAtUtc = nowUtc;
    }
}

/// <summary>One line of the task's timeline: who did what, when, and what they wrote.</summary>
public sealed class TaskEvent : IAggregateChild<WorkTask>
{
    private TaskEvent()
    {
        ActorName = null!;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    Guid IAggregateChild<WorkTask>.RootId => TaskId;

    public DateTime AtUtc { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public TaskEventKind Kind { get; private set; }

    public string? Text { get; private set; }

    public int? Percent { get; private set; }

    internal static TaskEvent Create(Guid taskId, Actor actor, DateTime nowUtc, TaskEventKind kind, string? text, int? percent) => new()
    {
        Id = Guid.CreateVersion7(),
        TaskId = taskId,
        AtUtc = nowUtc,
        ActorId = actor.UserId,
        ActorName = actor.Name,
        Kind = kind,
        Text = text,
        Percent = percent,
    };
}

public sealed record TaskUnitDue(Guid UnitId, string UnitName, DateOnly DueDate);

internal sealed record NewTaskData(
    string? Title,
    string? Description,
    TaskSource Source,
    string? SourceReference,
    Guid? SourceId,
    TaskPriority Priority,
    Guid? ParentId,
    TaskUnitDue Lead,
    IReadOnlyList<TaskUnitDue>? Coordinators);
