using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// Giao việc: a leader directs work to exactly one lead unit (chủ trì) and any coordinating units (phối hợp),
/// each with its own deadline; each unit's leader names a handler with a deadline no later than the unit's
/// (the three tiers of the Nghị định 30 handling slip, Appendix IV; Decision 41 Art. 3.2c, 16).
/// The aggregate guards the workflow; <see cref="TaskAccess"/> says who may act.
/// </summary>
public sealed class WorkTask : IWorkflowRoot<TaskOperation>, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => Title;

    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 10_000;
    public const int SourceReferenceMaxLength = 200;
    public const int ReasonMaxLength = 2_000;
    public const int MaxCoordinators = 20;

    /// <summary>States in which the work is still owed, so a passed deadline makes it overdue.</summary>
    public static readonly TaskState[] OpenStates = [TaskState.New, TaskState.InProgress, TaskState.AwaitingReview, TaskState.Returned];

    /// <summary>States in which the lead unit works on it.</summary>
    public static readonly TaskState[] WorkingStates = [TaskState.New, TaskState.InProgress, TaskState.Returned];

    private readonly List<TaskUnit> _units = [];
    private readonly List<TaskEvent> _events = [];

    private WorkTask()
    {
        Title = null!;
        Description = null!;
        AssignerName = null!;
        SearchText = null!;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>Markdown; rendered sanitised.</summary>
    public string Description { get; private set; }

    public TaskSource Source { get; private set; }

    /// <summary>The document's number and symbol or the meeting, as people cite it.</summary>
    public string? SourceReference { get; private set; }

    /// <summary>The record the task comes from (a document, later), when it is in the workplace.</summary>
    public Guid? SourceId { get; private set; }

    public TaskPriority Priority { get; private set; }

    /// <summary>Set on a subtask: finer work under another task.</summary>
    public Guid? ParentId { get; private set; }

    public Guid AssignerId { get; private set; }

    public string AssignerName { get; private set; }

    public Guid AssignerUnitId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public TaskState State { get; private set; }

    /// <summary>Where a paused task resumes.</summary>
    public TaskState? PausedFrom { get; private set; }

    /// <summary>The reason given for the latest return, pause or cancellation.</summary>
    public string? StateReason { get; private set; }

    /// <summary>The lead unit's deadline: the task's deadline.</summary>
    public DateOnly DueDate { get; private set; }

    public Guid LeadUnitId { get; private set; }

    /// <summary>Copied from the lead unit, so a list page needs no join.</summary>
    public string LeadUnitName { get; private set; } = "";

    public Guid? LeadHandlerId { get; private set; }

    public string? LeadHandlerName { get; private set; }

    public int Percent { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>The accepted result was submitted after the deadline.</summary>
    public bool CompletedLate { get; private set; }

    public DateOnly? RequestedDueDate { get; private set; }

    public string? ExtensionReason { get; private set; }

    public Guid? ExtensionRequestedById { get; private set; }

    public string SearchText { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<TaskUnit> Units => _units;

    /// <summary>The timeline; loaded only where it is shown.</summary>
    public IReadOnlyList<TaskEvent> Events => _events;

    public TaskUnit Lead => _units.Single(u => u.IsLead);

    /// <summary>The coordinating unit a person reports for: the one they handle, else the one they belong to; null for neither.</summary>
    public TaskUnit? CoordinatingPartOf(Guid? userId, Guid? unitId) =>
        _units.FirstOrDefault(u => !u.IsLead && userId is not null && u.HandlerId == userId)
        ?? _units.FirstOrDefault(u => !u.IsLead && unitId is not null && u.UnitId == unitId);

    /// <summary>Completed or cancelled; stored, so that lists put work still owed first using an index.</summary>
    public bool IsClosed { get; private set; }

    public bool HasPendingExtension => RequestedDueDate is not null;

    public bool IsOverdue(DateOnly today) => IsOverdue(State, DueDate, today);

    public static bool IsOverdue(TaskState state, DateOnly dueDate, DateOnly today) => OpenStates.Contains(state) && today > dueDate;

    internal static WorkTask Create(NewTaskData data, Actor assigner, DateTime nowUtc, DateOnly today, DateOnly? parentDue)
    {
        var title = Guard.Required(data.Title, "tên công việc", TitleMaxLength);
        var description = Guard.Optional(data.Description, "nội dung", DescriptionMaxLength, multiline: true) ?? "";
        var reference = Guard.Optional(data.SourceReference, "số, ký hiệu nguồn giao việc", SourceReferenceMaxLength);
        var source = Guard.Defined(data.Source, "nguồn giao việc");
        if (source != TaskSource.Direct && reference is null && data.SourceId is null)
        {
            throw new DomainException("Vui lòng nhập số, ký hiệu văn bản hoặc tên cuộc họp giao việc.");
        }

        var priority = Guard.Defined(data.Priority, "mức độ ưu tiên");
        var lead = data.Lead;
        CheckDue(lead.DueDate, today, parentDue, "Hạn xử lý của đơn vị chủ trì");
        var coordinators = data.Coordinators ?? [];
        if (coordinators.Count > MaxCoordinators)
        {
            throw new DomainException($"Chỉ được chọn tối đa {MaxCoordinators} đơn vị phối hợp.");
        }

        if (coordinators.Any(c => c.UnitId == lead.UnitId))
        {
            throw new DomainException("Đơn vị chủ trì không được đồng thời là đơn vị phối hợp.");
        }

        if (coordinators.Select(c => c.UnitId).Distinct().Count() != coordinators.Count)
        {
            throw new DomainException("Mỗi đơn vị phối hợp chỉ được chọn một lần.");
        }

        foreach (var c in coordinators)
        {
            CheckDue(c.DueDate, today, lead.DueDate, $"Hạn xử lý của đơn vị phối hợp {c.UnitName}");
        }

        var task = new WorkTask
        {
            Id = Guid.CreateVersion7(),
            Title = title,
            Description = description,
            Source = source,
            SourceReference = reference,
            SourceId = data.SourceId,
            Priority = priority,
            ParentId = data.ParentId,
            AssignerId = assigner.UserId!.Value,
            AssignerName = assigner.Name,
            AssignerUnitId = assigner.UnitId!.Value,
            CreatedAtUtc = nowUtc,
            State = TaskState.New,
            DueDate = lead.DueDate,
            LeadUnitId = lead.UnitId,
            LeadUnitName = lead.UnitName,
        };
        task._units.Add(TaskUnit.Create(task.Id, lead.UnitId, lead.UnitName, isLead: true, lead.DueDate));
        task._units.AddRange(coordinators.Select(c => TaskUnit.Create(task.Id, c.UnitId, c.UnitName, isLead: false, c.DueDate)));
        task.UpdateSearchText();
        task.Record(assigner, nowUtc, TaskEventKind.Created, null);
        return task;
    }

    /// <summary>The unit's leader names who handles it, with a deadline no later than the unit's (handling slip tier 2).</summary>
    public void AssignHandler(Guid unitId, Guid handlerId, string handlerName, DateOnly handlerDue, Actor actor, DateTime nowUtc, DateOnly today)
    {
        Require(TaskOperation.AssignHandler);
        var unit = UnitOf(unitId);
        CheckDue(handlerDue, today, unit.DueDate, "Hạn xử lý của người xử lý");
        unit.SetHandler(handlerId, handlerName, handlerDue, nowUtc);
        if (unit.IsLead)
        {
            LeadHandlerId = handlerId;
            LeadHandlerName = handlerName;
        }

        Record(actor, nowUtc, TaskEventKind.HandlerAssigned, $"{handlerName} ({unit.UnitName}), hạn {VietnamTime.Format(handlerDue)}");
    }

    public void Start(Actor actor, DateTime nowUtc)
    {
        Require(TaskOperation.Start);
        State = TaskState.InProgress;
        Record(actor, nowUtc, TaskEventKind.Started, null);
    }

    /// <summary>
    /// A progress report. The lead unit's report moves the work on and sets the task's percentage; a coordinating unit's
    /// report is its contribution: it sets that unit's own percentage (<see cref="TaskUnit.Percent"/>), not the task's.
    /// </summary>
    public TaskEvent Report(bool asLead, int percent, string? text, Actor actor, DateTime nowUtc)
    {
        var body = Guard.Required(text, "nội dung báo cáo", ReasonMaxLength, multiline: true);
        Require(TaskOperation.Report);
        if (percent is < 0 or > 100)
        {
            throw new DomainException("Tỷ lệ hoàn thành phải từ 0 đến 100%.");
        }

        if (asLead)
        {
            State = TaskState.InProgress;
            Percent = percent;
            Lead.Reported(percent, nowUtc);
            return Record(actor, nowUtc, TaskEventKind.ProgressReported, body, percent);
        }

        var part = CoordinatingPartOf(actor.UserId, actor.UnitId);
        part?.Reported(percent, nowUtc);
        return Record(actor, nowUtc, TaskEventKind.ProgressReported, body, part is null ? null : percent);
    }

    public TaskEvent Submit(string? result, Actor actor, DateTime nowUtc)
    {
        var body = Guard.Required(result, "kết quả thực hiện", ReasonMaxLength, multiline: true);
        Require(TaskOperation.Submit);
        State = TaskState.AwaitingReview;
        Percent = 100;
        SubmittedAtUtc = nowUtc;
        return Record(actor, nowUtc, TaskEventKind.Submitted, body, 100);
    }

    /// <summary>Accepts the result; finishing late (submitted after the deadline) is recorded.</summary>
    public void Approve(string? comment, Actor actor, DateTime nowUtc)
    {
        var note = Guard.Optional(comment, "ý kiến", ReasonMaxLength, multiline: true);
        Require(TaskOperation.Approve);
        State = TaskState.Completed;
        IsClosed = true;
        CompletedAtUtc = nowUtc;
        CompletedLate = Calendar.WorkingCalendar.LocalDate(SubmittedAtUtc ?? nowUtc) > DueDate;
        StateReason = null;
        Record(actor, nowUtc, TaskEventKind.Approved, note);
    }

    public void Return(string? reason, Actor actor, DateTime nowUtc)
    {
        var why = Guard.Required(reason, "lý do trả lại", ReasonMaxLength, multiline: true);
        Require(TaskOperation.Return);
        State = TaskState.Returned;
        StateReason = why;
        Record(actor, nowUtc, TaskEventKind.Returned, why);
    }

    public void Pause(string? reason, Actor actor, DateTime nowUtc)
    {
        var why = Guard.Required(reason, "lý do tạm dừng", ReasonMaxLength, multiline: true);
        Require(TaskOperation.Pause);
        PausedFrom = State;
        State = TaskState.Paused;
        StateReason = why;
        Record(actor, nowUtc, TaskEventKind.Paused, why);
    }

    public void Resume(Actor actor, DateTime nowUtc)
    {
        Require(TaskOperation.Resume);
        State = PausedFrom ?? TaskState.InProgress;
        PausedFrom = null;
        StateReason = null;
        Record(actor, nowUtc, TaskEventKind.Resumed, null);
    }

    public void Cancel(string? reason, Actor actor, DateTime nowUtc)
    {
        var why = Guard.Required(reason, "lý do hủy", ReasonMaxLength, multiline: true);
        Require(TaskOperation.Cancel);
        State = TaskState.Cancelled;
        IsClosed = true;
        PausedFrom = null;
        StateReason = why;
        RequestedDueDate = null;
        ExtensionReason = null;
        ExtensionRequestedById = null;
        Record(actor, nowUtc, TaskEventKind.Cancelled, why);
    }

    public void RequestExtension(DateOnly newDue, string? reason, Actor actor, DateTime nowUtc, DateOnly? parentDue)
    {
        var why = Guard.Required(reason, "lý do xin gia hạn", ReasonMaxLength, multiline: true);
        Require(TaskOperation.RequestExtension);

        if (newDue <= DueDate)
        {
            throw new DomainException($"Hạn mới phải sau hạn hiện tại ({VietnamTime.Format(DueDate)}).");
        }

        // The same bound as a new deadline, counted from the current one.
        Guard.Deadline(newDue, DueDate, "Hạn mới");
        if (parentDue is { } limit && newDue > limit)
        {
            throw new DomainException($"Hạn mới không được sau hạn của công việc cấp trên ({VietnamTime.Format(limit)}).");
        }

        RequestedDueDate = newDue;
        ExtensionReason = why;
        ExtensionRequestedById = actor.UserId;
        Record(actor, nowUtc, TaskEventKind.ExtensionRequested, $"Đề nghị gia hạn đến {VietnamTime.Format(newDue)}: {why}");
    }

    /// <summary>The assigner approves (the lead unit's deadline moves) or refuses with a reason.</summary>
    public void DecideExtension(bool approve, string? reason, Actor actor, DateTime nowUtc)
    {
        Require(TaskOperation.DecideExtension);
        var requested = RequestedDueDate!.Value;
        if (approve)
        {
            var note = Guard.Optional(reason, "ý kiến", ReasonMaxLength, multiline: true);
            var old = DueDate;
            DueDate = requested;
            Lead.ExtendTo(requested);
            Record(actor, nowUtc, TaskEventKind.ExtensionApproved,
                $"Gia hạn từ {VietnamTime.Format(old)} đến {VietnamTime.Format(requested)}" + (note is null ? "" : $": {note}"));
        }
        else
        {
            var why = Guard.Required(reason, "lý do không đồng ý gia hạn", ReasonMaxLength, multiline: true);
            Record(actor, nowUtc, TaskEventKind.ExtensionRefused, why);
        }

        RequestedDueDate = null;
        ExtensionReason = null;
        ExtensionRequestedById = null;
    }

    public TaskEvent Comment(string? text, Actor actor, DateTime nowUtc)
    {
        var body = Guard.Required(text, "ý kiến", ReasonMaxLength, multiline: true);
        return Record(actor, nowUtc, TaskEventKind.Commented, body);
    }

    internal void NoteSubtask(WorkTask subtask, Actor actor, DateTime nowUtc)
    {
        Require(TaskOperation.CreateSubtask);
        Record(actor, nowUtc, TaskEventKind.SubtaskCreated, subtask.Title);
    }

    internal void RequireCanHaveSubtask() => Require(TaskOperation.CreateSubtask);

    public TaskUnit UnitOf(Guid unitId) =>
        _units.SingleOrDefault(u => u.UnitId == unitId) ?? throw new DomainException("Đơn vị này không được giao công việc này.");

    private TaskEvent Record(Actor actor, DateTime nowUtc, TaskEventKind kind, string? text, int? percent = null)
    {
        var e = TaskEvent.Create(Id, actor, nowUtc, kind, text, percent);
        _events.Add(e);
        return e;
    }

    /// <summary>Whether the task's state allows the operation at all, whoever asks; the one table of the workflow.</summary>
    public bool Permits(TaskOperation operation) => operation switch
    {
        TaskOperation.View or TaskOperation.Comment => true,
        TaskOperation.AssignHandler => OpenStates.Contains(State),
        TaskOperation.Start => State == TaskState.New,
        TaskOperation.Report or TaskOperation.CreateSubtask => WorkingStates.Contains(State),
        TaskOperation.Submit => State is TaskState.InProgress or TaskState.Returned,
        TaskOperation.Approve or TaskOperation.Return => State == TaskState.AwaitingReview,
        TaskOperation.Pause => OpenStates.Contains(State),
        TaskOperation.Resume => State == TaskState.Paused,
        TaskOperation.Cancel => !IsClosed,
        TaskOperation.RequestExtension => WorkingStates.Contains(State) && !HasPendingExtension,
        TaskOperation.DecideExtension => WorkingStates.Contains(State) && HasPendingExtension,
    };

    void IWorkflowRoot<TaskOperation>.Require(TaskOperation operation) => Require(operation);

    private void Require(TaskOperation operation)
    {
        // The two refusals that are about the extension, not the state.
        if (operation == TaskOperation.RequestExtension && HasPendingExtension)
        {
            throw new DomainException("Đã có đề nghị gia hạn đang chờ người giao việc xem xét.");
        }

        if (operation == TaskOperation.DecideExtension && !HasPendingExtension)
        {
            throw new DomainException("Không có đề nghị gia hạn nào đang chờ xem xét.");
        }

        if (!Permits(operation))
        {
            throw new DomainException($"Không thể thực hiện \"{operation.Title()}\" khi công việc đang ở trạng thái \"{State.Title()}\".");
        }
    }

    private void UpdateSearchText() => SearchText = TextSearch.Join(Title, SourceReference, AssignerName, string.Join(' ', _units.Select(u => u.UnitName)));

    private static void CheckDue(DateOnly due, DateOnly today, DateOnly? limit, string what)
    {
        Guard.Deadline(due, today, what);

        if (limit is { } l && due > l)
        {
            throw new DomainException($"{what} không được sau {VietnamTime.Format(l)}.");
        }
    }
}
