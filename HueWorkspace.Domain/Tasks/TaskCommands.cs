using HueWorkspace.Domain.Files;

namespace HueWorkspace.Domain.Tasks;

/// <summary>New work, from the form or from a document's direction. <paramref name="ParentId"/> makes it a subtask.</summary>
public sealed record CreateTask(
    string? Title,
    string? Description,
    TaskPriority Priority,
    TaskUnitDue Lead,
    IReadOnlyList<TaskUnitDue> Coordinators,
    TaskSource Source = TaskSource.Direct,
    string? SourceReference = null,
    Guid? SourceId = null,
    Guid? ParentId = null,
    Guid? LeadHandlerId = null,
    DateOnly? LeadHandlerDue = null,
    IReadOnlyList<StagedFile>? Files = null);

/// <summary>
/// What the task form needs: the units the work may go to (with their depth in the tree), and for a subtask the
/// limits set by its parent.
/// </summary>
public sealed record TaskFormOptions(IReadOnlyList<(Organization.Unit Unit, int Depth)> Units, Guid? ParentId, string? ParentTitle, DateOnly? ParentDue, DateOnly Today);

public sealed record TaskPerson(Guid Id, string FullName, string? UserName, string UnitName, string? Position = null)
{
    /// <summary>As a picker names them: with their post (<see cref="Organization.PersonLabel"/>).</summary>
    public string Label => Organization.PersonLabel.Of(FullName, Position, UnitName);
}

/// <summary>
/// One action on an existing task as the page's panel or an API body states it, from the version the person saw;
/// <see cref="TaskService.RunAsync"/> dispatches it. Each operation reads the fields it needs.
/// </summary>
public sealed record TaskAction(
    TaskOperation Operation,
    Guid Version,
    string? Text = null,
    int Percent = 0,
    DateOnly? Date = null,
    Guid? UnitId = null,
    Guid? HandlerId = null,
    bool Approve = false,
    IReadOnlyList<StagedFile>? Files = null);
