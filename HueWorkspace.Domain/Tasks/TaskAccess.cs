using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// Who may see a task — the one access rule of the Tasks area, in the three forms its users need, side by side so
/// they cannot drift apart (a test checks that they agree for every demo person and task):
/// <list type="number">
/// <item><see cref="RelationOf"/>: how one person stands to one loaded task (the check before every action and page);</item>
/// <item><see cref="Visible"/>: the tasks a person may see, as a database query (every list, export and count);</item>
/// <item><see cref="AudienceAsync"/>: everyone who may see one task (who is told live of a change).</item>
/// </list>
/// The rule: a person sees a task when they gave it, handle it for one of its units, or lead (as unit or city leader)
/// one of its units or a unit above one (Decision 41 Art. 13.2, 18.2: leaders see their subtree). Nobody else learns it
/// exists. Later modules keep their own rule in the same shape.
/// </summary>
public static class TaskAccess
{
    public static bool IsLeader(Actor actor) => actor.IsInAnyRole(Role.UnitLeader, Role.CityLeader);

    private static bool IsLeader(IEnumerable<Role> roles) => roles.Any(r => r is Role.UnitLeader or Role.CityLeader);

    /// <summary>Form 1: the relation of one person to one task (with the units loaded); none means "not found".</summary>
    public static TaskRelation RelationOf(Actor actor, WorkTask task, OrgTree tree)
    {
        if (!actor.IsAssigned)
        {
            return TaskRelation.None;
        }

        var me = actor.UserId!.Value;
        var leader = IsLeader(actor);
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

    /// <summary>Form 2: the tasks a person may see, written so that the database starts from an index.</summary>
    public static IQueryable<WorkTask> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var tasks = db.Tasks.AsNoTracking();
        if (!actor.IsAssigned)
        {
            return tasks.Where(t => false);
        }

        var me = actor.UserId!.Value;
        var handledByMe = db.TaskUnits.Where(u => u.HandlerId == me).Select(u => u.TaskId);
        if (!IsLeader(actor))
        {
            return tasks.Where(t => t.AssignerId == me || handledByMe.Contains(t.Id));
        }

        // A leader at the top sees every task: no filter at all, so lists walk the deadline index directly.
        var myUnits = MyUnits(actor, tree);
        if (SeesAll(myUnits.ToHashSet(), tree))
        {
            return tasks;
        }

        var ofMyUnits = db.TaskUnits.Where(u => myUnits.Contains(u.UnitId)).Select(u => u.TaskId);
        return tasks.Where(t => t.AssignerId == me || ofMyUnits.Contains(t.Id) || handledByMe.Contains(t.Id));
    }

    /// <summary>A leader whose subtree is the whole administration (tasks only go to its units).</summary>
    public static bool SeesAll(Actor actor, OrgTree tree)
    {
        if (!actor.IsAssigned || !IsLeader(actor))
        {
            return false;
        }

        var myUnits = MyUnits(actor, tree).ToHashSet();
        return SeesAll(myUnits, tree);
    }

    private static bool SeesAll(HashSet<Guid> myUnits, OrgTree tree) =>
        tree.Units.Where(u => u.Kind != UnitKind.ExternalOrganisation).All(u => myUnits.Contains(u.Id));

    /// <summary>The person's unit and the units below it.</summary>
    public static List<Guid> MyUnits(Actor actor, OrgTree tree) => tree.Subtree(actor.UnitId!.Value).Select(u => u.Id).ToList();

    /// <summary>Form 3: everyone who may see the task — its assigner, its handlers, the leaders of its units and of the units above.</summary>
    public static async Task<TaskAudience> AudienceAsync(WorkspaceDbContext db, OrgTree tree, WorkTask task, CancellationToken ct)
    {
        var unitIds = task.Units.SelectMany(u => tree.Ancestors(u.UnitId).Select(a => a.Id).Append(u.UnitId)).Distinct().Cast<Guid?>().ToList();
        var leaders = (await db.UserProfiles.AsNoTracking().Where(p => unitIds.Contains(p.UnitId)).ToListAsync(ct))
            .Where(p => p.IsAssigned && IsLeader(p.Roles))
            .Select(p => (p.Id, p.UnitId!.Value)).ToList();
        return new TaskAudience(task, leaders);
    }
}

/// <summary>The people a task concerns (<see cref="TaskAccess.AudienceAsync"/>), and the leaders of each of its units.</summary>
public sealed class TaskAudience(WorkTask task, IReadOnlyList<(Guid PersonId, Guid UnitId)> leaders)
{
    /// <summary>Read after the change, so that a newly named handler is included.</summary>
    public IReadOnlySet<Guid> Everyone => leaders.Select(l => l.PersonId)
        .Concat(task.Units.Select(u => u.HandlerId).OfType<Guid>()).Append(task.AssignerId).ToHashSet();

    public IEnumerable<Guid?> LeadersOf(IEnumerable<Guid> unitIds)
    {
        var set = unitIds.ToHashSet();
        return leaders.Where(l => set.Contains(l.UnitId)).Select(l => (Guid?)l.PersonId);
    }
}
