using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Components.Shared;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HueWorkspace.Web.Features.Tasks;

/// <summary>
/// What task lists repeat per row, written as HTML (<see cref="HtmlWriter"/>): a deadline, a state, a whole row of the task
/// table. The components <c>TaskDue</c> and <c>TaskStateChip</c> draw the same for pages that show one task.
/// </summary>
public static class TaskMarkup
{
    /// <summary>
    /// A deadline as dd/MM/yyyy with the working days left, or how late it is. A paused task is not overdue (its rule:
    /// <see cref="WorkTask.IsOverdue(Domain.Tasks.TaskState, DateOnly, DateOnly)"/>), but a deadline behind it still reads as
    /// passed ("quá hạn 5 ngày làm việc"), never as "còn -5 ngày".
    /// </summary>
    public static HtmlWriter TaskDue(this HtmlWriter w, IStringLocalizer l, DateOnly due, int daysLeft, bool overdue, bool closed = false)
    {
        w.Open("span", ("class", overdue ? "mud-error-text" : null), ("data-testid", "task-due")).Text(VietnamTime.Format(due));
        if (!closed)
        {
            w.Caption(overdue
                ? (daysLeft < 0 ? string.Format(l["Tasks.LateBy"], -daysLeft) : l["Tasks.Overdue"])
                : daysLeft < 0 ? string.Format(l["Tasks.LateBy"], -daysLeft)
                : daysLeft == 0 ? l["Tasks.DueToday"] : string.Format(l["Tasks.DaysLeft"], daysLeft));
        }

        return w.Close("span");
    }

    /// <summary>A task's state, with "Quá hạn" beside it when the deadline has passed; colours agree everywhere.</summary>
    public static HtmlWriter TaskState(this HtmlWriter w, IStringLocalizer l, TaskState state, bool overdue, bool completedLate)
    {
        w.Open("span", ("class", "d-inline-flex flex-wrap gap-1"), ("data-testid", "task-state"), ("data-state", state.ToString()))
            .Chip(state.Title(), TaskColors.Of(state), Variant.Outlined);
        if (overdue)
        {
            w.Chip(l["Tasks.Overdue"], Color.Error, Variant.Filled, "overdue");
        }

        if (completedLate)
        {
            w.Chip(l["Tasks.CompletedLate"], Color.Warning, Variant.Outlined);
        }

        return w.Close("span");
    }

    /// <summary>One row of the task table (a card on a phone, .hw-cards): one frame in the circuit, not seventy.</summary>
    public static HtmlWriter TaskRow(this HtmlWriter w, IStringLocalizer l, TaskRow t)
    {
        w.Open("tr", ("data-testid", "task-row"), ("data-id", t.Id.ToString()))
            .Open("td", ("class", "hw-card-title"));
        if (t.IsSubtask)
        {
            w.Icon(Icons.Material.Filled.SubdirectoryArrowRight, l["Tasks.Subtask"]);
        }

        w.Open("a", ("href", $"/tasks/{t.Id}"), ("class", "mud-typography mud-link mud-primary-text mud-link-underline-hover hw-row-link")).Text(t.Title).Close("a");
        if (t.Priority != TaskPriority.Normal)
        {
            w.Chip(t.Priority.Title(), t.Priority == TaskPriority.Urgent ? Color.Error : Color.Warning, Variant.Text);
        }

        w.Close("td")
            .Open("td", ("data-label", l["Tasks.LeadUnit"])).Open("span").Text(t.LeadUnitName).Caption(t.LeadHandlerName ?? l["Tasks.NoHandler"]).Close("span").Close("td")
            .Open("td", ("data-label", l["Tasks.Assigner"]), ("class", "hw-wide-only")).Text(t.AssignerName).Close("td")
            .Open("td", ("data-label", l["Tasks.Due"])).TaskDue(l, t.DueDate, t.WorkingDaysLeft, t.IsOverdue, t.State is Domain.Tasks.TaskState.Completed or Domain.Tasks.TaskState.Cancelled).Close("td")
            .Open("td", ("data-label", l["Tasks.State"])).TaskState(l, t.State, t.IsOverdue, t.CompletedLate).Close("td")
            .Open("td", ("data-label", l["Tasks.Progress"]), ("style", "min-width:6rem")).Progress(t.Percent, l["Tasks.Progress"]).Text(" ").Caption($"{t.Percent}%", "hw-nowrap").Close("td");
        return w.Close("tr");
    }
}
