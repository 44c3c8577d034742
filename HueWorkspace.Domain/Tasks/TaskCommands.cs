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
    IReadOnlyList<UploadedFile>? Files = null);

/// <summary>A unit the person may choose on the task form, with its depth in the tree for indentation.</summary>
public sealed record TaskUnitOption(Guid Id, string Name, int Depth);

/// <summary>What the task form needs: where the work may go, and for a subtask the limits set by its parent.</summary>
public sealed record TaskFormOptions(IReadOnlyList<TaskUnitOption> Units, Guid? ParentId, string? ParentTitle, DateOnly? ParentDue, DateOnly Today);

public sealed record TaskPerson(Guid Id, string FullName, string? UserName, string UnitName);
