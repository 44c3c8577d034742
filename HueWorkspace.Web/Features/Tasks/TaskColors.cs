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
        _ => Color.Default,
    };
}
