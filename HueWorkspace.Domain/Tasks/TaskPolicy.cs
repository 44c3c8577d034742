using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Domain.Tasks;

/// <summary>How a person stands to a task; a person can stand in several ways at once.</summary>
[Flags]
public enum TaskRelation
{
    None = 0,
    Assigner = 1,

    /// <summary>Leader of the lead unit (chủ trì).</summary>
    LeadLeader = 2,
    LeadHandler = 4,

    /// <summary>Leader of a coordinating unit (phối hợp).</summary>
    CoordinatorLeader = 8,
    CoordinatorHandler = 16,

    /// <summary>A leader of a unit above one of the task's units (Art. 18.2: leaders see their subtree).</summary>
    LeaderAbove = 32,
}

/// <summary>
/// Who may do what to a task (Decision 41 Art. 13.2: functions by the unit's and the person's role). Checked by
/// <see cref="TaskService"/> before every action and used by pages to offer only the allowed actions. A person
/// with no relation to a task may not even learn it exists.
/// </summary>
public static class TaskPolicy
{
    private const TaskRelation Lead = TaskRelation.LeadLeader | TaskRelation.LeadHandler;
    private const TaskRelation Worker = Lead | TaskRelation.CoordinatorLeader | TaskRelation.CoordinatorHandler;

    public static bool IsLeader(Actor actor) => TaskAccess.IsLeader(actor);

    /// <summary>May assign new top-level work at all: city leaders anywhere, unit leaders within their own subtree.</summary>
    public static bool CanAssign(Actor actor) => actor.IsAssigned && IsLeader(actor);

    /// <summary>Whether the person may make <paramref name="unitId"/> the lead or a coordinating unit of new work.</summary>
    public static bool CanAssignTo(Actor actor, Unit unit, OrgTree tree, DateOnly today) =>
        CanAssign(actor)
        && unit.IsActiveOn(today)
        && unit.Kind != UnitKind.ExternalOrganisation
        && (actor.IsInRole(Role.CityLeader) || tree.IsWithin(unit.Id, actor.UnitId!.Value));

    public static bool LeadsUnit(Actor actor, Guid unitId) => IsLeader(actor) && actor.UnitId == unitId;

    /// <summary>How the person stands to the task: the area's access rule (<see cref="TaskAccess.RelationOf"/>).</summary>
    public static TaskRelation RelationOf(Actor actor, WorkTask task, OrgTree tree) => TaskAccess.RelationOf(actor, task, tree);

    /// <summary>Which relations may perform an operation, whatever the state.</summary>
    public static bool RelationAllows(TaskRelation relation, TaskOperation operation) => relation != TaskRelation.None && operation switch
    {
        TaskOperation.View or TaskOperation.Comment => true,
        TaskOperation.AssignHandler => (relation & (TaskRelation.LeadLeader | TaskRelation.CoordinatorLeader)) != 0,
        TaskOperation.Start or TaskOperation.Submit or TaskOperation.RequestExtension or TaskOperation.CreateSubtask => (relation & Lead) != 0,
        TaskOperation.Report => (relation & Worker) != 0,
        TaskOperation.Approve or TaskOperation.Return or TaskOperation.Pause or TaskOperation.Resume
            or TaskOperation.Cancel or TaskOperation.DecideExtension => relation.HasFlag(TaskRelation.Assigner),
    };

    /// <summary>The operations this person may take on this task now: their relation and the task's state both allow it.</summary>
    public static IReadOnlySet<TaskOperation> AllowedOperations(TaskRelation relation, WorkTask task) =>
        Enum.GetValues<TaskOperation>().Where(op => RelationAllows(relation, op) && task.Permits(op)).ToHashSet();

    /// <summary>Refuses a person without the relation the operation needs. Someone with no relation at all gets "not found".</summary>
    public static void Demand(TaskRelation relation, TaskOperation operation)
    {
        if (relation == TaskRelation.None)
        {
            throw new NotFoundException(TaskQueries.NotFoundMessage);
        }

        if (!RelationAllows(relation, operation))
        {
            throw new ForbiddenException($"Bạn không có quyền \"{operation.Title()}\" đối với công việc này.");
        }
    }
}
