using HueWorkspace.Domain.Tasks;
using MudBlazor;

namespace HueWorkspace.Web.Features.Tasks;

/// <summary>One colour per state, the same in lists, the detail page and the timeline.</summary>
public static class TaskColors
{
    public static Color Of(TaskState state) => state switch
    {
        TaskState.New => Color.Info,
        TaskState.InProgress => Color.Primary,
        TaskState.AwaitingReview => Color.Secondary,
        TaskState.Returned => Color.Warning,
        TaskState.Paused => Color.Dark,
        TaskState.Completed => Color.Success,
        TaskState.Cancelled => Color.Default,
    };

    /// <summary>The colour of an action's button: approving green, undoing red, pausing amber, the rest the main colour.</summary>
    public static Color Of(TaskOperation operation) => operation switch
    {
        TaskOperation.Approve => Color.Success,
        TaskOperation.Return or TaskOperation.Cancel => Color.Error,
        TaskOperation.Pause => Color.Warning,
        TaskOperation.View or TaskOperation.AssignHandler or TaskOperation.Start or TaskOperation.Report or TaskOperation.Submit or TaskOperation.Resume
            or TaskOperation.RequestExtension or TaskOperation.DecideExtension or TaskOperation.Comment or TaskOperation.CreateSubtask => Color.Primary,
    };

    /// <summary>The colour of a line of the trail.</summary>
    public static Color Of(TaskEventKind kind) => kind switch
    {
        TaskEventKind.Approved or TaskEventKind.ExtensionApproved => Color.Success,
        TaskEventKind.Returned or TaskEventKind.Cancelled or TaskEventKind.ExtensionRefused => Color.Error,
        TaskEventKind.Paused or TaskEventKind.ExtensionRequested => Color.Warning,
        TaskEventKind.Commented => Color.Default,
        TaskEventKind.Created or TaskEventKind.HandlerAssigned or TaskEventKind.Started or TaskEventKind.ProgressReported or TaskEventKind.Submitted
            or TaskEventKind.Resumed or TaskEventKind.SubtaskCreated => Color.Primary,
    };
}
