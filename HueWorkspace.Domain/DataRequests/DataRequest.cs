using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.DataRequests;

/// <summary>
/// A data request through the E-Form (Decision 41 Art. 27.2; Nghị định 47/2020 Art. 35, 38, 41): an organisation (an
/// outside one with its own accounts, or a unit of the city) asks an owner unit for data; the owner reviews it, may ask a
/// question (the clock pauses), and agrees — recording the sharing agreement with its term (Art. 27.2b; Nghị định 47
/// Art. 38) — or refuses in writing with the reason. The answer is due in five working days, pauses excluded. The
/// workflow is the table in <see cref="Permits"/>; every change moves <see cref="Version"/> and adds a
/// <see cref="DataRequestEvent"/>.
/// </summary>
public sealed class DataRequest : IWorkflowRoot<RequestOperation>, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => Number ?? $"{RequesterName}: {DatasetName ?? UncataloguedDescription}";

    public const int TextMaxLength = 2000;
    public const int ShortMaxLength = 250;

    /// <summary>An answer is due within this many working days of submission (Art. 27.2), pauses excluded.</summary>
    public const int AnswerWorkingDays = 5;

    private readonly List<DataRequestEvent> _events = [];
    private readonly List<DataErrorReport> _errors = [];
    private readonly List<OnwardShare> _onward = [];

    private DataRequest()
    {
        RequesterName = null!;
        ContactName = null!;
        DataItems = null!;
        Purpose = null!;
        SearchText = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>"YC-2026-0007": given at submission, gapless per year.</summary>
    public string? Number { get; private set; }

    /// <summary>The organisation (or unit) that asks.</summary>
    public Guid RequesterUnitId { get; private set; }

    public Guid RequesterId { get; private set; }

    public string RequesterName { get; private set; }

    public string ContactName { get; private set; }

    public string? ContactDetails { get; private set; }

    /// <summary>The catalogued datasets asked for (all of one owner: one answer, one agreement); empty with <see cref="UncataloguedDescription"/>.</summary>
    public List<Guid> DatasetIds { get; private set; } = [];

    /// <summary>The first of <see cref="DatasetIds"/> (lists and the sharing log index on it), or null.</summary>
    public Guid? DatasetId { get; private set; }

    /// <summary>The names of the datasets asked for, joined with "; " as lists and papers show them.</summary>
    public string? DatasetName { get; private set; }

    /// <summary>At most this many datasets in one request.</summary>
    public const int MaxDatasets = 10;

    public string? UncataloguedDescription { get; private set; }

    /// <summary>The unit that owns the data and answers (the dataset's owner, or the one chosen for uncatalogued data).</summary>
    public Guid OwnerUnitId { get; private set; }

    public string DataItems { get; private set; }

    public string Purpose { get; private set; }

    public string? LegalBasis { get; private set; }

    public RequestMethod Method { get; private set; }

    public RequestFrequency Frequency { get; private set; }

    public DateOnly? RequestedFrom { get; private set; }

    public DateOnly? RequestedTo { get; private set; }

    public bool PersonalData { get; private set; }

    /// <summary>The requester's duties of Art. 28 accepted explicitly (never pre-ticked).</summary>
    public bool DutiesAccepted { get; private set; }

    public RequestState State { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>The day the answer is due (working days; moved on by each pause).</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>While paused: how many working days were left when the question was asked.</summary>
    public int? PausedWithDaysLeft { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    /// <summary>The steward was reminded the answer is due (once per due date).</summary>
    public DateOnly? RemindedFor { get; internal set; }

    /// <summary>The overdue request was escalated to the owner's leader and the platform authority (once per due date).</summary>
    public DateOnly? EscalatedFor { get; internal set; }

    // The sharing agreement (Nghị định 47 Art. 38), recorded on approval.
    public DateOnly? AgreedFrom { get; private set; }

    public DateOnly? AgreedTo { get; private set; }

    public string? PlaceOfUse { get; private set; }

    public string? Processing { get; private set; }

    public string? Conditions { get; private set; }

    public string? Security { get; private set; }

    public string? Storage { get; private set; }

    public string? Deletion { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>The outgoing document that carries the refusal letter (numbered when issued).</summary>
    public Guid? RefusalLetterId { get; private set; }

    public string SearchText { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<DataRequestEvent> Events => _events;

    public IReadOnlyList<DataErrorReport> Errors => _errors;

    public IReadOnlyList<OnwardShare> Onward => _onward;

    public bool IsPaused => State == RequestState.NeedsInfo;

    public static bool Permits(RequestState state, RequestOperation operation) => operation switch
    {
        RequestOperation.View => true,
        RequestOperation.Edit or RequestOperation.Submit => state == RequestState.Draft,
        RequestOperation.StartReview => state == RequestState.Submitted,
        RequestOperation.AskQuestion => state is RequestState.Submitted or RequestState.UnderReview,
        RequestOperation.Answer => state == RequestState.NeedsInfo,
        RequestOperation.Approve or RequestOperation.Refuse => state is RequestState.Submitted or RequestState.UnderReview,
        RequestOperation.Transfer => state is RequestState.Submitted or RequestState.UnderReview,
        RequestOperation.Provide => state is RequestState.Approved or RequestState.Provided,
        RequestOperation.Terminate => state is RequestState.Approved or RequestState.Provided,
        RequestOperation.Comment => state is not (RequestState.Draft or RequestState.Refused or RequestState.Expired or RequestState.Terminated),
        RequestOperation.ReportError => state is RequestState.Provided or RequestState.Expired,
        RequestOperation.ResolveError => state is not RequestState.Draft,
        RequestOperation.AskOnward or RequestOperation.DecideOnward => state is RequestState.Approved or RequestState.Provided,
    };

    public bool Permits(RequestOperation operation) => Permits(State, operation);

    public void Require(RequestOperation operation)
    {
        if (!Permits(operation))
        {
            throw new DomainException($"Yêu cầu đang ở trạng thái \"{DomainTexts.Label(State)}\" nên không thể {DomainTexts.Label(operation).ToLowerInvariant()}.");
        }
    }

    internal static DataRequest Start(Guid requesterUnitId, Actor requester, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        RequesterUnitId = requesterUnitId,
        RequesterId = requester.UserId!.Value,
        RequesterName = requester.Name,
        ContactName = requester.Name,
        DataItems = "",
        Purpose = "",
        SearchText = "",
        State = RequestState.Draft,
        CreatedAtUtc = nowUtc,
        Version = Guid.NewGuid(),
    };

    /// <summary>Keeps what was typed, complete or not (a draft): only lengths and defined values are checked here.</summary>
    internal void Keep(RequestForm form, IReadOnlyList<(Guid Id, string Name)> datasets, Guid ownerUnitId)
    {
        Require(RequestOperation.Edit);
        if (datasets.Count > MaxDatasets)
        {
            throw new FieldException("dataset", $"Mỗi yêu cầu nêu tối đa {MaxDatasets} bộ dữ liệu.");
        }

        ContactName = Guard.Optional(form.ContactName, "người liên hệ", ShortMaxLength) ?? RequesterName;
        ContactDetails = Guard.Optional(form.ContactDetails, "thông tin liên hệ", ShortMaxLength);
        DatasetIds = datasets.Select(d => d.Id).ToList();
        DatasetId = datasets.Count > 0 ? datasets[0].Id : null;
        DatasetName = datasets.Count > 0 ? string.Join("; ", datasets.Select(d => d.Name)) : null;
        UncataloguedDescription = Guard.Optional(form.UncataloguedDescription, "mô tả dữ liệu chưa có trong danh mục", TextMaxLength, multiline: true);
        OwnerUnitId = ownerUnitId;
        DataItems = Guard.Optional(form.DataItems, "các trường dữ liệu cần khai thác", TextMaxLength, multiline: true) ?? "";
        Purpose = Guard.Optional(form.Purpose, "mục đích sử dụng", TextMaxLength, multiline: true) ?? "";
        LegalBasis = Guard.Optional(form.LegalBasis, "căn cứ pháp lý", TextMaxLength, multiline: true);
        Method = Guard.Defined(form.Method, "phương thức khai thác");
        Frequency = Guard.Defined(form.Frequency, "tần suất");
        RequestedFrom = form.From is { } f ? Guard.CalendarDate(f, "thời hạn từ ngày") : null;
        RequestedTo = form.To is { } t ? Guard.CalendarDate(t, "thời hạn đến ngày") : null;
        PersonalData = form.PersonalData;
        DutiesAccepted = form.DutiesAccepted;
        SearchText = TextSearch.Join(DatasetName, UncataloguedDescription, DataItems, Purpose, RequesterName, ContactName);
    }

    /// <summary>Sends it: every field of the E-Form present, the duties accepted, a term from today on (each message names its field).</summary>
    internal void Submit(string number, Actor requester, DateTime nowUtc, DateOnly today, DateOnly due)
    {
        Require(RequestOperation.Submit);
        if (DatasetId is null && string.IsNullOrWhiteSpace(UncataloguedDescription))
        {
            throw new FieldException("dataset", "Vui lòng chọn bộ dữ liệu trong danh mục, hoặc mô tả dữ liệu chưa có trong danh mục.");
        }

        Check(!string.IsNullOrWhiteSpace(DataItems), "dataItems", "Vui lòng nêu các trường dữ liệu cần khai thác.");
        Check(!string.IsNullOrWhiteSpace(Purpose), "purpose", "Vui lòng nêu mục đích sử dụng dữ liệu.");
        Check(!string.IsNullOrWhiteSpace(LegalBasis), "legalBasis", "Vui lòng nêu căn cứ pháp lý của yêu cầu.");
        Check(RequestedFrom is not null && RequestedTo is not null, "term", "Vui lòng nêu thời hạn khai thác (từ ngày, đến ngày).");
        Check(RequestedTo >= RequestedFrom, "term", "Ngày kết thúc thời hạn không được trước ngày bắt đầu.");
        Check(RequestedTo >= today, "term", "Thời hạn khai thác đã qua; vui lòng chọn thời hạn từ hôm nay trở đi.");
        Check(DutiesAccepted, "duties", "Vui lòng xác nhận các trách nhiệm của tổ chức khai thác dữ liệu (Điều 28).");
        Number = number;
        State = RequestState.Submitted;
        SubmittedAtUtc = nowUtc;
        DueOn = due;
        Record(DataRequestEventKind.Submitted, requester, nowUtc, null);
    }

    private static void Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            throw new FieldException(field, message);
        }
    }

    internal void StartReview(Actor steward, DateTime nowUtc)
    {
        Require(RequestOperation.StartReview);
        State = RequestState.UnderReview;
        Record(DataRequestEventKind.ReviewStarted, steward, nowUtc, null);
    }

    /// <summary>A question to the requester: the clock stops with the working days that were left.</summary>
    internal void AskQuestion(string? question, int daysLeft, Actor steward, DateTime nowUtc)
    {
        Require(RequestOperation.AskQuestion);
        var text = Guard.Required(question, "câu hỏi cho bên yêu cầu", TextMaxLength, multiline: true);
        State = RequestState.NeedsInfo;
        PausedWithDaysLeft = Math.Max(daysLeft, 0);
        Record(DataRequestEventKind.Question, steward, nowUtc, text);
    }

    /// <summary>The requester answers: the clock runs again from today with the days that were left.</summary>
    internal void Answer(string? answer, Func<int, DateOnly> dueAfter, Actor requester, DateTime nowUtc)
    {
        Require(RequestOperation.Answer);
        var text = Guard.Required(answer, "nội dung bổ sung", TextMaxLength, multiline: true);
        DueOn = dueAfter(PausedWithDaysLeft ?? 0);
        PausedWithDaysLeft = null;
        State = RequestState.UnderReview;
        Record(DataRequestEventKind.Answer, requester, nowUtc, text);
    }

    /// <summary>Agreed: the sharing agreement (Nghị định 47 Art. 38) with its term, agreed by both sides and recorded (Art. 27.2b).</summary>
    internal void Approve(Agreement agreement, Actor steward, DateTime nowUtc, DateOnly today)
    {
        Require(RequestOperation.Approve);
        var from = agreement.From ?? throw new FieldException("term", "Vui lòng ghi thời hạn chia sẻ dữ liệu (từ ngày).");
        var to = agreement.To ?? throw new FieldException("term", "Vui lòng ghi thời hạn chia sẻ dữ liệu (đến ngày).");
        Guard.CalendarDate(from, "thời hạn từ ngày");
        Guard.CalendarDate(to, "thời hạn đến ngày");
        if (to < from)
        {
            throw new FieldException("term", "Ngày kết thúc thời hạn không được trước ngày bắt đầu.");
        }

        if (to < today)
        {
            throw new FieldException("term", "Thời hạn chia sẻ đã qua; vui lòng ghi thời hạn từ hôm nay trở đi.");
        }

        AgreedFrom = from;
        AgreedTo = to;
        PlaceOfUse = Guard.Required(agreement.PlaceOfUse, "nơi sử dụng dữ liệu", ShortMaxLength);
        Processing = Guard.Required(agreement.Processing, "xử lý dữ liệu sau khi nhận", TextMaxLength, multiline: true);
        Conditions = Guard.Optional(agreement.Conditions, "điều kiện", TextMaxLength, multiline: true);
        Security = Guard.Required(agreement.Security, "bảo đảm an toàn, bảo mật", TextMaxLength, multiline: true);
        Storage = Guard.Required(agreement.Storage, "lưu trữ và dữ liệu phát sinh", TextMaxLength, multiline: true);
        Deletion = Guard.Required(agreement.Deletion, "xóa dữ liệu khi hết thời hạn", TextMaxLength, multiline: true);
        State = RequestState.Approved;
        AnsweredAtUtc = nowUtc;
        Record(DataRequestEventKind.Approved, steward, nowUtc, $"Thời hạn {VietnamTime.Format(from)} – {VietnamTime.Format(to)}");
    }

    internal void Refuse(string? reason, Actor steward, DateTime nowUtc)
    {
        Require(RequestOperation.Refuse);
        RefusalReason = Guard.Required(reason, "lý do từ chối", TextMaxLength, multiline: true);
        State = RequestState.Refused;
        AnsweredAtUtc = nowUtc;
        Record(DataRequestEventKind.Refused, steward, nowUtc, RefusalReason);
    }

    internal void AttachRefusalLetter(Guid outgoingId) => RefusalLetterId = outgoingId;

    /// <summary>To the unit that really owns the data; the history stays, the clock goes on.</summary>
    internal void Transfer(Guid unitId, string unitName, string? reason, Actor actor, DateTime nowUtc)
    {
        Require(RequestOperation.Transfer);
        if (unitId == OwnerUnitId)
        {
            throw new DomainException("Yêu cầu đã thuộc đơn vị này.");
        }

        var text = Guard.Required(reason, "lý do chuyển", TextMaxLength, multiline: true);
        OwnerUnitId = unitId;
        State = RequestState.Submitted;
        Record(DataRequestEventKind.Transferred, actor, nowUtc, $"Chuyển đến {unitName}: {text}");
    }

    internal void Provide(string how, Actor steward, DateTime nowUtc)
    {
        Require(RequestOperation.Provide);
        State = RequestState.Provided;
        Record(DataRequestEventKind.Provided, steward, nowUtc, how);
    }

    internal void Terminate(string? reason, Actor actor, DateTime nowUtc)
    {
        Require(RequestOperation.Terminate);
        State = RequestState.Terminated;
        Record(DataRequestEventKind.Terminated, actor, nowUtc, Guard.Required(reason, "lý do chấm dứt", TextMaxLength, multiline: true));
    }

    /// <summary>The term ended: access stops by itself.</summary>
    internal void Expire(DateTime nowUtc)
    {
        State = RequestState.Expired;
        _events.Add(new DataRequestEvent(Id, DataRequestEventKind.Expired, Guid.Empty, "Hệ thống", "Hết thời hạn chia sẻ đã thỏa thuận.", nowUtc));
    }

    internal void Comment(string? text, Actor actor, DateTime nowUtc)
    {
        Require(RequestOperation.Comment);
        Record(DataRequestEventKind.Comment, actor, nowUtc, Guard.Required(text, "ý kiến", TextMaxLength, multiline: true));
    }

    /// <summary>An error found in the data received (Art. 28.4), tracked until the owner handles it.</summary>
    internal DataErrorReport ReportError(string? text, Actor requester, DateTime nowUtc)
    {
        Require(RequestOperation.ReportError);
        var report = new DataErrorReport(Id, Guard.Required(text, "mô tả sai sót", TextMaxLength, multiline: true), requester.Name, nowUtc);
        _errors.Add(report);
        Record(DataRequestEventKind.ErrorReported, requester, nowUtc, report.Text);
        return report;
    }

    internal void ResolveError(Guid reportId, string? resolution, Actor steward, DateTime nowUtc)
    {
        Require(RequestOperation.ResolveError);
        var report = _errors.SingleOrDefault(e => e.Id == reportId) ?? throw new NotFoundException("Không tìm thấy báo cáo sai sót.");
        report.Resolve(Guard.Required(resolution, "kết quả xử lý sai sót", TextMaxLength, multiline: true), steward.Name, nowUtc);
        Record(DataRequestEventKind.ErrorResolved, steward, nowUtc, report.Resolution);
    }

    /// <summary>A request to pass the data to a named third party: it needs both consents (Art. 26.3).</summary>
    internal OnwardShare AskOnward(string? party, string? purpose, Actor requester, DateTime nowUtc)
    {
        Require(RequestOperation.AskOnward);
        var share = new OnwardShare(Id, Guard.Required(party, "bên thứ ba", ShortMaxLength), Guard.Required(purpose, "mục đích chia sẻ tiếp", TextMaxLength, multiline: true), requester.Name, nowUtc);
        _onward.Add(share);
        Record(DataRequestEventKind.OnwardAsked, requester, nowUtc, $"{share.Party}: {share.Purpose}");
        return share;
    }

    /// <summary>One body's consent on an onward share: the owner unit's (as owner) or the platform authority's.</summary>
    internal void DecideOnward(Guid shareId, bool asOwner, bool consent, Actor actor, DateTime nowUtc)
    {
        Require(RequestOperation.DecideOnward);
        var share = _onward.SingleOrDefault(o => o.Id == shareId) ?? throw new NotFoundException("Không tìm thấy đề nghị chia sẻ tiếp.");
        share.Decide(asOwner, consent, actor.Name, nowUtc);
        Record(DataRequestEventKind.OnwardDecided, actor, nowUtc,
            $"{share.Party}: {(asOwner ? "cơ quan quản lý dữ liệu" : "cơ quan quản lý nền tảng")} {(consent ? "đồng ý" : "không đồng ý")}");
    }

    /// <summary>Within the agreed term today (downloads and API reads are allowed only then).</summary>
    public bool IsWithinTerm(DateOnly today) => State is RequestState.Approved or RequestState.Provided && AgreedFrom <= today && today <= AgreedTo;

    private void Record(DataRequestEventKind kind, Actor actor, DateTime nowUtc, string? text) =>
        _events.Add(new DataRequestEvent(Id, kind, actor.UserId ?? Guid.Empty, actor.Name, text, nowUtc));
}
