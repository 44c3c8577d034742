using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// Giao việc, chỉ đạo điều hành (Decision 41 Art. 3.2c, 16): every change to tasks, each through the one action pipeline
/// (<see cref="ActionPipeline{TRoot, TRelation, TOperation}"/>: the person's relation, the version the form saw, the
/// workflow's table, one save, then the live push). Reads are in <see cref="TaskQueries"/>. This file holds what every
/// use case shares; the use cases are in <c>TaskService.Create.cs</c> and <c>TaskService.Actions.cs</c>.
/// </summary>
public sealed partial class TaskService : ITaskAssignments
{
    /// <summary>The files area of task attachments.</summary>
    public const string FilesArea = "tasks";

    private readonly ActionPipeline<WorkTask, TaskRelation, TaskOperation> _actions;
    private readonly WorkflowServices _services;
    private readonly FileService _files;

    public TaskService(WorkflowServices services, FileService files, IEnumerable<ITaskSourceObserver> sources)
    {
        _services = services;
        _files = files;
        var observers = sources.ToList();
        _actions = new(services, new WorkflowArea<WorkTask, TaskRelation, TaskOperation>(
            TaskAccess.Rule,
            (db, id, ct) => db.Tasks.Include(t => t.Units).SingleOrDefaultAsync(t => t.Id == id, ct),
            t => new EntityChange(EntityChange.Tasks, t.Id, t.ParentId),
            t => $"/tasks/{t.Id}",
            (t, kind) => new NotificationText(kind, t.Title),
            // A task made from a document changes what the document shows (each unit's handling): its readers follow live.
            AfterCommit: async (db, tree, task, ct) =>
            {
                if (task.Source == TaskSource.Document && task.SourceId is { } source)
                {
                    foreach (var observer in observers)
                    {
                        await observer.TaskChangedAsync(db, tree, source, ct);
                    }
                }
            }));
    }

    private Task AttachAsync(ActionStep<WorkTask, TaskRelation> x, Guid? eventId, IReadOnlyList<StagedFile>? staged)
    {
        FileCheck.CheckCount(staged?.Count ?? 0);
        return _files.AttachAsync(x.Db, FilesArea, x.Root.Id, eventId, staged, x.Actor, x.Now, x.Ct);
    }

    /// <summary>A handler must be an assigned civil servant of the unit or a unit below it.</summary>
    private static OrgPerson Handler(OrgTree tree, Guid unitId, Guid handlerId)
    {
        var person = tree.Person(handlerId);
        if (person is not { IsAssigned: true } || !tree.IsWithin(person.UnitId!.Value, unitId) || person.Roles.All(r => r == Role.DataRequester))
        {
            throw new DomainException("Người xử lý phải là cán bộ của đơn vị được giao hoặc đơn vị trực thuộc.");
        }

        return person;
    }

    /// <summary>The lead unit's leaders and its handler.</summary>
    private static IEnumerable<Guid?> LeadPeople(ActionStep<WorkTask, TaskRelation> x) =>
        x.Tree.LeadersOf([x.Root.LeadUnitId]).Select(id => (Guid?)id).Append(x.Root.Lead.HandlerId);

    /// <summary>Leaders and handlers of every unit on the task.</summary>
    private static IEnumerable<Guid?> Workers(ActionStep<WorkTask, TaskRelation> x) =>
        x.Tree.LeadersOf(x.Root.Units.Select(u => u.UnitId)).Select(id => (Guid?)id).Concat(x.Root.Units.Select(u => u.HandlerId));
}

/// <summary>
/// A module whose records tasks are made from (the incoming documents, through a leader's direction) hears when such a task
/// changed, so the people reading the record follow its handling live; Tasks knows only this interface.
/// </summary>
public interface ITaskSourceObserver
{
    Task TaskChangedAsync(WorkspaceDbContext db, OrgTree tree, Guid sourceId, CancellationToken ct);
}
