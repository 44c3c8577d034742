using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;

namespace HueWorkspace.Tests.Domain.Tasks;

public sealed class TaskListTests : TaskTest
{
    private async Task<IReadOnlyList<Guid>> IdsAsync(string userName, TaskListQuery query)
    {
        await ActAsAsync(userName);
        return (await Queries.ListAsync(query with { PageSize = 100 })).Items.Select(r => r.Id).ToList();
    }

    [Fact]
    public async Task Tabs_ShowWhatIAssigned_WhatIHandle_AndMyUnits()
    {
        var id = await AssignAsync();
        await AssignHandlerAsync(id);

        Assert.Contains(id, await IdsAsync("chutich", new(TaskTab.AssignedByMe)));
        Assert.DoesNotContain(id, await IdsAsync("khcn.lanhdao", new(TaskTab.AssignedByMe)));
        Assert.Contains(id, await IdsAsync("khcn.chuyenvien", new(TaskTab.HandledByMe)));
        Assert.DoesNotContain(id, await IdsAsync("khcn.lanhdao", new(TaskTab.HandledByMe)));
        Assert.Contains(id, await IdsAsync("khcn.lanhdao", new(TaskTab.MyUnit)));
        Assert.Contains(id, await IdsAsync("tc.lanhdao", new(TaskTab.MyUnit)));
        Assert.Contains(id, await IdsAsync("phochutich", new(TaskTab.MyUnit)));
    }

    [Theory]
    [InlineData("yt.chuyenvien")]
    [InlineData("tc.chuyenvien")]
    [InlineData("khcn.vanthu")]
    [InlineData("ioc.lanhdao")]
    [InlineData("admin")]
    [InlineData("phuxuan.lanhdao")]
    public async Task PeopleTheTaskDoesNotConcern_SeeNothingOfIt_InAnyTab_BySearch_OrById(string outsider)
    {
        var id = await AssignAsync();
        foreach (var tab in Enum.GetValues<TaskTab>())
        {
            Assert.DoesNotContain(id, await IdsAsync(outsider, new(tab, Search: "chuyen doi so")));
            Assert.DoesNotContain(id, await IdsAsync(outsider, new(tab)));
        }

        await Assert.ThrowsAsync<NotFoundException>(() => Queries.GetAsync(id));
        await Assert.ThrowsAsync<NotFoundException>(async () => await Service.CommentAsync(id, await VersionAsync(id), "Xem được không?"));
    }

    [Theory]
    [InlineData("chuyen doi so", true)]
    [InlineData("CHUYỂN ĐỔI SỐ", true)]
    [InlineData("ke hoach", true)]
    [InlineData("so tai chinh", true)]
    [InlineData("y te", false)]
    public async Task Search_IgnoresDiacriticsAndCase(string search, bool found)
    {
        var id = await AssignAsync();
        Assert.Equal(found, (await IdsAsync("chutich", new(TaskTab.AssignedByMe, Search: search))).Contains(id));
    }

    [Fact]
    public async Task Filters_AndSorting_RunOnTheServer_WithPaging()
    {
        await ActAsAsync("chutich");
        var urgent = await Service.CreateAsync((await CommandAsync(leadDays: 3, coordinator: null, title: "Việc khẩn")) with { Priority = TaskPriority.Urgent });
        var later = await Service.CreateAsync(await CommandAsync("SXD", coordinator: null, leadDays: 20, title: "Việc xây dựng"));
        var normal = await Service.CreateAsync((await CommandAsync(leadDays: 10, title: "Việc thường")) with { Priority = TaskPriority.Normal });

        Assert.Equal([urgent, normal, later], await IdsAsync("chutich", new(TaskTab.AssignedByMe)));
        Assert.Equal([later, normal, urgent], await IdsAsync("chutich", new(TaskTab.AssignedByMe, Sort: TaskSort.DueDescending)));
        Assert.Equal(urgent, (await IdsAsync("chutich", new(TaskTab.AssignedByMe, Sort: TaskSort.PriorityFirst)))[0]);
        Assert.Equal([urgent], await IdsAsync("chutich", new(TaskTab.AssignedByMe, Priority: TaskPriority.Urgent)));
        Assert.Equal([later], await IdsAsync("chutich", new(TaskTab.AssignedByMe, UnitId: await DemoActors.UnitIdAsync(Db, "SXD"))));
        Assert.Equal([normal], await IdsAsync("chutich", new(TaskTab.AssignedByMe, DueFrom: Today.AddDays(4), DueTo: Today.AddDays(10))));

        await Service.CancelAsync(normal, await VersionAsync(normal), "Trùng việc");
        Assert.Equal([normal], await IdsAsync("chutich", new(TaskTab.AssignedByMe, State: TaskState.Cancelled)));
        Assert.Equal([urgent, later], await IdsAsync("chutich", new(TaskTab.AssignedByMe, OpenOnly: true)));

        // By deadline, work still owed comes first: the cancelled task moves behind the later one.
        var page = await Queries.ListAsync(new(TaskTab.AssignedByMe, PageSize: 2, Page: 1));
        Assert.Equal(3, page.Total);
        Assert.Equal([normal], page.Items.Select(r => r.Id));
        Assert.Equal([urgent, later], (await Queries.ListAsync(new(TaskTab.AssignedByMe, PageSize: 2))).Items.Select(r => r.Id));
    }

    [Fact]
    public async Task Overdue_IsDerivedFromTheCalendar_AndShownInItsTab()
    {
        var id = await AssignAsync(command: await CommandAsync(leadDays: 1, coordinator: null));
        await ActAsAsync("khcn.lanhdao");
        var row = Assert.Single((await Queries.ListAsync(new(TaskTab.MyUnit))).Items, r => r.Id == id);
        Assert.False(row.IsOverdue);
        Assert.Equal(1, row.WorkingDaysLeft);
        Assert.DoesNotContain(id, await IdsAsync("khcn.lanhdao", new(TaskTab.Overdue)));

        // Monday 30/11: one working day past Friday's deadline.
        FakeClock.Advance(TimeSpan.FromDays(4));
        Assert.Contains(id, await IdsAsync("khcn.lanhdao", new(TaskTab.Overdue)));
        Assert.Contains(id, await IdsAsync("chutich", new(TaskTab.Overdue)));
        row = Assert.Single((await Queries.ListAsync(new(TaskTab.MyUnit))).Items, r => r.Id == id);
        Assert.True(row.IsOverdue);
        Assert.Equal(-1, row.WorkingDaysLeft);
        var detail = await Queries.GetAsync(id);
        Assert.True(detail.IsOverdue);
    }

    [Fact]
    public async Task WorkingDaysLeft_SkipsWeekendsAndHolidays()
    {
        // Thursday 26/11/2026 → Monday 30/11: Friday and Monday are working days, the weekend is not.
        var id = await AssignAsync(command: await CommandAsync(leadDays: 4, coordinator: null));
        await ActAsAsync("chutich");
        Assert.Equal(2, (await Queries.GetAsync(id)).WorkingDaysLeft);

        // Over the New Year: 31/12/2026 → 04/01/2027 counts only Monday 04/01 (01/01 is a holiday, then the weekend).
        FakeClock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 2, 0, 0, TimeSpan.Zero));
        var newYear = await Service.CreateAsync(await CommandAsync(leadDays: 39, coordinator: null));
        Assert.Equal(new DateOnly(2027, 1, 4), (await ReloadAsync(newYear)).DueDate);
        Assert.Equal(1, (await Queries.GetAsync(newYear)).WorkingDaysLeft);
    }
}
