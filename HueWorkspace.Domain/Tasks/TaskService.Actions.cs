using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

/// <summary>The actions on an existing task, one method per use case, each through the action pipeline.</summary>
public sealed partial class TaskService
{
    /// <summary>
    /// The one dispatch from an operation to its use case, for the page's action panel and the JSON API alike: each
    /// operation reads the fields it needs; an operation that is not an action on an existing task is refused.
    /// </summary>
    public Task RunAsync(Guid id, TaskAction a, CancellationToken ct = default) => a.Operation switch
    {
        TaskOperation.AssignHandler => a.HandlerId is { } handler && a.Date is { } due
            ? AssignHandlerAsync(id, a.Version, a.UnitId ?? Guid.Empty, handler, due, ct)
            : throw new DomainException("Vui lòng chọn người xử lý và hạn xử lý."),
        TaskOperation.Start => StartAsync(id, a.Version, ct),
        TaskOperation.Report => ReportAsync(id, a.Version, a.Percent, a.Text, a.Files, ct),
        TaskOperation.Submit => SubmitAsync(id, a.Version, a.Text, a.Files, ct),
        TaskOperation.Approve => ApproveAsync(id, a.Version, a.Text, ct),
        TaskOperation.Return => ReturnAsync(id, a.Version, a.Text, ct),
        TaskOperation.Pause => PauseAsync(id, a.Version, a.Text, ct),
        TaskOperation.Resume => ResumeAsync(id, a.Version, ct),
        TaskOperation.Cancel => CancelAsync(id, a.Version, a.Text, ct),
        TaskOperation.RequestExtension => a.Date is { } newDue
            ? RequestExtensionAsync(id, a.Version, newDue, a.Text, ct)
            : throw new DomainException("Vui lòng chọn hạn mới."),
        TaskOperation.DecideExtension => DecideExtensionAsync(id, a.Version, a.Approve, a.Text, ct),
        TaskOperation.Comment => CommentAsync(id, a.Version, a.Text, a.Files, ct),
        TaskOperation.View or TaskOperation.CreateSubtask => throw new DomainException("Thao tác không hợp lệ."),
    };

    public Task AssignHandlerAsync(Guid id, Guid version, Guid unitId, Guid handlerId, DateOnly due, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.AssignHandler, x =>
        {
            if (!TaskPolicy.LeadsUnit(x.Actor, unitId))
            {
                throw new ForbiddenException("Chỉ lãnh đạo của đơn vị được phân công người xử lý cho đơn vị đó.");
            }

            var handler = Handler(x.Tree, unitId, handlerId);
            x.Root.AssignHandler(unitId, handler.Id, handler.FullName, due, x.Actor, x.Now, x.Today);
            x.Notify(NotificationKinds.TaskHandlerAssigned, [handler.Id]);
            return Task.CompletedTask;
        }, ct);

    public Task StartAsync(Guid id, Guid version, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.Start, x =>
        {
            x.Root.Start(x.Actor, x.Now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The lead unit's report moves the work and its percentage; a coordinating unit's is its contribution.</summary>
    public Task ReportAsync(Guid id, Guid version, int percent, string? text, IReadOnlyList<StagedFile>? staged = null, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.Report, async x =>
        {
            var asLead = (x.Relation & (TaskRelation.LeadLeader | TaskRelation.LeadHandler)) != 0;
            var e = x.Root.Report(asLead, percent, text, x.Actor, x.Now);
            await AttachAsync(x, e.Id, staged);
            var leaders = x.Tree.LeadersOf([x.Root.LeadUnitId]).Select(l => (Guid?)l);
            if (asLead)
            {
                x.Notify(NotificationKinds.TaskReported, leaders.Append(x.Root.AssignerId),
                    new NotificationText("task.reported.lead", x.Root.Title, percent.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                x.Notify(NotificationKinds.TaskReported, leaders.Append(x.Root.Lead.HandlerId), new NotificationText("task.reported.coordinator", x.Root.Title));
            }
        }, ct);

    public Task SubmitAsync(Guid id, Guid version, string? result, IReadOnlyList<StagedFile>? staged = null, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.Submit, async x =>
        {
            var e = x.Root.Submit(result, x.Actor, x.Now);
            await AttachAsync(x, e.Id, staged);
            x.Notify(NotificationKinds.TaskSubmitted, [x.Root.AssignerId]);
        }, ct);

    public Task ApproveAsync(Guid id, Guid version, string? comment, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.Approve, x =>
        {
            x.Root.Approve(comment, x.Actor, x.Now);
            x.Notify(NotificationKinds.TaskApproved, LeadPeople(x));
            return Task.CompletedTask;
        }, ct);

    public Task ReturnAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.Return, x =>
        {
            x.Root.Return(reason, x.Actor, x.Now);
            x.Notify(NotificationKinds.TaskReturned, LeadPeople(x));
            return Task.CompletedTask;
        }, ct);

    public Task PauseAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.Pause, x =>
        {
            x.Root.Pause(reason, x.Actor, x.Now);
            x.Notify(NotificationKinds.TaskPaused, Workers(x));
            return Task.CompletedTask;
        }, ct);

    public Task ResumeAsync(Guid id, Guid version, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.Resume, x =>
        {
            x.Root.Resume(x.Actor, x.Now);
            x.Notify(NotificationKinds.TaskResumed, Workers(x));
            return Task.CompletedTask;
        }, ct);

    public Task CancelAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.Cancel, x =>
        {
            x.Root.Cancel(reason, x.Actor, x.Now);
            x.Notify(NotificationKinds.TaskCancelled, Workers(x));
            return Task.CompletedTask;
        }, ct);

    public Task RequestExtensionAsync(Guid id, Guid version, DateOnly newDue, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.RequestExtension, async x =>
        {
            DateOnly? parentDue = x.Root.ParentId is { } pid
                ? await x.Db.Tasks.Where(t => t.Id == pid).Select(t => (DateOnly?)t.DueDate).SingleOrDefaultAsync(ct)
                : null;
            x.Root.RequestExtension(newDue, reason, x.Actor, x.Now, parentDue);
            x.Notify(NotificationKinds.TaskExtensionRequested, [x.Root.AssignerId],
                new NotificationText(NotificationKinds.TaskExtensionRequested, x.Root.Title, VietnamTime.Format(newDue)));
        }, ct);

    public Task DecideExtensionAsync(Guid id, Guid version, bool approve, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.DecideExtension, x =>
        {
            var requester = x.Root.ExtensionRequestedById;
            x.Root.DecideExtension(approve, reason, x.Actor, x.Now);
            var text = approve
                ? new NotificationText("task.extension-approved", x.Root.Title, VietnamTime.Format(x.Root.DueDate))
                : new NotificationText("task.extension-refused", x.Root.Title);
            x.Notify(NotificationKinds.TaskExtensionDecided, LeadPeople(x).Prepend(requester), text);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// An opinion on the task, open to everyone who may see it. <c>@tên.đăng.nhập</c> mentions notify that person,
    /// who must be someone the task concerns. A comment is a change to the task like any other: its version moves.
    /// </summary>
    public Task CommentAsync(Guid id, Guid version, string? text, IReadOnlyList<StagedFile>? staged = null, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, TaskOperation.Comment, async x =>
        {
            var e = x.Root.Comment(text, x.Actor, x.Now);
            await AttachAsync(x, e.Id, staged);
            x.Notify(NotificationKinds.TaskMentioned, Mentions(x.Tree, TaskAccess.Rule.Audience(x.Root, x.Tree), text ?? ""),
                new NotificationText(NotificationKinds.TaskMentioned, x.Root.Title, x.Actor.Name));
        }, ct);

    /// <summary>
    /// People named with <c>@tên.đăng.nhập</c> (sign-in names compared without case). Naming someone the task does not
    /// concern, or nobody, gets one and the same refusal, so names cannot be probed.
    /// </summary>
    private static IReadOnlyList<Guid> Mentions(OrgTree tree, IReadOnlyCollection<Guid> everyone, string text)
    {
        var names = MentionPattern().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.').ToLowerInvariant()).Distinct().ToList();
        var mentioned = new List<Guid>();
        foreach (var name in names)
        {
            if (tree.People.FirstOrDefault(p => p.UserName is { } u && u.ToLowerInvariant() == name) is not { } person || !everyone.Contains(person.Id))
            {
                throw new DomainException($"Không thể nhắc đến \"@{name}\": người này không tham gia công việc hoặc không có tên đăng nhập này.");
            }

            mentioned.Add(person.Id);
        }

        return mentioned;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.])@([A-Za-z0-9][A-Za-z0-9._-]{0,99})")]
    private static partial System.Text.RegularExpressions.Regex MentionPattern();
}
