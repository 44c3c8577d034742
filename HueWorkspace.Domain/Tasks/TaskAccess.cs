using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

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
/// Who may see a task and do what to it — the one access rule of the Tasks area (<see cref="AccessRule{TRecord, TRelation, TOperation}"/>;
/// a test checks that its three forms agree for every demo person and task). A person sees a task when they gave it,
/// handle it for one of its units, or lead (as unit or city leader) one of its units or a unit above one (Decision 41
/// Art. 13.2, 18.2: leaders see their subtree). Nobody else learns it exists.
/// </summary>
public sealed class TaskAccess : AccessRule<WorkTask, TaskRelation, TaskOperation>
{
    public const string NotFound = "Không tìm thấy công việc, hoặc bạn không có quyền xem công việc này.";

    private const TaskRelation Lead = TaskRelation.LeadLeader | TaskRelation.LeadHandler;
    private const TaskRelation Worker = Lead | TaskRelation.CoordinatorLeader | TaskRelation.CoordinatorHandler;

    private TaskAccess()
    {
    }

    public static TaskAccess Rule { get; } = new();

    public override string NotFoundMessage => NotFound;

    /// <summary>Form 1: the relation of one person to one task (with the units loaded); none means "not found".</summary>
    public override TaskRelation RelationOf(Actor actor, WorkTask task, OrgTree tree)
    {
        if (!actor.IsAssigned)
        {
            return TaskRelation.None;
        }

        var me = actor.UserId!.Value;
        var leader = actor.IsLeader;
        var relation = task.AssignerId == me ? TaskRelation.Assigner : TaskRelation.None;
        foreach (var unit in task.Units)
        {
            if (leader && actor.UnitId == unit.UnitId)
            {
                relation |= unit.IsLead ? TaskRelation.LeadLeader : TaskRelation.CoordinatorLeader;
            }
            else if (leader && tree.IsWithin(unit.UnitId, actor.UnitId!.Value))
            {
                relation |= TaskRelation.LeaderAbove;
            }

            if (unit.HandlerId == me)
            {
                relation |= unit.IsLead ? TaskRelation.LeadHandler : TaskRelation.CoordinatorHandler;
            }
        }

        return relation;
    }

    /// <summary>Which relations may perform an operation, whatever the state (Decision 41 Art. 13.2: by the unit's and the person's role).</summary>
    public override bool Allows(TaskRelation relation, TaskOperation operation, WorkTask task) => RelationAllows(relation, operation);

    /// <inheritdoc cref="Allows"/>
    public static bool RelationAllows(TaskRelation relation, TaskOperation operation) => relation != TaskRelation.None && operation switch
    {
        TaskOperation.View or TaskOperation.Comment => true,
        TaskOperation.AssignHandler => (relation & (TaskRelation.LeadLeader | TaskRelation.CoordinatorLeader)) != 0,
        TaskOperation.Start or TaskOperation.Submit or TaskOperation.RequestExtension or TaskOperation.CreateSubtask => (relation & Lead) != 0,
        TaskOperation.Report => (relation & Worker) != 0,
        TaskOperation.Approve or TaskOperation.Return or TaskOperation.Pause or TaskOperation.Resume
            or TaskOperation.Cancel or TaskOperation.DecideExtension => relation.HasFlag(TaskRelation.Assigner),
    };

    protected override string Refusal(TaskOperation operation) => $"Bạn không có quyền \"{operation.Title()}\" đối với công việc này.";

    /// <summary>Form 2: the tasks a person may see, written so that the database starts from an index.</summary>
    public override IQueryable<WorkTask> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var tasks = db.Tasks.AsNoTracking();
        if (!actor.IsAssigned)
        {
            return tasks.Where(t => false);
        }

        var me = actor.UserId!.Value;
        var handledByMe = db.TaskUnits.Where(u => u.HandlerId == me).Select(u => u.TaskId);
        if (!actor.IsLeader)
        {
            // Two index lookups joined, not an OR the database can only answer by reading every task (the dashboard counts
            // a civil servant's own work from this).
            var mine = db.Tasks.Where(t => t.AssignerId == me).Select(t => t.Id).Union(handledByMe);
            return tasks.Where(t => mine.Contains(t.Id));
        }

        // A leader at the top sees every task: no filter at all, so lists walk the deadline index directly.
        if (tree.LeadsAll(actor))
        {
            return tasks;
        }

        var myUnits = MyUnits(actor, tree);
        var ofMyUnits = db.TaskUnits.Where(u => myUnits.Contains(u.UnitId)).Select(u => u.TaskId);
        return tasks.Where(t => t.AssignerId == me || ofMyUnits.Contains(t.Id) || handledByMe.Contains(t.Id));
    }

    /// <summary>
    /// The tasks led by one of <paramref name="units"/> that the person may see (what the dashboard counts): a leader sees
    /// every task of their unit and the units below it, so when all of <paramref name="units"/> are there the lead-unit
    /// index alone answers; for anyone else it is <see cref="Visible"/> narrowed.
    /// </summary>
    public IQueryable<WorkTask> VisibleLedBy(WorkspaceDbContext db, Actor actor, OrgTree tree, IReadOnlyList<Guid> units) =>
        actor.IsAssigned && actor.IsLeader && units.All(u => tree.IsWithin(u, actor.UnitId!.Value))
            ? db.Tasks.AsNoTracking().Where(t => units.Contains(t.LeadUnitId))
            : Visible(db, actor, tree).Where(t => units.Contains(t.LeadUnitId));

    /// <summary>The person's unit and the units below it.</summary>
    public static List<Guid> MyUnits(Actor actor, OrgTree tree) => tree.Subtree(actor.UnitId!.Value).Select(u => u.Id).ToList();

    /// <summary>
    /// Form 3: everyone who may see the task — its assigner, its handlers, the leaders of its units and of the units above —
    /// read after the change, so that a newly named handler is included.
    /// </summary>
    public override IReadOnlyCollection<Guid> Audience(WorkTask task, OrgTree tree)
    {
        var units = task.Units.SelectMany(u => tree.Ancestors(u.UnitId).Select(a => a.Id).Append(u.UnitId));
        return tree.LeadersOf(units).Concat(task.Units.Select(u => u.HandlerId).OfType<Guid>()).Append(task.AssignerId).ToHashSet();
    }
}
