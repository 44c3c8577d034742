using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// Văn bản đến: a document received by a unit, registered with its gapless arrival number (Nghị định 30 Art. 22.2), the
/// input fields of Appendix VI Part II, presented to a leader and directed into a task (Art. 24), or returned to its
/// sender (Art. 21.2). The workflow is the table in <see cref="Permits"/>; every change moves <see cref="Version"/>.
/// <see cref="OriginId"/> leaves room for an issued outgoing document of the system arriving here (liên thông).
/// </summary>
public sealed class IncomingDocument : IWorkflowRoot<IncomingOperation>, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => $"{ArrivalLabel} ({NumberSymbol})";

    public const int IssuerMaxLength = 250;
    public const int NumberSymbolMaxLength = 60;
    public const int ExcerptMaxLength = 1000;
    public const int SignerMaxLength = 150;
    public const int ReasonMaxLength = 2000;
    public const int LanguageMaxLength = 50;
    public const int IdentifierMaxLength = 60;
    public const int NoteMaxLength = 1000;
    public const int MaxPages = 9999;

    /// <summary>The language written when the clerk leaves it empty.</summary>
    public const string DefaultLanguage = "Tiếng Việt";

    /// <summary>The files area of incoming documents; the main file is the one with this part id.</summary>
    public const string FilesArea = "documents-in";

    public static readonly Guid MainFilePart = new("00000000-0000-0000-0000-00000000d0c1");

    /// <summary>The incoming register's series (<see cref="RegisterNumbers"/>): one per unit and year.</summary>
    public const string RegisterSeries = "den";

    /// <summary>The one database-wide series of full-text keys (unit Guid.Empty, year 0).</summary>
    public const string SearchKeySeries = "search";

    /// <summary>Registration happens on arrival, at the latest the next working day (Art. 4.2c): the arrival date is recent.</summary>
    public const int MaxArrivalAgeDays = 30;

    private readonly List<IncomingDocumentUnit> _units = [];
    private readonly List<IncomingDocumentReader> _readers = [];

    private IncomingDocument()
    {
        IssuerName = null!;
        NumberSymbol = null!;
        Excerpt = null!;
        RegisteredByName = null!;
        SearchText = null!;
        DuplicateKey = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The unit whose register holds it (its clerk registered it).</summary>
    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    /// <summary>Số đến: consecutive in the unit's register for the year, from 1 on 1 January.</summary>
    public int ArrivalNumber { get; private set; }

    public DateOnly ArrivalDate { get; private set; }

    public string IssuerName { get; private set; }

    /// <summary>Số, ký hiệu: "123/QĐ-UBND".</summary>
    public string NumberSymbol { get; private set; }

    public DateOnly IssueDate { get; private set; }

    public DocumentType Type { get; private set; }

    /// <summary>Trích yếu nội dung.</summary>
    public string Excerpt { get; private set; }

    public DocumentUrgency Urgency { get; private set; }

    public DocumentConfidentiality Confidentiality { get; private set; }

    public string? Signer { get; private set; }

    // The input fields of Nghị định 30 Appendix VI part II the register needs beyond the ones above.

    /// <summary>Mã định danh văn bản: the sender's identifier of the document, when it carries one (Quyết định 20/2020/QĐ-TTg).</summary>
    public string? IdentifierCode { get; private set; }

    /// <summary>Số trang.</summary>
    public int? PageCount { get; private set; }

    /// <summary>Ngôn ngữ.</summary>
    public string Language { get; private set; } = DefaultLanguage;

    /// <summary>Thời hạn giải quyết the document itself sets (e.g. "báo cáo trước ngày 15/12"): the direction's deadline starts from it.</summary>
    public DateOnly? HandlingDeadline { get; private set; }

    /// <summary>Phương thức nhận.</summary>
    public ArrivalChannel Channel { get; private set; }

    /// <summary>Ghi chú.</summary>
    public string? Note { get; private set; }

    public IncomingState State { get; private set; }

    public Guid RegisteredById { get; private set; }

    public string RegisteredByName { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public Guid? PresentedToId { get; private set; }

    public string? PresentedToName { get; private set; }

    public DateTime? PresentedAtUtc { get; private set; }

    /// <summary>Ý kiến chỉ đạo, or the reason it was returned.</summary>
    public string? DirectionText { get; private set; }

    public Guid? DirectedById { get; private set; }

    public string? DirectedByName { get; private set; }

    public DateTime? DirectedAtUtc { get; private set; }

    /// <summary>The task the direction created (Source = Document, SourceId = this id).</summary>
    public Guid? TaskId { get; private set; }

    public string? ReturnReason { get; private set; }

    /// <summary>Why the sender recalled it (the incoming copy of a recalled outgoing document), and when.</summary>
    public string? RecallReason { get; private set; }

    public DateTime? RecalledAtUtc { get; private set; }

    /// <summary>The outgoing document of this system it arrived from, when it came through the system (liên thông).</summary>
    public Guid? OriginId { get; private set; }

    /// <summary>Issuer + number/symbol + issue date, normalised: the key of the duplicate warning (Appendix VI §1).</summary>
    public string DuplicateKey { get; private set; }

    /// <summary>Every searchable field, normalised (TextSearch), indexed for full-text search.</summary>
    public string SearchText { get; private set; }

    /// <summary>The document's key in the full-text index: a stable integer, given once from a counter at registration.</summary>
    public long SearchKey { get; private set; }

    public Guid Version { get; set; }

    public bool IsSecret => Confidentiality != DocumentConfidentiality.Thuong;

    public bool IsUrgent => Urgency != DocumentUrgency.Thuong;

    public IReadOnlyList<IncomingDocumentUnit> Units => _units;

    public IReadOnlyList<IncomingDocumentReader> Readers => _readers;

    /// <summary>Số đến as shown: "15/2026".</summary>
    public string ArrivalLabel => $"{ArrivalNumber}/{Year}";

    public static string KeyOf(string issuer, string numberSymbol, DateOnly issueDate) =>
        $"{TextSearch.Normalize(issuer)}|{TextSearch.Normalize(numberSymbol).Replace(" ", "", StringComparison.Ordinal)}|{issueDate:yyyy-MM-dd}";

    /// <summary>The workflow: which operation each state allows.</summary>
    public static bool Permits(IncomingState state, IncomingOperation operation) => operation switch
    {
        IncomingOperation.View => true,
        IncomingOperation.Present => state is IncomingState.Registered or IncomingState.Presented,
        IncomingOperation.Direct => state == IncomingState.Presented,
        IncomingOperation.Return => state is IncomingState.Registered or IncomingState.Presented,
    };

    public bool Permits(IncomingOperation operation) => Permits(State, operation);

    void IWorkflowRoot<IncomingOperation>.Require(IncomingOperation operation) => Require(operation);

    private void Require(IncomingOperation operation)
    {
        if (!Permits(operation))
        {
            throw new DomainException($"Văn bản đang ở trạng thái \"{DomainTexts.Label(State)}\" nên không thể {DomainTexts.Label(operation).ToLowerInvariant()}.");
        }
    }

    /// <summary>Checks and builds the document; its number and search key are given by <see cref="Number"/> in the saving transaction.</summary>
    internal static IncomingDocument Register(RegisterIncoming data, Guid unitId, Actor clerk, DateTime nowUtc, DateOnly today)
    {
        var arrival = Guard.CalendarDate(data.ArrivalDate, "ngày đến");
        if (arrival > today || arrival < today.AddDays(-MaxArrivalAgeDays))
        {
            throw new DomainException($"Ngày đến phải từ {VietnamTime.Format(today.AddDays(-MaxArrivalAgeDays))} đến hôm nay ({VietnamTime.Format(today)}).");
        }

        var issue = Guard.CalendarDate(data.IssueDate, "ngày ban hành");
        if (issue > arrival)
        {
            throw new DomainException("Ngày ban hành không được sau ngày đến.");
        }

        var issuer = Guard.Required(data.IssuerName, "cơ quan ban hành", IssuerMaxLength);
        var symbol = Guard.Required(data.NumberSymbol, "số, ký hiệu", NumberSymbolMaxLength);
        var document = new IncomingDocument
        {
            Id = Guid.CreateVersion7(),
            UnitId = unitId,
            Year = today.Year,
            ArrivalDate = arrival,
            IssuerName = issuer,
            NumberSymbol = symbol,
            IssueDate = issue,
            Type = Guard.Defined(data.Type, "loại văn bản"),
            Excerpt = Guard.Required(data.Excerpt, "trích yếu", ExcerptMaxLength, multiline: true),
            Urgency = Guard.Defined(data.Urgency, "độ khẩn"),
            Confidentiality = Guard.Defined(data.Confidentiality, "độ mật"),
            Signer = Guard.Optional(data.Signer, "người ký", SignerMaxLength),
            IdentifierCode = Guard.Optional(data.IdentifierCode, "mã định danh văn bản", IdentifierMaxLength),
            PageCount = data.PageCount is { } pages
                ? pages is >= 1 and <= MaxPages ? pages : throw new DomainException($"Số trang phải từ 1 đến {MaxPages}.")
                : null,
            Language = Guard.Optional(data.Language, "ngôn ngữ", LanguageMaxLength) ?? DefaultLanguage,
            HandlingDeadline = data.HandlingDeadline is { } deadline
                ? Guard.CalendarDate(deadline, "thời hạn giải quyết") >= issue ? deadline : throw new DomainException("Thời hạn giải quyết không được trước ngày ban hành.")
                : null,
            Channel = data.OriginId is null ? Guard.Defined(data.Channel, "phương thức nhận") : ArrivalChannel.SystemExchange,
            Note = Guard.Optional(data.Note, "ghi chú", NoteMaxLength, multiline: true),
            State = IncomingState.Registered,
            RegisteredById = clerk.UserId!.Value,
            RegisteredByName = clerk.Name,
            RegisteredAtUtc = nowUtc,
            OriginId = data.OriginId,
            DuplicateKey = KeyOf(issuer, symbol, issue),
            Version = Guid.NewGuid(),
        };
        document.AddReader(clerk.UserId.Value);
        return document;
    }

    /// <summary>
    /// An issued outgoing document of the system arriving in a receiving unit's register (liên thông): registered at once,
    /// by the system, with the sender's number and date; its receipt is acknowledged to the sender in the same save.
    /// </summary>
    internal static IncomingDocument Receive(OutgoingDocument origin, string issuerName, Guid unitId, DateTime nowUtc, DateOnly today, IEnumerable<Guid> readers)
    {
        var signer = origin.Capacity is { } c && c != SigningCapacity.Direct ? $"{SigningRules.Label(c)} {origin.SignerName}" : origin.SignerName;
        var document = new IncomingDocument
        {
            Id = Guid.CreateVersion7(),
            UnitId = unitId,
            Year = today.Year,
            ArrivalDate = today,
            IssuerName = issuerName,
            NumberSymbol = origin.NumberSymbol!,
            IssueDate = origin.IssueDate!.Value,
            Type = origin.Type,
            Excerpt = origin.Excerpt,
            Urgency = origin.Urgency,
            Confidentiality = origin.Confidentiality,
            Signer = signer,
            PageCount = origin.PageCount,
            Language = origin.Language,
            Channel = ArrivalChannel.SystemExchange,
            State = IncomingState.Registered,
            RegisteredById = Guid.Empty,
            RegisteredByName = SystemRegistrar,
            RegisteredAtUtc = nowUtc,
            OriginId = origin.Id,
            DuplicateKey = KeyOf(issuerName, origin.NumberSymbol!, origin.IssueDate!.Value),
            Version = Guid.NewGuid(),
        };
        foreach (var reader in readers)
        {
            document.AddReader(reader);
        }

        return document;
    }

    /// <summary>Who registered a document that arrived through the system.</summary>
    public const string SystemRegistrar = "Liên thông (tự động)";

    /// <summary>The sender recalled it: frozen, its files withdrawn, the reason kept (Nghị định 30, Appendix VI §8).</summary>
    internal void Recall(string reason, DateTime nowUtc)
    {
        State = IncomingState.Recalled;
        RecallReason = reason;
        RecalledAtUtc = nowUtc;
    }

    /// <summary>The arrival number in the unit's register and the full-text key, taken in the transaction that saves it.</summary>
    internal void Number(int arrivalNumber, long searchKey)
    {
        ArrivalNumber = arrivalNumber;
        SearchKey = searchKey;
        SearchText = TextSearch.Join(ArrivalLabel, IssuerName, NumberSymbol, DomainTexts.Label(Type, DomainTexts.Vietnamese),
            Excerpt, Signer, VietnamTime.Format(IssueDate), VietnamTime.Format(ArrivalDate));
    }

    internal void Present(Guid leaderId, string leaderName, DateTime nowUtc)
    {
        Require(IncomingOperation.Present);
        State = IncomingState.Presented;
        PresentedToId = leaderId;
        PresentedToName = leaderName;
        PresentedAtUtc = nowUtc;
        AddReader(leaderId);
    }

    /// <summary>The leader's direction; with a task (units and deadlines) or for information only.</summary>
    internal void Direct(string? text, PreparedTask? task, Actor leader, DateTime nowUtc)
    {
        Require(IncomingOperation.Direct);
        DirectionText = task is null
            ? Guard.Optional(text, "ý kiến chỉ đạo", ReasonMaxLength, multiline: true)
            : Guard.Required(text, "ý kiến chỉ đạo", ReasonMaxLength, multiline: true);
        DirectedById = leader.UserId;
        DirectedByName = leader.Name;
        DirectedAtUtc = nowUtc;
        if (task is null)
        {
            State = IncomingState.ForInformation;
            return;
        }

        State = IncomingState.Directed;
        TaskId = task.Id;
        _units.AddRange(task.Units.Select(u => new IncomingDocumentUnit(Id, u.UnitId, u.UnitName, u.IsLead, u.DueDate)));
    }

    internal void Return(string? reason, Actor clerk, DateTime nowUtc)
    {
        Require(IncomingOperation.Return);
        ReturnReason = Guard.Required(reason, "lý do trả lại", ReasonMaxLength, multiline: true);
        State = IncomingState.Returned;
        DirectedById = clerk.UserId;
        DirectedByName = clerk.Name;
        DirectedAtUtc = nowUtc;
    }

    /// <summary>
    /// Adds a person to the access list of a Mật (or higher) document, the only way to read one. Ordinary documents need
    /// no list: their unit, the leaders above and the units directed read them (IncomingAccess).
    /// </summary>
    internal void AddReader(Guid userId)
    {
        if (IsSecret && _readers.All(r => r.UserId != userId))
        {
            _readers.Add(new IncomingDocumentReader(Id, userId));
        }
    }
}

/// <summary>A unit the direction names (one lead, coordinators), with its deadline; its handling is the task's.</summary>
public sealed class IncomingDocumentUnit : IAggregateChild<IncomingDocument>
{
    private IncomingDocumentUnit()
    {
        UnitName = null!;
    }

    internal IncomingDocumentUnit(Guid documentId, Guid unitId, string unitName, bool isLead, DateOnly dueDate)
    {
        DocumentId = documentId;
        UnitId = unitId;
        UnitName = unitName;
        IsLead = isLead;
        DueDate = dueDate;
    }

    public Guid DocumentId { get; private set; }

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; }

    public bool IsLead { get; private set; }

    public DateOnly DueDate { get; private set; }

    Guid IAggregateChild<IncomingDocument>.RootId => DocumentId;
}

/// <summary>A person on the document's access list (Appendix VI §3: rights per document).</summary>
public sealed class IncomingDocumentReader : IAggregateChild<IncomingDocument>
{
    private IncomingDocumentReader()
    {
    }

    internal IncomingDocumentReader(Guid documentId, Guid userId)
    {
        DocumentId = documentId;
        UserId = userId;
    }

    public Guid DocumentId { get; private set; }

    public Guid UserId { get; private set; }

    Guid IAggregateChild<IncomingDocument>.RootId => DocumentId;
}

/// <summary>Who opened a document and when (Appendix VI §5: the trail includes who viewed it). Never changed.</summary>
public sealed class DocumentView
{
    private DocumentView()
    {
        UserName = null!;
    }

    internal DocumentView(Guid documentId, Guid userId, string userName, DateTime atUtc)
    {
        Id = Guid.CreateVersion7();
        DocumentId = documentId;
        UserId = userId;
        UserName = userName;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public Guid UserId { get; private set; }

    public string UserName { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>Records that the person opened the document (incoming or outgoing: ids never collide).</summary>
    internal static async Task RecordAsync(WorkspaceDbContext db, Actor actor, Guid documentId, DateTime nowUtc, CancellationToken ct)
    {
        db.DocumentViews.Add(new DocumentView(documentId, actor.UserId!.Value, actor.Name, nowUtc));
        await db.SaveAsAsync(actor, ct);
    }

    /// <summary>The latest views of a document, newest first, for those who act on it.</summary>
    internal static Task<List<DocumentView>> LatestAsync(WorkspaceDbContext db, Guid documentId, CancellationToken ct) =>
        db.DocumentViews.AsNoTracking().Where(v => v.DocumentId == documentId).OrderByDescending(v => v.AtUtc).Take(100).ToListAsync(ct);
}
