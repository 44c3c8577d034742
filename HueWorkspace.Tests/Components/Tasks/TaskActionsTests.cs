using Bunit;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Features.Tasks;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace HueWorkspace.Tests.Components.Tasks;

/// <summary>The action panel offers only the allowed actions and acts on the version the person saw when they opened it.</summary>
public sealed class TaskActionsTests : BunitContext
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Actor Leader = new(Guid.NewGuid(), "Lê Minh Tâm", Guid.NewGuid(), new HashSet<Role> { Role.CityLeader });
    private readonly List<TaskActionInput> _inputs = [];

    public TaskActionsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    private static TaskDetail DetailFor(WorkTask task, TaskRelation relation) =>
        new(task, relation, TaskAccess.Rule.Allowed(relation, task).ToHashSet(), false, 5, "UBND thành phố Huế", null, null, [], [], [], [], [], Today);

    private static WorkTask AwaitingReview()
    {
        var task = WorkTask.Create(new NewTaskData("Báo cáo", "", TaskSource.Direct, null, null, TaskPriority.Normal, null,
            new TaskUnitDue(Guid.NewGuid(), "Sở Tài chính", Today.AddDays(5)), []), Leader, DateTime.UtcNow, Today, null);
        task.Start(Leader, DateTime.UtcNow);
        task.Submit("Xong", Leader, DateTime.UtcNow);
        task.Version = Guid.NewGuid();
        return task;
    }

    private IRenderedComponent<TaskActions> RenderActions(TaskDetail detail) => Render<TaskActions>(p => p
        .Add(a => a.Detail, detail)
        .Add(a => a.OnAction, input => { _inputs.Add(input); return Task.FromResult<string?>(null); })
        .Add(a => a.SearchHandlers, (_, _, _) => Task.FromResult<IReadOnlyList<TaskPerson>>([])));

    [Fact]
    public void TheAssigner_IsOfferedReviewActions_AndAnUpperLeaderNone()
    {
        var task = AwaitingReview();
        var assigner = RenderActions(DetailFor(task, TaskRelation.Assigner));
        Assert.Equal(["action-Approve", "action-Return", "action-Pause", "action-Cancel"],
            assigner.FindAll("[data-testid^=action-]").Select(b => b.GetAttribute("data-testid")!));

        var above = RenderActions(DetailFor(task, TaskRelation.LeaderAbove));
        Assert.Empty(above.FindAll("[data-testid^=action-]"));
    }

    [Fact]
    public void AnActionConfirmedAfterALiveChange_CarriesTheVersionSeenWhenItWasOpened()
    {
        var task = AwaitingReview();
        var seen = task.Version;
        var actions = RenderActions(DetailFor(task, TaskRelation.Assigner));
        actions.Find("[data-testid=action-Return]").Click();
        actions.Find("textarea[data-testid=action-text]").Input("Bổ sung số liệu");

        // Someone else changed the task meanwhile; the page reloaded it live.
        task.Version = Guid.NewGuid();
        actions.Render(p => p.Add(a => a.Detail, DetailFor(task, TaskRelation.Assigner)));
        actions.Find("[data-testid=confirm]").Click();

        var input = Assert.Single(_inputs);
        Assert.Equal((TaskOperation.Return, "Bổ sung số liệu", seen), (input.Operation, input.Text, input.SeenVersion!.Value));
    }
}
