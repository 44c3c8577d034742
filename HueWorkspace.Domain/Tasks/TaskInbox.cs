using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// What tasks ask of whom (docs/decisions/0011-inbox.md): a unit without a handler waits for its leader to name one; the
/// lead handler starts, then works and submits the result; a coordinating unit's handler reports its part; the assigner
/// reviews a submitted result and decides an extension asked for (Decision 41 Art. 13). Who holds each step is the access
/// rule's answer (<see cref="TaskAccess"/>), narrowed to the unit or the person the step belongs to.
/// </summary>
public sealed class TaskInbox : IInboxSource
{
    private static readonly TaskEventKind[] Moves = [TaskEventKind.Started, TaskEventKind.Returned, TaskEventKind.Resumed, TaskEventKind.ExtensionRequested];

    private static readonly TaskState[] Waiting = [TaskState.New, TaskState.InProgress, TaskState.Returned, TaskState.AwaitingReview];

    public InboxModule Module => InboxModule.Tasks;

    public async Task<IReadOnlyList<InboxEntry>> WaitingForAsync(InboxSlice slice, CancellationToken ct)
    {
        var me = slice.Actor.UserId!.Value;
        var unit = slice.Actor.UnitId!.Value;
        var leader = slice.Actor.IsLeader;

        // Narrowed to the tasks the person gave, handles, or whose unit of theirs has no handler yet; the rule decides the rest.
        var tasks = await Load(TaskAccess.Rule.Visible(slice.Db, slice.Actor, slice.Tree)
            .Where(t => t.AssignerId == me || t.Units.Any(u => u.HandlerId == me || leader && u.UnitId == unit && u.HandlerId == null)), ct);
        return slice.EntriesOf(Module, tasks, t => WaitingOn(t, slice.Tree), Describe);
    }

    public async Task<IReadOnlyList<WaitingStep>> WaitingOnAsync(InboxSlice slice, Guid id, CancellationToken ct) =>
        slice.StepsOf(await Load(slice.Db.Tasks.Where(t => t.Id == id), ct),
            t => !TaskAccess.IsNone(TaskAccess.Rule.RelationOf(slice.Actor, t, slice.Tree)), t => WaitingOn(t, slice.Tree));

    /// <summary>The candidates in a waiting state, with what the rule and the steps read of them (units, the last moves).</summary>
    private static Task<List<WorkTask>> Load(IQueryable<WorkTask> tasks, CancellationToken ct) =>
        tasks.AsNoTracking().Where(t => Waiting.Contains(t.State)).Include(t => t.Units).Include(t => t.Events.Where(e => Moves.Contains(e.Kind)))
            .AsSplitQuery().ToListAsync(ct);

    private static (Guid Id, string? Reference, string Title, string Link) Describe(WorkTask t) => (t.Id, t.SourceReference, t.Title, $"/tasks/{t.Id}");

    /// <summary>The steps the task waits for in its state, each with who holds it now.</summary>
    public static IEnumerable<WaitingStep> WaitingOn(WorkTask task, OrgTree tree)
    {
        var rule = TaskAccess.Rule;
        var last = task.Events.Where(e => e.Kind != TaskEventKind.ExtensionRequested).Select(e => (DateTime?)e.AtUtc).Max();
        switch (task.State)
        {
            case TaskState.New or TaskState.InProgress or TaskState.Returned:
                foreach (var unit in task.Units.Where(u => u.HandlerId is null))
                {
                    yield return Step(TaskOperation.AssignHandler, rule.Holders(task, TaskOperation.AssignHandler, tree, p => p.UnitId == unit.UnitId && p.IsLeader),
                        task.CreatedAtUtc, unit.DueDate);
                }

                if (task.Lead.HandlerId is { } handler)
                {
                    var operation = task.State == TaskState.New ? TaskOperation.Start : TaskOperation.Submit;
                    yield return Step(operation, rule.Holders(task, operation, tree, p => p.Id == handler),
                        Latest(task.Lead.HandlerAssignedAtUtc, last) ?? task.CreatedAtUtc, task.Lead.HandlerDueDate ?? task.DueDate);
                }

                foreach (var unit in task.Units.Where(u => !u.IsLead && u.HandlerId is not null && task.State != TaskState.New))
                {
                    yield return Step(TaskOperation.Report, rule.Holders(task, TaskOperation.Report, tree, p => p.Id == unit.HandlerId),
                        unit.HandlerAssignedAtUtc ?? task.CreatedAtUtc, unit.HandlerDueDate ?? unit.DueDate);
                }

                if (task.HasPendingExtension)
                {
                    var asked = task.Events.Where(e => e.Kind == TaskEventKind.ExtensionRequested).Select(e => (DateTime?)e.AtUtc).Max();
                    yield return Step(TaskOperation.DecideExtension, rule.Holders(task, TaskOperation.DecideExtension, tree), asked ?? task.CreatedAtUtc, task.DueDate);
                }

                break;
            case TaskState.AwaitingReview:
                yield return Step(TaskOperation.Approve, rule.Holders(task, TaskOperation.Approve, tree), task.SubmittedAtUtc ?? task.CreatedAtUtc, null);
                break;
            case TaskState.Paused or TaskState.Completed or TaskState.Cancelled:
                break;
        }
    }

    private static WaitingStep Step(TaskOperation operation, IReadOnlyList<Guid> holders, DateTime since, DateOnly? due) =>
        new(operation.Title(), holders, since, due);

    private static DateTime? Latest(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
