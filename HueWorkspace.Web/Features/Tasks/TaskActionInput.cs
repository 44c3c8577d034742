using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Tasks;

namespace HueWorkspace.Web.Features.Tasks;

/// <summary>
/// What a person filled in for one action on the detail page; each action reads the fields it needs.
/// <paramref name="SeenVersion"/> is the task's version when the person opened the action: if someone changed the
/// task while they were filling it in, the action is refused as a conflict instead of applying to a state they did not see.
/// </summary>
public sealed record TaskActionInput(
    TaskOperation Operation, string? Text, int Percent, DateOnly? Date, Guid UnitId, Guid? HandlerId, bool Approve, IReadOnlyList<StagedFile> Files,
    Guid? SeenVersion = null)
{
    /// <summary>The action as the service's one dispatch takes it (<see cref="TaskService.RunAsync"/>), from the version the person saw.</summary>
    public TaskAction ToAction(Guid version) => new(Operation, version, Text, Percent, Date, UnitId, HandlerId, Approve, Files);
}
