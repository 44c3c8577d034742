using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Tasks;

public sealed class TaskServiceTests : TaskTest
{
    private async Task<List<(string Kind, Guid To)>> NotificationsAsync()
    {
        await using var db = Db.CreateDbContext();
        return (await db.Notifications.AsNoTracking().ToListAsync()).Select(n => (n.Kind, n.RecipientId)).ToList();
    }

    [Fact]
    public async Task Create_ByCityLeader_NotifiesTheLeadersOfEveryUnit_AndRecordsTheTimeline()
    {
        var id = await AssignAsync();
        var task = await ReloadAsync(id);
        Assert.Equal(TaskState.New, task.State);
        Assert.Equal(Today.AddDays(10), task.DueDate);
        Assert.Single(task.Units, u => u.IsLead && u.UnitName == "Sở Khoa học và Công nghệ");
        Assert.Single(task.Units, u => !u.IsLead && u.UnitName == "Sở Tài chính" && u.DueDate == Today.AddDays(7));

        var notified = await NotificationsAsync();
        Assert.Contains((NotificationKinds.TaskAssigned, await DemoActors.UserIdAsync(Db, "khcn.lanhdao")), notified);
        Assert.Contains((NotificationKinds.TaskAssigned, await DemoActors.UserIdAsync(Db, "tc.lanhdao")), notified);
        Assert.DoesNotContain(notified, n => n.To == User.Actor!.UserId);
        Assert.Equal(2, Publisher.Published.Count);
        var change = Assert.Single(Publisher.Changes);
        Assert.Equal(id, change.Change.Id);

        await using var db = Db.CreateDbContext();
        Assert.Equal(TaskEventKind.Created, (await db.TaskEvents.SingleAsync(e => e.TaskId == id)).Kind);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(WorkTask) && a.EntityId == id.ToString()));
    }

    public static TheoryData<string, Func<CreateTask, CreateTask>> BadInput() => new()
    {
        { "tên công việc", c => c with { Title = "  " } },
        { "quá khứ", c => c with { Lead = c.Lead with { DueDate = Today.AddDays(-1) } } },
        { "đồng thời", c => c with { Coordinators = [c.Lead] } },
        { "không được sau", c => c with { Coordinators = [c.Coordinators[0] with { DueDate = c.Lead.DueDate.AddDays(1) }] } },
        { "một lần", c => c with { Coordinators = [c.Coordinators[0], c.Coordinators[0]] } },
        { "dài quá", c => c with { Title = new string('a', WorkTask.TitleMaxLength + 1) } },
        { "cuộc họp", c => c with { Source = TaskSource.Meeting } },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Create_WithBadInput_IsRefusedInVietnamese_AndChangesNothing(string expected, Func<CreateTask, CreateTask> spoil)
    {
        await ActAsAsync("chutich");
        var command = spoil(await CommandAsync());
        var ex = await Assert.ThrowsAsync<DomainException>(() => Service.CreateAsync(command));
        Assert.Contains(expected, ex.Message);
        Assert.Equal(0, await CountAsync<WorkTask>());
        Assert.Equal(0, await CountAsync<StoredFile>());
        Assert.Equal(0, await CountAsync<Notification>());
        Assert.Empty(Publisher.Published);
    }

    [Theory]
    [InlineData("chutich", "STC", true)]
    [InlineData("khcn.lanhdao", "SKHCN", true)]
    [InlineData("khcn.lanhdao", "IOC", true)]
    [InlineData("khcn.lanhdao", "STC", false)]
    [InlineData("ioc.lanhdao", "SKHCN", false)]
    [InlineData("khcn.chuyenvien", "SKHCN", false)]
    [InlineData("khcn.vanthu", "SKHCN", false)]
    [InlineData("admin", "SKHCN", false)]
    [InlineData("vnpt.khaithac", "SKHCN", false)]
    [InlineData("chutich", "VNPT-HUE", false)]
    public async Task Create_IsAllowedOnlyToLeaders_WithinTheirSubtree(string assigner, string lead, bool allowed)
    {
        await ActAsAsync(assigner);
        var command = await CommandAsync(lead, coordinator: null);
        if (allowed)
        {
            Assert.NotEqual(Guid.Empty, await Service.CreateAsync(command));
            return;
        }

        await Assert.ThrowsAsync<ForbiddenException>(() => Service.CreateAsync(command));
        Assert.Equal(0, await CountAsync<WorkTask>());
    }

    [Fact]
    public async Task TheWholeJourney_AssignReportReturnApprove_MovesTheTaskAndTellsThePeopleConcerned()
    {
        var id = await AssignAsync();
        await AssignHandlerAsync(id);
        var handler = await DemoActors.UserIdAsync(Db, "khcn.chuyenvien");
        Assert.Equal(handler, (await ReloadAsync(id)).Lead.HandlerId);

        await As("khcn.chuyenvien", v => Service.ReportAsync(id, v, 50, "Đã xong dự thảo"), id);
        Assert.Equal((TaskState.InProgress, 50), ((await ReloadAsync(id)).State, (await ReloadAsync(id)).Percent));
        await As("tc.lanhdao", v => Service.ReportAsync(id, v, 0, "Sở Tài chính thống nhất dự toán"), id);
        await As("khcn.chuyenvien", v => Service.SubmitAsync(id, v, "Trình dự thảo kế hoạch"), id);
        Assert.Equal(TaskState.AwaitingReview, (await ReloadAsync(id)).State);

        await As("chutich", v => Service.ReturnAsync(id, v, "Bổ sung kinh phí"), id);
        Assert.Equal(TaskState.Returned, (await ReloadAsync(id)).State);
        await As("khcn.chuyenvien", v => Service.SubmitAsync(id, v, "Đã bổ sung"), id);
        await As("chutich", v => Service.ApproveAsync(id, v, "Đồng ý"), id);
        var done = await ReloadAsync(id);
        Assert.Equal(TaskState.Completed, done.State);
        Assert.False(done.CompletedLate);

        var notified = await NotificationsAsync();
        var chutich = await DemoActors.UserIdAsync(Db, "chutich");
        Assert.Contains((NotificationKinds.TaskHandlerAssigned, handler), notified);
        Assert.Contains((NotificationKinds.TaskReported, chutich), notified);
        Assert.Contains((NotificationKinds.TaskSubmitted, chutich), notified);
        Assert.Contains((NotificationKinds.TaskReturned, handler), notified);
        Assert.Contains((NotificationKinds.TaskApproved, handler), notified);
        Assert.Contains((NotificationKinds.TaskApproved, await DemoActors.UserIdAsync(Db, "khcn.lanhdao")), notified);

        await ActAsAsync("chutich");
        var detail = await Queries.GetAsync(id);
        Assert.Equal(
            [TaskEventKind.Created, TaskEventKind.HandlerAssigned, TaskEventKind.ProgressReported, TaskEventKind.ProgressReported,
             TaskEventKind.Submitted, TaskEventKind.Returned, TaskEventKind.Submitted, TaskEventKind.Approved],
            detail.Timeline.Select(e => e.Kind));
    }

    [Fact]
    public async Task HandlerDeadline_AfterTheUnitsDeadline_IsRefused()
    {
        var id = await AssignAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => AssignHandlerAsync(id, days: 11));
        Assert.Contains("không được sau", ex.Message);
        Assert.Null((await ReloadAsync(id)).Lead.HandlerId);
    }

    [Fact]
    public async Task Handler_MustBelongToTheUnit()
    {
        var id = await AssignAsync();
        await Assert.ThrowsAsync<DomainException>(() => AssignHandlerAsync(id, handler: "tc.chuyenvien"));
        await Assert.ThrowsAsync<ForbiddenException>(() => AssignHandlerAsync(id, leader: "khcn.lanhdao", handler: "tc.chuyenvien", unit: "STC"));
        await AssignHandlerAsync(id, leader: "tc.lanhdao", handler: "tc.chuyenvien", unit: "STC", days: 5);
        Assert.Equal("Ngô Thị Quỳnh", (await ReloadAsync(id)).Units.Single(u => !u.IsLead).HandlerName);
    }

    [Fact]
    public async Task TwoPeopleActingOnTheSameVersion_TheSecondGetsAConflict_AndNothingIsOverwritten()
    {
        var id = await AssignAsync();
        await AssignHandlerAsync(id);
        await ActAsAsync("khcn.chuyenvien");
        await Service.StartAsync(id, await VersionAsync(id));
        var seen = await VersionAsync(id);

        await ActAsAsync("chutich");
        await Service.PauseAsync(id, seen, "Chờ ý kiến Thường trực");
        await ActAsAsync("khcn.chuyenvien");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.ReportAsync(id, seen, 30, "Đang làm"));

        var task = await ReloadAsync(id);
        Assert.Equal((TaskState.Paused, 0), (task.State, task.Percent));
    }

    [Fact]
    public async Task Extension_RequestedByTheLead_DecidedByTheAssigner()
    {
        var id = await AssignAsync();
        await As("khcn.lanhdao", v => Service.RequestExtensionAsync(id, v, Today.AddDays(20), "Chờ số liệu"), id);
        await ActAsAsync("khcn.lanhdao");
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Service.DecideExtensionAsync(id, await VersionAsync(id), true, null));
        await As("chutich", v => Service.DecideExtensionAsync(id, v, true, null), id);
        Assert.Equal(Today.AddDays(20), (await ReloadAsync(id)).DueDate);
        Assert.Contains((NotificationKinds.TaskExtensionRequested, await DemoActors.UserIdAsync(Db, "chutich")), await NotificationsAsync());
        Assert.Contains((NotificationKinds.TaskExtensionDecided, await DemoActors.UserIdAsync(Db, "khcn.lanhdao")), await NotificationsAsync());
    }

    [Fact]
    public async Task Mentions_NotifyPeopleTheTaskConcerns_AndRefuseOthers()
    {
        var id = await AssignAsync();
        await ActAsAsync("khcn.lanhdao");
        await Service.CommentAsync(id, await VersionAsync(id), "Đề nghị @tc.lanhdao cho ý kiến về kinh phí.");
        Assert.Contains((NotificationKinds.TaskMentioned, await DemoActors.UserIdAsync(Db, "tc.lanhdao")), await NotificationsAsync());

        var ex = await Assert.ThrowsAsync<DomainException>(async () => await Service.CommentAsync(id, await VersionAsync(id), "Nhờ @YT.chuyenvien xem giúp"));
        Assert.Contains("không tham gia", ex.Message);
        Assert.DoesNotContain("Y tế", ex.Message);

        // Someone who exists but is not on the task and a name nobody has get the same answer: names cannot be probed.
        var unknown = await Assert.ThrowsAsync<DomainException>(async () => await Service.CommentAsync(id, await VersionAsync(id), "Gửi @khong.co.ai"));
        Assert.Equal(ex.Message.Replace("yt.chuyenvien", "X"), unknown.Message.Replace("khong.co.ai", "X"));

        // Sign-in names match without case, in the database as in memory.
        await Service.CommentAsync(id, await VersionAsync(id), "Đề nghị @TC.LanhDao xem lại.");
        await using var db = Db.CreateDbContext();
        Assert.Equal(2, await db.TaskEvents.CountAsync(e => e.TaskId == id && e.Kind == TaskEventKind.Commented));
    }

    [Fact]
    public async Task Subtask_StaysWithinTheParentsUnitAndDeadline()
    {
        var id = await AssignAsync();
        await AssignHandlerAsync(id);
        await ActAsAsync("khcn.chuyenvien");
        var me = User.Actor!.UserId;
        var late = await CommandAsync("SKHCN", coordinator: null, leadDays: 11, title: "Thu thập số liệu");
        var ex = await Assert.ThrowsAsync<DomainException>(() => Service.CreateAsync(late with { ParentId = id }));
        Assert.Contains("không được sau", ex.Message);
        var elsewhere = await CommandAsync("STC", coordinator: null, leadDays: 5, title: "Thu thập số liệu");
        await Assert.ThrowsAsync<DomainException>(() => Service.CreateAsync(elsewhere with { ParentId = id }));

        var ok = await CommandAsync("SKHCN", coordinator: null, leadDays: 5, title: "Thu thập số liệu");
        var subId = await Service.CreateAsync(ok with { ParentId = id, LeadHandlerId = me });
        var sub = await ReloadAsync(subId);
        Assert.Equal((id, me), (sub.ParentId!.Value, sub.Lead.HandlerId));

        await ActAsAsync("chutich");
        Assert.Single((await Queries.GetAsync(id)).Subtasks, s => s.Id == subId);
    }

    [Fact]
    public async Task Attachments_AreStored_AndReadOnlyByPeopleTheTaskConcerns()
    {
        byte[] content = [.. "%PDF-1.7\n"u8, 1, 2, 3];
        await ActAsAsync("chutich");
        var pdf = await StageAsync("Kế hoạch.pdf", content);
        var id = await AssignAsync(command: (await CommandAsync()) with { Files = [pdf] });
        await ActAsAsync("tc.lanhdao");
        var detail = await Queries.GetAsync(id);
        var info = Assert.Single(detail.Attachments);
        var file = await Queries.GetAttachmentAsync(id, info.Id);
        Assert.Equal(("Kế hoạch.pdf", "application/pdf"), (file.FileName, file.ContentType));
        await using (var stream = await Files.OpenAsync(file))
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(content, copy.ToArray());
        }

        await ActAsAsync("yt.chuyenvien");
        await Assert.ThrowsAsync<NotFoundException>(() => Queries.GetAttachmentAsync(id, info.Id));
    }

    [Fact]
    public async Task LiveChanges_ReachLeadersAboveAndHandlers_ButNotOutsiders()
    {
        var id = await AssignAsync(command: await CommandAsync("IOC", coordinator: null));
        await AssignHandlerAsync(id, leader: "ioc.lanhdao", handler: "ioc.chuyenvien", unit: "IOC");
        var audience = Publisher.Changes.Last().Audience;
        foreach (var inside in new[] { "chutich", "phochutich", "khcn.lanhdao", "ioc.lanhdao", "ioc.chuyenvien" })
        {
            Assert.Contains(await DemoActors.UserIdAsync(Db, inside), audience);
        }

        foreach (var outside in new[] { "khcn.chuyenvien", "tc.lanhdao", "admin", "yt.chuyenvien" })
        {
            Assert.DoesNotContain(await DemoActors.UserIdAsync(Db, outside), audience);
        }
    }
}
