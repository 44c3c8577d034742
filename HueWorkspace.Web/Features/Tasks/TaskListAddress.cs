using System.Reflection;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Components.Shared;

namespace HueWorkspace.Web.Features.Tasks;

/// <summary>Which moment of a task a list's period is about.</summary>
public enum TaskDate
{
    Assigned,
    Completed,
}

/// <summary>
/// The task list's address: the page, the export and <c>GET /api/tasks</c> read it, the dashboard writes it.
/// <c>unit</c> is the lead unit and those below it (what the dashboard counts); <c>involves</c> is the page's unit filter
/// (any unit taking part). The period (<c>on</c>, <c>from</c>, <c>to</c>) is when tasks were given or completed, as in
/// every list; the deadline is a filter of its own (<c>dueFrom</c>, <c>dueTo</c>), so the page's deadline filter and a
/// dashboard's period hold together in one address.
/// </summary>
public sealed record TaskListAddress(TaskListQuery Query) : IBindableFromHttpContext<TaskListAddress>
{
    public static ListAddress<TaskListQuery> Keys { get; } = new ListAddress<TaskListQuery>(new TaskListQuery())
        .Setting("tab", q => q.Tab, (q, v) => q with { Tab = v })
        .Choice<TaskState>("state", q => q.State, (q, v) => q with { State = v })
        .Choice<TaskPriority>("priority", q => q.Priority, (q, v) => q with { Priority = v })
        .Unit(q => q.LeadWithin, (q, v) => q with { LeadWithin = v })
        .Id("involves", q => q.UnitId, (q, v) => q with { UnitId = v })
        .Day("dueFrom", q => q.DueFrom, (q, v) => q with { DueFrom = v })
        .Day("dueTo", q => q.DueTo, (q, v) => q with { DueTo = v })
        .Period(TaskDate.Assigned,
            (q, on) => on switch
            {
                TaskDate.Assigned => (q.AssignedFrom, q.AssignedTo),
                TaskDate.Completed => (q.CompletedFrom, q.CompletedTo),
            },
            (q, on, from, to) => on switch
            {
                TaskDate.Assigned => q with { AssignedFrom = from, AssignedTo = to },
                TaskDate.Completed => q with { CompletedFrom = from, CompletedTo = to },
            })
        .Flag("source", "documents", q => q.FromDocuments, (q, v) => q with { FromDocuments = v })
        .Search(q => q.Search, (q, v) => q with { Search = v })
        .Setting("sort", q => q.Sort, (q, v) => q with { Sort = v })
        .Paging(q => q.Page, (q, v) => q with { Page = v }, q => q.PageSize, (q, v) => q with { PageSize = v })
        .Renamed("lead", "unit")
        .Renamed("assignedFrom", "on=Assigned&from").Renamed("assignedTo", "on=Assigned&to")
        .Renamed("completedFrom", "on=Completed&from").Renamed("completedTo", "on=Completed&to");

    public static ValueTask<TaskListAddress?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<TaskListAddress?>(new(Keys.ReadStrict(context.Request.Query)));
}
