using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Tasks;

/// <summary>
/// Person (by their relation to the task) × action, each in a state where the action is legal, so that only
/// the person decides. Chủ tịch assigns to Sở KH&amp;CN (lead) with Sở Tài chính coordinating; both leaders
/// have named a handler.
/// </summary>
public sealed class TaskAuthorizationMatrixTests : TaskTest
{
    private static readonly Dictionary<string, TaskOperation[]> Allowed = new()
    {
        ["chutich"] = [TaskOperation.View, TaskOperation.Comment, TaskOperation.Approve, TaskOperation.Return, TaskOperation.Pause, TaskOperation.Resume, TaskOperation.Cancel, TaskOperation.DecideExtension], // assigner
        ["phochutich"] = [TaskOperation.View, TaskOperation.Comment], // a leader above
        ["khcn.lanhdao"] = [TaskOperation.View, TaskOperation.Comment, TaskOperation.AssignHandler, TaskOperation.Start, TaskOperation.Report, TaskOperation.Submit, TaskOperation.RequestExtension, TaskOperation.CreateSubtask], // lead unit's leader
        ["khcn.chuyenvien"] = [TaskOperation.View, TaskOperation.Comment, TaskOperation.Start, TaskOperation.Report, TaskOperation.Submit, TaskOperation.RequestExtension, TaskOperation.CreateSubtask], // lead handler
        ["tc.lanhdao"] = [TaskOperation.View, TaskOperation.Comment, TaskOperation.AssignHandler, TaskOperation.Report], // coordinating unit's leader
        ["tc.chuyenvien"] = [TaskOperation.View, TaskOperation.Comment, TaskOperation.Report], // coordinating handler
        ["khcn.dulieu"] = [], // same unit, not named
        ["ioc.lanhdao"] = [], // leader of a unit below the lead unit
        ["yt.chuyenvien"] = [], // another department
        ["admin"] = [], // administrator: no business role in tasks
    };

    public static TheoryData<string, TaskOperation> Cases()
    {
        var data = new TheoryData<string, TaskOperation>();
        foreach (var person in Allowed.Keys)
        {
            foreach (var op in Enum.GetValues<TaskOperation>())
            {
                data.Add(person, op);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Person_MayActOnTheTask_OnlyAsTheirRelationAllows(string person, TaskOperation operation)
    {
        var id = await AssignAsync();
        await AssignHandlerAsync(id);
        await AssignHandlerAsync(id, leader: "tc.lanhdao", handler: "tc.chuyenvien", unit: "STC", days: 5);
        await PrepareAsync(id, operation);
        var before = await VersionAsync(id);

        await ActAsAsync(person);
        var act = Act(id, operation, person, before);
        if (Allowed[person].Contains(operation))
        {
            var eventsBefore = await EventCountAsync(id);
            await act();
            if (operation == TaskOperation.View)
            {
                Assert.Equal((before, eventsBefore), (await VersionAsync(id), await EventCountAsync(id)));
                return;
            }

            // The action happened: the task moved to a new version, with its line on the timeline by this person.
            Assert.NotEqual(before, await VersionAsync(id));
            Assert.Equal(eventsBefore + 1, await EventCountAsync(id));
            await using var db = Db.CreateDbContext();
            var last = await db.TaskEvents.Where(e => e.TaskId == id).OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).FirstAsync();
            Assert.Equal(User.Actor!.UserId, last.ActorId);
            return;
        }

        var ex = Allowed[person].Length == 0
            ? await Assert.ThrowsAsync<NotFoundException>(act)
            : (DomainException)await Assert.ThrowsAsync<ForbiddenException>(act);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        Assert.Equal(before, await VersionAsync(id));
    }

    private async Task<int> EventCountAsync(Guid id)
    {
        await using var db = Db.CreateDbContext();
        return await db.TaskEvents.CountAsync(e => e.TaskId == id);
    }

    private async Task PrepareAsync(Guid id, TaskOperation operation)
    {
        switch (operation)
        {
            case TaskOperation.Start:
                return;
            case TaskOperation.Approve or TaskOperation.Return:
                await As("khcn.chuyenvien", v => Service.StartAsync(id, v), id);
                await As("khcn.chuyenvien", v => Service.SubmitAsync(id, v, "Kết quả"), id);
                return;
            case TaskOperation.Resume:
                await As("chutich", v => Service.PauseAsync(id, v, "Chờ"), id);
                return;
            case TaskOperation.DecideExtension:
                await As("khcn.lanhdao", v => Service.RequestExtensionAsync(id, v, Today.AddDays(15), "Chờ số liệu"), id);
                return;
            default:
                await As("khcn.chuyenvien", v => Service.StartAsync(id, v), id);
                return;
        }
    }

    private Func<Task> Act(Guid id, TaskOperation operation, string person, Guid version) => operation switch
    {
        TaskOperation.View => () => Queries.GetAsync(id),
        TaskOperation.Comment => () => Service.CommentAsync(id, version, "Ý kiến"),
        TaskOperation.AssignHandler => async () =>
        {
            var (unit, handler) = person.StartsWith("tc.", StringComparison.Ordinal) ? ("STC", "tc.vanthu") : ("SKHCN", "khcn.dulieu");
            await Service.AssignHandlerAsync(id, version, await DemoActors.UnitIdAsync(Db, unit), await DemoActors.UserIdAsync(Db, handler), Today.AddDays(5));
        },
        TaskOperation.Start => () => Service.StartAsync(id, version),
        TaskOperation.Report => () => Service.ReportAsync(id, version, 30, "Tiến độ"),
        TaskOperation.Submit => () => Service.SubmitAsync(id, version, "Kết quả"),
        TaskOperation.Approve => () => Service.ApproveAsync(id, version, null),
        TaskOperation.Return => () => Service.ReturnAsync(id, version, "Bổ sung"),
        TaskOperation.Pause => () => Service.PauseAsync(id, version, "Chờ"),
        TaskOperation.Resume => () => Service.ResumeAsync(id, version),
        TaskOperation.Cancel => () => Service.CancelAsync(id, version, "Thôi"),
        TaskOperation.RequestExtension => () => Service.RequestExtensionAsync(id, version, Today.AddDays(15), "Chờ"),
        TaskOperation.DecideExtension => () => Service.DecideExtensionAsync(id, version, true, null),
        TaskOperation.CreateSubtask => async () => await Service.CreateAsync((await CommandAsync(coordinator: null, leadDays: 5, title: "Việc con")) with { ParentId = id }),
    };
}
