using System.Text;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Tasks;

/// <summary>One bad value must not be stored where it would break a page for everyone who sees the task.</summary>
public sealed class TaskBadInputTests : TaskTest
{
    [Fact]
    public async Task ADeadlineMoreThanTenYearsAhead_IsRefused_AndNothingIsStored()
    {
        var command = await CommandAsync(coordinator: null);
        var far = command with { Lead = command.Lead with { DueDate = new DateOnly(9999, 12, 31) } };
        await ActAsAsync("chutich");
        var before = await CountAsync<WorkTask>();
        var ex = await Assert.ThrowsAsync<DomainException>(() => Service.CreateAsync(far));
        Assert.Contains("không được sau", ex.Message);
        Assert.Contains("10 năm", ex.Message);
        Assert.Equal(before, await CountAsync<WorkTask>());

        // Ten years to the day is still a plan.
        var tenYears = command with { Lead = command.Lead with { DueDate = Today.AddYears(10) } };
        await Service.CreateAsync(tenYears);
    }

    [Fact]
    public async Task AnExtensionBeyondTenYearsFromTheCurrentDeadline_IsRefused()
    {
        var id = await AssignAsync();
        await AssignHandlerAsync(id);
        await ActAsAsync("khcn.lanhdao");
        var version = await VersionAsync(id);
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            Service.RequestExtensionAsync(id, version, new DateOnly(9999, 12, 31), "Xin thêm thời gian"));
        Assert.Contains("Hạn mới không được sau", ex.Message);
        Assert.Null((await ReloadAsync(id)).RequestedDueDate);
    }

    [Theory]
    [InlineData(99, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, 7)]
    public async Task UndefinedPriorityOrSource_IsRefused(int priority, int source)
    {
        var command = (await CommandAsync()) with { Priority = (TaskPriority)priority, Source = (TaskSource)source, SourceReference = "123/QĐ-UBND" };
        await ActAsAsync("chutich");
        var ex = await Assert.ThrowsAsync<DomainException>(() => Service.CreateAsync(command));
        Assert.Contains("không hợp lệ", ex.Message);
    }

    [Fact]
    public async Task AMissingLeadOrAnEmptyCoordinator_IsAVietnameseRefusal_NotACrash()
    {
        var command = await CommandAsync();
        await ActAsAsync("chutich");
        Assert.Equal("Vui lòng chọn đơn vị chủ trì.", (await Assert.ThrowsAsync<DomainException>(() => Service.CreateAsync(command with { Lead = null! }))).Message);
        Assert.Equal("Danh sách đơn vị phối hợp có mục trống.",
            (await Assert.ThrowsAsync<DomainException>(() => Service.CreateAsync(command with { Coordinators = [null!] }))).Message);
    }

    [Fact]
    public async Task ControlAndBidiCharacters_AreStrippedFromTitleAndTexts_AndVietnameseIsStoredComposed()
    {
        var title = "Kế hoạch\u0000 \u001B[2J số\u202Egnp.exe " + "Quyết định".Normalize(NormalizationForm.FormD);
        var command = (await CommandAsync(title: title)) with { Description = "Dòng 1\r\nDòng 2\u0007" };
        var id = await AssignAsync(command: command);
        await ActAsAsync("khcn.lanhdao");
        await Service.CommentAsync(id, await VersionAsync(id), "Ý kiến\u202E\u0000 có\nhai dòng");

        var task = await ReloadAsync(id);
        Assert.Equal("Kế hoạch [2J sốgnp.exe Quyết định", task.Title);
        Assert.Equal("Dòng 1\nDòng 2", task.Description);
        await using var db = Db.CreateDbContext();
        var comment = await db.TaskEvents.Where(e => e.TaskId == id && e.Kind == TaskEventKind.Commented).Select(e => e.Text).SingleAsync();
        Assert.Equal("Ý kiến có\nhai dòng", comment);
    }

    [Fact]
    public async Task APagePastTheEnd_IsEmpty_NotTheFirstPageAgain()
    {
        await AssignAsync();
        await ActAsAsync("chutich");
        var first = await Queries.ListAsync(new TaskListQuery(Tab: TaskTab.All));
        var far = await Queries.ListAsync(new TaskListQuery(Tab: TaskTab.All, Page: int.MaxValue));
        Assert.NotEmpty(first.Items);
        Assert.Empty(far.Items);
        Assert.Equal(first.Total, far.Total);
    }
}
