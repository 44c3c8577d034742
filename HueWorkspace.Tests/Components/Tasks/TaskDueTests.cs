using Bunit;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Features.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Components.Tasks;

/// <summary>A deadline reads right in every state: days left, due today, late — a paused task's passed deadline included (issue 24).</summary>
public sealed class TaskDueTests : BunitContext
{
    private static readonly DateOnly Due = new(2026, 11, 20);

    public TaskDueTests() => Services.AddLocalization();

    [Theory]
    [InlineData(3, false, "còn 3 ngày làm việc")]
    [InlineData(0, false, "đến hạn hôm nay")]
    [InlineData(-5, true, "quá hạn 5 ngày làm việc")]
    [InlineData(-5, false, "quá hạn 5 ngày làm việc")] // paused: not overdue by the rule, its deadline still passed
    public void ADeadline_SaysHowItStands(int daysLeft, bool overdue, string expected)
    {
        var due = Render<TaskDue>(p => p.Add(d => d.Due, Due).Add(d => d.DaysLeft, daysLeft).Add(d => d.Overdue, overdue));
        Assert.Contains("20/11/2026", due.Markup);
        Assert.Contains(expected, due.Markup);
        Assert.DoesNotContain("-", due.Find("[data-testid=task-due]").TextContent.Replace("20/11/2026", "", StringComparison.Ordinal));
        Assert.Equal(overdue, due.Find("[data-testid=task-due]").ClassList.Contains("mud-error-text"));
    }

    [Fact]
    public void ThePausedTaskPastItsDeadline_ReadsAsLate_InTheExport()
    {
        TaskRow Row(TaskState state, bool overdue, int daysLeft, bool late = false) =>
            new(Guid.NewGuid(), $"Việc {state}", state, TaskPriority.Normal, "Sở Khoa học và Công nghệ", null, "Chủ tịch", Due, DateTime.UtcNow, 10, overdue, daysLeft, late, false);
        var bytes = TaskExport.Build([Row(TaskState.InProgress, true, -5), Row(TaskState.Paused, false, -5), Row(TaskState.Paused, false, 4), Row(TaskState.Completed, false, 0, late: true)]);
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = sheet.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = part.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1)
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText).ToList())
            .ToList();
        Assert.Equal(["Quá hạn", "Quá hạn (đang tạm dừng)", "", "Hoàn thành chậm"], rows.Select(r => r[10]));
    }
}
