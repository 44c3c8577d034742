using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Tasks;

namespace HueWorkspace.Web.Features.Tasks;

/// <summary>
/// What a person filled in for one action on the detail page; each action reads the fields it needs.
/// <paramref name="SeenVersion"/> is the task's version when the person opened the action: if someone changed the
/// task while they were filling it in, the action is refused as a conflict instead of applying to a state they did not see.
/// </summary>
public sealed record TaskActionInput(
    TaskOperation Operation, string? Text, int Percent, DateOnly? Date, Guid UnitId, Guid? HandlerId, bool Approve, IReadOnlyList<StagedFile> Files,
    Guid? SeenVersion = null)
{
    /// <summary>Runs the action through the service, starting from the version the person saw.</summary>
    public Task RunAsync(TaskService service, Guid taskId, Guid version) => Operation switch
    {
        TaskOperation.AssignHandler => HandlerId is { } handler && Date is { } due
            ? service.AssignHandlerAsync(taskId, version, UnitId, handler, due)
            : throw new HueWorkspace.Domain.Common.DomainException("Vui lòng chọn người xử lý và hạn xử lý."),
        TaskOperation.Start => service.StartAsync(taskId, version),
        TaskOperation.Report => service.ReportAsync(taskId, version, Percent, Text, Files),
        TaskOperation.Submit => service.SubmitAsync(taskId, version, Text, Files),
        TaskOperation.Approve => service.ApproveAsync(taskId, version, Text),
        TaskOperation.Return => service.ReturnAsync(taskId, version, Text),
        TaskOperation.Pause => service.PauseAsync(taskId, version, Text),
        TaskOperation.Resume => service.ResumeAsync(taskId, version),
        TaskOperation.Cancel => service.CancelAsync(taskId, version, Text),
        TaskOperation.RequestExtension => Date is { } newDue
            ? service.RequestExtensionAsync(taskId, version, newDue, Text)
            : throw new HueWorkspace.Domain.Common.DomainException("Vui lòng chọn hạn mới."),
        TaskOperation.DecideExtension => service.DecideExtensionAsync(taskId, version, Approve, Text),
        TaskOperation.Comment => service.CommentAsync(taskId, Text, Files),
        TaskOperation.View or TaskOperation.CreateSubtask => Task.CompletedTask,
        _ => throw new HueWorkspace.Domain.Common.DomainException("Thao tác không hợp lệ."),
    };
}
