using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Tasks;

namespace HueWorkspace.Tests.Domain.Tasks;

/// <summary>The workflow on the aggregate alone: every operation in every state, legal or refused.</summary>
public sealed class TaskTransitionTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTime Now = new(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Leader = new(Guid.NewGuid(), "Lê Minh Tâm", Guid.NewGuid(), new HashSet<Role> { Role.CityLeader });

    private static WorkTask NewTask(DateOnly? due = null) => WorkTask.Create(
        new NewTaskData("Báo cáo tình hình", "", TaskSource.Direct, null, null, TaskPriority.Normal, null,
            new TaskUnitDue(Guid.NewGuid(), "Sở Khoa học và Công nghệ", due ?? Today.AddDays(5)), []),
        Leader, Now, Today, null);

    public static WorkTask InState(TaskState state)
    {
        var task = NewTask();
        switch (state)
        {
            case TaskState.New:
                break;
            case TaskState.InProgress:
                task.Start(Leader, Now);
                break;
            case TaskState.AwaitingReview:
                task.Start(Leader, Now);
                task.Submit("Đã xong", Leader, Now);
                break;
            case TaskState.Returned:
                task.Start(Leader, Now);
                task.Submit("Đã xong", Leader, Now);
                task.Return("Bổ sung số liệu", Leader, Now);
                break;
            case TaskState.Paused:
                task.Pause("Chờ ý kiến Bộ", Leader, Now);
                break;
            case TaskState.Completed:
                task.Start(Leader, Now);
                task.Submit("Đã xong", Leader, Now);
                task.Approve(null, Leader, Now);
                break;
            case TaskState.Cancelled:
                task.Cancel("Không còn cần thiết", Leader, Now);
                break;
        }

        Assert.Equal(state, task.State);
        return task;
    }

    /// <summary>The workflow of the issue, written out: which operations each state allows.</summary>
    private static readonly Dictionary<TaskState, TaskOperation[]> Legal = new()
    {
        [TaskState.New] = [TaskOperation.AssignHandler, TaskOperation.Start, TaskOperation.Report, TaskOperation.Pause, TaskOperation.Cancel, TaskOperation.RequestExtension, TaskOperation.CreateSubtask],
        [TaskState.InProgress] = [TaskOperation.AssignHandler, TaskOperation.Report, TaskOperation.Submit, TaskOperation.Pause, TaskOperation.Cancel, TaskOperation.RequestExtension, TaskOperation.CreateSubtask],
        [TaskState.AwaitingReview] = [TaskOperation.AssignHandler, TaskOperation.Approve, TaskOperation.Return, TaskOperation.Pause, TaskOperation.Cancel],
        [TaskState.Returned] = [TaskOperation.AssignHandler, TaskOperation.Report, TaskOperation.Submit, TaskOperation.Pause, TaskOperation.Cancel, TaskOperation.RequestExtension, TaskOperation.CreateSubtask],
        [TaskState.Paused] = [TaskOperation.Resume, TaskOperation.Cancel],
        [TaskState.Completed] = [],
        [TaskState.Cancelled] = [],
    };

    public static TheoryData<TaskState, TaskOperation> Every()
    {
        var data = new TheoryData<TaskState, TaskOperation>();
        foreach (var state in Enum.GetValues<TaskState>())
        {
            foreach (var op in Enum.GetValues<TaskOperation>().Where(o => o is not (TaskOperation.View or TaskOperation.Comment or TaskOperation.DecideExtension)))
            {
                data.Add(state, op);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Operation_InState_IsLegalExactlyWhenTheWorkflowSaysSo(TaskState state, TaskOperation operation)
    {
        var task = InState(state);
        var legal = Legal[state].Contains(operation);
        Assert.Equal(legal, task.Permits(operation));
        var before = (task.State, task.Events.Count, task.DueDate);
        Action act = operation switch
        {
            TaskOperation.AssignHandler => () => task.AssignHandler(task.LeadUnitId, Guid.NewGuid(), "Lê Thị Hồng Nhung", Today.AddDays(3), Leader, Now, Today),
            TaskOperation.Start => () => task.Start(Leader, Now),
            TaskOperation.Report => () => task.Report(true, 40, "Đã thu thập số liệu", Leader, Now),
            TaskOperation.Submit => () => task.Submit("Kết quả", Leader, Now),
            TaskOperation.Approve => () => task.Approve(null, Leader, Now),
            TaskOperation.Return => () => task.Return("Thiếu phụ lục", Leader, Now),
            TaskOperation.Pause => () => task.Pause("Chờ", Leader, Now),
            TaskOperation.Resume => () => task.Resume(Leader, Now),
            TaskOperation.Cancel => () => task.Cancel("Thôi", Leader, Now),
            TaskOperation.RequestExtension => () => task.RequestExtension(Today.AddDays(9), "Cần thêm thời gian", Leader, Now, null),
            TaskOperation.CreateSubtask => task.RequireCanHaveSubtask,
            _ => throw new InvalidOperationException(),
        };

        if (legal)
        {
            act();
            return;
        }

        var ex = Assert.Throws<DomainException>(act);
        Assert.Contains(state.Title(), ex.Message);
        Assert.Equal(before, (task.State, task.Events.Count, task.DueDate));
    }

    [Fact]
    public void Return_GoesBackToWork_AndTheNextReportContinuesIt()
    {
        var task = InState(TaskState.Returned);
        Assert.Equal("Bổ sung số liệu", task.StateReason);
        task.Report(true, 80, "Đã bổ sung", Leader, Now);
        Assert.Equal(TaskState.InProgress, task.State);
        Assert.Equal(80, task.Percent);
    }

    [Theory]
    [InlineData(TaskState.New)]
    [InlineData(TaskState.InProgress)]
    [InlineData(TaskState.AwaitingReview)]
    [InlineData(TaskState.Returned)]
    public void Resume_ReturnsToTheStateItWasPausedIn(TaskState state)
    {
        var task = InState(state);
        task.Pause("Chờ kinh phí", Leader, Now);
        Assert.Equal(TaskState.Paused, task.State);
        task.Resume(Leader, Now);
        Assert.Equal(state, task.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Reasons_AreRequired_ForReturnPauseCancelAndRefusal(string? reason)
    {
        var review = InState(TaskState.AwaitingReview);
        Assert.Throws<DomainException>(() => review.Return(reason, Leader, Now));
        Assert.Equal(TaskState.AwaitingReview, review.State);

        var working = InState(TaskState.InProgress);
        Assert.Throws<DomainException>(() => working.Pause(reason, Leader, Now));
        Assert.Throws<DomainException>(() => working.Cancel(reason, Leader, Now));
        working.RequestExtension(Today.AddDays(9), "Chờ số liệu", Leader, Now, null);
        Assert.Throws<DomainException>(() => working.DecideExtension(false, reason, Leader, Now));
        Assert.Equal((TaskState.InProgress, Today.AddDays(9)), (working.State, working.RequestedDueDate!.Value));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Report_PercentOutsideZeroToHundred_IsRefused(int percent)
    {
        var task = InState(TaskState.InProgress);
        Assert.Throws<DomainException>(() => task.Report(true, percent, "x", Leader, Now));
        Assert.Equal(0, task.Percent);
    }

    [Fact]
    public void CoordinatorReport_NeitherMovesTheStateNorThePercent()
    {
        var task = InState(TaskState.New);
        task.Report(false, 90, "Sở Tài chính đã góp ý", Leader, Now);
        Assert.Equal((TaskState.New, 0), (task.State, task.Percent));
    }

    [Fact]
    public void Extension_Approved_MovesTheLeadDeadline_Refused_KeepsIt()
    {
        var task = InState(TaskState.InProgress);
        var due = task.DueDate;
        Assert.Throws<DomainException>(() => task.RequestExtension(due, "Chờ", Leader, Now, null));
        Assert.Throws<DomainException>(() => task.RequestExtension(due.AddDays(10), "Chờ", Leader, Now, due.AddDays(5)));
        task.RequestExtension(due.AddDays(4), "Chờ số liệu của Bộ", Leader, Now, null);
        Assert.Throws<DomainException>(() => task.RequestExtension(due.AddDays(6), "Lần hai", Leader, Now, null));
        task.DecideExtension(false, "Không có căn cứ", Leader, Now);
        Assert.Equal(due, task.DueDate);
        Assert.False(task.HasPendingExtension);

        task.RequestExtension(due.AddDays(4), "Chờ số liệu của Bộ", Leader, Now, null);
        task.DecideExtension(true, null, Leader, Now);
        Assert.Equal(due.AddDays(4), task.DueDate);
        Assert.Equal(due.AddDays(4), task.Lead.DueDate);
        Assert.Throws<DomainException>(() => task.DecideExtension(true, null, Leader, Now));
    }

    [Fact]
    public void Overdue_IsDerived_FromOpenStateAndDate()
    {
        var due = Today.AddDays(5);
        Assert.False(WorkTask.IsOverdue(TaskState.InProgress, due, due));
        Assert.True(WorkTask.IsOverdue(TaskState.InProgress, due, due.AddDays(1)));
        Assert.True(WorkTask.IsOverdue(TaskState.AwaitingReview, due, due.AddDays(1)));
        Assert.False(WorkTask.IsOverdue(TaskState.Paused, due, due.AddDays(1)));
        Assert.False(WorkTask.IsOverdue(TaskState.Completed, due, due.AddDays(30)));
        Assert.False(WorkTask.IsOverdue(TaskState.Cancelled, due, due.AddDays(30)));
    }

    [Fact]
    public void Approve_RecordsFinishingLate_WhenTheResultCameAfterTheDeadline()
    {
        var onTime = InState(TaskState.AwaitingReview);
        onTime.Approve("Tốt", Leader, Now.AddDays(30));
        Assert.False(onTime.CompletedLate);

        var late = InState(TaskState.InProgress);
        late.Submit("Xong muộn", Leader, Now.AddDays(6));
        late.Approve(null, Leader, Now.AddDays(7));
        Assert.True(late.CompletedLate);
    }
}
