using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Auth;

namespace HueWorkspace.Web.Features.Tasks;

/// <summary>Tasks for other clients (the Hue-S app): the same service and rules as the pages.</summary>
public static class TasksApi
{
    public sealed record UnitDue(Guid UnitId, DateOnly DueDate);

    /// <summary>Only <c>lead</c> must be present (StrictJson refuses a body without it); the domain checks the rest.</summary>
    public sealed record CreateRequest(
        UnitDue Lead, string? Title = null, string? Description = null, TaskPriority Priority = TaskPriority.Normal,
        IReadOnlyList<UnitDue>? Coordinators = null, TaskSource Source = TaskSource.Direct, string? SourceReference = null, Guid? ParentId = null);

    /// <summary>One body for every action; each action reads the fields it needs.</summary>
    public sealed record ActionRequest(Guid Version, string? Text = null, int Percent = 0, DateOnly? DueDate = null, Guid? UnitId = null, Guid? HandlerId = null, bool Approve = false);

    public sealed record UnitDto(Guid UnitId, string UnitName, bool IsLead, DateOnly DueDate, Guid? HandlerId, string? HandlerName, DateOnly? HandlerDueDate);

    public sealed record EventDto(DateTime AtUtc, string ActorName, TaskEventKind Kind, string? Text, int? Percent);

    public sealed record TaskDto(
        Guid Id, string Title, string Description, TaskState State, TaskPriority Priority, TaskSource Source, string? SourceReference, Guid? ParentId,
        string AssignerName, DateOnly DueDate, bool IsOverdue, int WorkingDaysLeft, int Percent, bool CompletedLate, string? StateReason,
        DateOnly? RequestedDueDate, Guid Version, IReadOnlyList<UnitDto> Units, IReadOnlyList<TaskOperation> Allowed, IReadOnlyList<EventDto> Timeline)
    {
        public static TaskDto From(TaskDetail d)
        {
            var t = d.Task;
            return new(t.Id, t.Title, t.Description, t.State, t.Priority, t.Source, t.SourceReference, t.ParentId, t.AssignerName, t.DueDate,
                d.IsOverdue, d.WorkingDaysLeft, t.Percent, t.CompletedLate, t.StateReason, t.RequestedDueDate, t.Version,
                t.Units.OrderByDescending(u => u.IsLead).Select(u => new UnitDto(u.UnitId, u.UnitName, u.IsLead, u.DueDate, u.HandlerId, u.HandlerName, u.HandlerDueDate)).ToList(),
                d.Allowed.Order().ToList(),
                d.Timeline.Select(e => new EventDto(e.AtUtc, e.ActorName, e.Kind, e.Text, e.Percent)).ToList());
        }
    }

    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").RequireAuthorization(Policies.Staff);
        group.MapGet("/", async (TaskListAddress list, TaskQueries service, CancellationToken ct) => Results.Ok(await service.ListAsync(list.Query, ct)));
        group.MapGet("/{id:guid}", async (Guid id, TaskQueries service, CancellationToken ct) => Results.Ok(TaskDto.From(await service.GetAsync(id, ct))));
        group.MapPost("/", async (CreateRequest r, TaskService service, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(new CreateTask(r.Title, r.Description, r.Priority,
                new TaskUnitDue(r.Lead.UnitId, "", r.Lead.DueDate),
                (r.Coordinators ?? []).Select(c => new TaskUnitDue(c.UnitId, "", c.DueDate)).ToList(),
                r.Source, r.SourceReference, ParentId: r.ParentId), ct);
            return Results.Created($"/api/tasks/{id}", new { id });
        });
        group.MapPost("/{id:guid}/actions/{operation}", async (Guid id, string operation, ActionRequest r, TaskService service, TaskQueries queries, CancellationToken ct) =>
        {
            if (!EnumNames.TryParse<TaskOperation>(operation, out var op))
            {
                throw new DomainException("Thao tác không hợp lệ.");
            }

            // The same dispatch as the page's panel.
            await service.RunAsync(id, new TaskAction(op, r.Version, r.Text, r.Percent, r.DueDate, r.UnitId, r.HandlerId, r.Approve), ct);
            return Results.Ok(TaskDto.From(await queries.GetAsync(id, ct)));
        });
        return api;
    }
}
