using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// Văn bản đi (Nghị định 30 Art. 10–18): drafted by a specialist, its content checked by the head of the drafting unit,
/// its format by the clerk, signed in a capacity (TM., Q., KT., TL., TUQ.), then numbered and issued by the clerk —
/// number + symbol unique in the year, from a gapless series of the issuing unit (secret documents apart, Art. 15).
/// Every opinion on the way is a <see cref="OutgoingStep"/> and every draft a <see cref="OutgoingRevision"/> (Appendix
/// VI §5); the recipients inside the system receive it as an incoming document (<see cref="OutgoingRecipient"/>).
/// The workflow is the table in <see cref="Permits"/>; every change moves <see cref="Version"/>.
/// </summary>
public sealed class OutgoingDocument : IWorkflowRoot<OutgoingOperation>, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => NumberSymbol ?? $"dự thảo: {(Excerpt.Length <= 80 ? Excerpt : Excerpt[..80] + "…")}";

    public const int ExcerptMaxLength = IncomingDocument.ExcerptMaxLength;
    public const int TextMaxLength = IncomingDocument.ReasonMaxLength;
    public const int RecipientMaxLength = 250;
    public const int MaxRecipients = 100;
    public const int MaxCopies = 9999;

    /// <summary>The files area of outgoing documents: each version's main file has the version's part id; appendices none.</summary>
    public const string FilesArea = "documents-out";

    private readonly List<OutgoingRecipient> _recipients = [];
    private readonly List<OutgoingStep> _steps = [];
    private readonly List<OutgoingRevision> _revisions = [];

    private OutgoingDocument()
    {
        Excerpt = null!;
        DrafterName = null!;
        SignerName = null!;
        SearchText = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The unit of the specialist who drafts it; its head checks the content.</summary>
    public Guid DraftingUnitId { get; private set; }

    /// <summary>The unit in whose name it is issued (the drafting unit or one above it) and whose register numbers it.</summary>
    public Guid IssuerUnitId { get; private set; }

    /// <summary>The unit whose clerks check the format and issue it: the issuer, or the People's Committee office for the committee.</summary>
    public Guid ClerkUnitId { get; private set; }

    public DocumentType Type { get; private set; }

    public string Excerpt { get; private set; }

    public DocumentUrgency Urgency { get; private set; }

    public DocumentConfidentiality Confidentiality { get; private set; }

    // The input fields of Nghị định 30 Appendix VI part II an outgoing document needs beyond the ones here.

    /// <summary>Số trang.</summary>
    public int? PageCount { get; private set; }

    /// <summary>Số lượng bản (paper copies made for the recipients and the file).</summary>
    public int? CopyCount { get; private set; }

    /// <summary>Ngôn ngữ.</summary>
    public string Language { get; private set; } = IncomingDocument.DefaultLanguage;

    /// <summary>Ghi chú.</summary>
    public string? Note { get; private set; }

    public Guid DrafterId { get; private set; }

    public string DrafterName { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The leader proposed to sign; who signs is checked against the capacity when signing.</summary>
    public Guid SignerId { get; private set; }

    public string SignerName { get; private set; }

    public SigningCapacity? Capacity { get; private set; }

    /// <summary>The recorded authorisation a KT. or TUQ. signature relied on.</summary>
    public Guid? AuthorisationId { get; private set; }

    public DateTime? SignedAtUtc { get; private set; }

    public OutgoingState State { get; private set; }

    /// <summary>The current draft's number (1, 2, …): <see cref="Revisions"/> keeps each.</summary>
    public int Revision { get; private set; }

    public int? Year { get; private set; }

    /// <summary>Số: from the issuing unit's series for the year (the secret series apart).</summary>
    public int? Number { get; private set; }

    /// <summary>Số, ký hiệu: "15/QĐ-UBND"; unique per issuer and year.</summary>
    public string? NumberSymbol { get; private set; }

    public DateOnly? IssueDate { get; private set; }

    public Guid? IssuedById { get; private set; }

    public string? IssuedByName { get; private set; }

    public DateTime? IssuedAtUtc { get; private set; }

    /// <summary>The issued document this one replaces or corrects (Art. 17).</summary>
    public Guid? FixesId { get; private set; }

    public FixKind? FixKind { get; private set; }

    public string? RecallReason { get; private set; }

    public string? RecalledByName { get; private set; }

    public DateTime? RecalledAtUtc { get; private set; }

    /// <summary>Every searchable field, normalised (TextSearch).</summary>
    public string SearchText { get; private set; }

    public Guid Version { get; set; }

    public bool IsSecret => Confidentiality != DocumentConfidentiality.Thuong;

    public IReadOnlyList<OutgoingRecipient> Recipients => _recipients;

    public IReadOnlyList<OutgoingStep> Steps => _steps;

    public IReadOnlyList<OutgoingRevision> Revisions => _revisions;

    public OutgoingRevision CurrentRevision => _revisions.Single(r => r.Number == Revision);

    /// <summary>The series of the issuing unit's register this document is numbered in.</summary>
    public string Series => IsSecret ? SecretSeries : OrdinarySeries;

    public const string OrdinarySeries = "di";

    /// <summary>Secret documents are numbered and registered apart (Art. 15.1).</summary>
    public const string SecretSeries = "di-mat";

    /// <summary>The workflow: which operation each state allows.</summary>
    public static bool Permits(OutgoingState state, OutgoingOperation operation) => operation switch
    {
        OutgoingOperation.View => true,
        OutgoingOperation.Revise or OutgoingOperation.Submit => state == OutgoingState.Draft,
        OutgoingOperation.ApproveContent => state == OutgoingState.ContentReview,
        OutgoingOperation.ApproveFormat => state == OutgoingState.FormatCheck,
        OutgoingOperation.Sign => state == OutgoingState.AwaitingSignature,
        OutgoingOperation.Return => state is OutgoingState.ContentReview or OutgoingState.FormatCheck or OutgoingState.AwaitingSignature,
        OutgoingOperation.Issue => state == OutgoingState.Signed,
        OutgoingOperation.Recall => state == OutgoingState.Issued,
    };

    public bool Permits(OutgoingOperation operation) => Permits(State, operation);

    void IWorkflowRoot<OutgoingOperation>.Require(OutgoingOperation operation) => Require(operation);

    private void Require(OutgoingOperation operation)
    {
        if (!Permits(operation))
        {
            throw new DomainException($"Văn bản đang ở trạng thái \"{DomainTexts.Label(State)}\" nên không thể {DomainTexts.Label(operation).ToLowerInvariant()}.");
        }
    }

    /// <summary>The unit whose clerks check and issue a document of <paramref name="issuer"/>.</summary>
    public static Guid ClerkUnitOf(Unit issuer, OrgTree tree) =>
        issuer.ParentId is null && tree.PeoplesCommitteeOffice is { } office ? office.Id : issuer.Id;

    internal static OutgoingDocument Draft(DraftOutgoing data, Unit issuer, Guid clerkUnitId, UserProfile signer, IReadOnlyList<Unit> recipients, Actor drafter, Guid revisionPart, DateTime nowUtc)
    {
        var document = new OutgoingDocument
        {
            Id = Guid.CreateVersion7(),
            DraftingUnitId = drafter.UnitId!.Value,
            IssuerUnitId = issuer.Id,
            ClerkUnitId = clerkUnitId,
            DrafterId = drafter.UserId!.Value,
            DrafterName = drafter.Name,
            CreatedAtUtc = nowUtc,
            State = OutgoingState.Draft,
            FixesId = data.Fixes?.DocumentId,
            FixKind = data.Fixes is { } fix ? Guard.Defined(fix.Kind, "loại sửa đổi") : null,
            Version = Guid.NewGuid(),
        };
        document.Apply(data, signer, recipients, drafter, revisionPart, nowUtc, null);
        return document;
    }

    /// <summary>A new version of the draft: the fields and the main file as now; the earlier versions stay.</summary>
    internal void Revise(DraftOutgoing data, UserProfile signer, IReadOnlyList<Unit> recipients, Actor drafter, Guid revisionPart, DateTime nowUtc, string? note)
    {
        Require(OutgoingOperation.Revise);
        Apply(data, signer, recipients, drafter, revisionPart, nowUtc, Guard.Optional(note, "ghi chú", TextMaxLength, multiline: true));
    }

    private void Apply(DraftOutgoing data, UserProfile signer, IReadOnlyList<Unit> recipients, Actor drafter, Guid revisionPart, DateTime nowUtc, string? note)
    {
        Type = Guard.Defined(data.Type, "loại văn bản");
        Excerpt = Guard.Required(data.Excerpt, "trích yếu", ExcerptMaxLength, multiline: true);
        Urgency = Guard.Defined(data.Urgency, "độ khẩn");
        var secrecy = Guard.Defined(data.Confidentiality, "độ mật");
        Confidentiality = secrecy;
        PageCount = data.PageCount is { } pages
            ? pages is >= 1 and <= IncomingDocument.MaxPages ? pages : throw new DomainException($"Số trang phải từ 1 đến {IncomingDocument.MaxPages}.")
            : null;
        CopyCount = data.CopyCount is { } copies
            ? copies is >= 1 and <= MaxCopies ? copies : throw new DomainException($"Số lượng bản phải từ 1 đến {MaxCopies}.")
            : null;
        Language = Guard.Optional(data.Language, "ngôn ngữ", IncomingDocument.LanguageMaxLength) ?? IncomingDocument.DefaultLanguage;
        Note = Guard.Optional(data.Note, "ghi chú", IncomingDocument.NoteMaxLength, multiline: true);
        SignerId = signer.Id;
        SignerName = signer.FullName;
        var outside = (data.OutsideRecipients ?? []).Select(n => Guard.Required(n, "nơi nhận", RecipientMaxLength)).ToList();
        if (recipients.Count + outside.Count == 0)
        {
            throw new DomainException("Vui lòng chọn ít nhất một nơi nhận.");
        }

        if (recipients.Count + outside.Count > MaxRecipients)
        {
            throw new DomainException($"Một văn bản có tối đa {MaxRecipients} nơi nhận.");
        }

        if (recipients.Select(r => r.Id).Distinct().Count() != recipients.Count || outside.Distinct(StringComparer.OrdinalIgnoreCase).Count() != outside.Count)
        {
            throw new DomainException("Mỗi nơi nhận chỉ chọn một lần.");
        }

        if (recipients.Any(r => r.Id == IssuerUnitId))
        {
            throw new DomainException("Đơn vị ban hành không gửi văn bản cho chính mình.");
        }

        _recipients.Clear();
        _recipients.AddRange(recipients.Select(u => OutgoingRecipient.Inside(Id, u.Id, u.Name)));
        _recipients.AddRange(outside.Select(name => OutgoingRecipient.Outside(Id, name)));
        Revision++;
        _revisions.Add(new OutgoingRevision(Id, Revision, Excerpt, revisionPart, drafter.Name, nowUtc, note));
        SearchText = TextSearch.Join(Excerpt, DomainTexts.Label(Type, DomainTexts.Vietnamese), DrafterName, SignerName,
            string.Join(" ", _recipients.Select(r => r.Name)), NumberSymbol);
    }

    internal void Submit(Actor drafter, DateTime nowUtc, string? note)
    {
        Require(OutgoingOperation.Submit);
        State = OutgoingState.ContentReview;
        Record(OutgoingOperation.Submit, drafter, nowUtc, Guard.Optional(note, "ghi chú", TextMaxLength, multiline: true));
    }

    internal void ApproveContent(Actor head, DateTime nowUtc, string? opinion)
    {
        Require(OutgoingOperation.ApproveContent);
        State = OutgoingState.FormatCheck;
        Record(OutgoingOperation.ApproveContent, head, nowUtc, Guard.Optional(opinion, "ý kiến", TextMaxLength, multiline: true));
    }

    internal void ApproveFormat(Actor clerk, DateTime nowUtc, string? opinion)
    {
        Require(OutgoingOperation.ApproveFormat);
        State = OutgoingState.AwaitingSignature;
        Record(OutgoingOperation.ApproveFormat, clerk, nowUtc, Guard.Optional(opinion, "ý kiến", TextMaxLength, multiline: true));
    }

    /// <summary>The signer approves in a capacity already checked against the recorded authorisations (SigningRules).</summary>
    internal void Sign(Actor signer, SigningCapacity capacity, Guid? authorisationId, DateTime nowUtc, string? opinion)
    {
        Require(OutgoingOperation.Sign);
        State = OutgoingState.Signed;
        Capacity = capacity;
        AuthorisationId = authorisationId;
        SignedAtUtc = nowUtc;
        SignerId = signer.UserId!.Value;
        SignerName = signer.Name;
        Record(OutgoingOperation.Sign, signer, nowUtc, Guard.Optional(opinion, "ý kiến", TextMaxLength, multiline: true), capacity);
    }

    /// <summary>Back to the drafter with the comments that say what to change (required).</summary>
    internal void Return(Actor actor, DateTime nowUtc, string? comments)
    {
        Require(OutgoingOperation.Return);
        var text = Guard.Required(comments, "ý kiến trả lại", TextMaxLength, multiline: true);
        State = OutgoingState.Draft;
        Record(OutgoingOperation.Return, actor, nowUtc, text);
    }

    /// <summary>Number and date, on issue; the number comes from the register's counter in the same transaction.</summary>
    internal void Issue(int number, string numberSymbol, DateOnly today, Actor clerk, DateTime nowUtc)
    {
        Require(OutgoingOperation.Issue);
        State = OutgoingState.Issued;
        Year = today.Year;
        Number = number;
        NumberSymbol = numberSymbol;
        IssueDate = today;
        IssuedById = clerk.UserId;
        IssuedByName = clerk.Name;
        IssuedAtUtc = nowUtc;
        SearchText = TextSearch.Join(SearchText, numberSymbol);
        Record(OutgoingOperation.Issue, clerk, nowUtc, null);
    }

    internal OutgoingRecipient Delivered(Guid unitId, Guid incomingId, DateTime nowUtc)
    {
        var recipient = _recipients.Single(r => r.UnitId == unitId);
        recipient.Receive(incomingId, nowUtc);
        return recipient;
    }

    internal void Recall(Actor actor, DateTime nowUtc, string? reason)
    {
        Require(OutgoingOperation.Recall);
        RecallReason = Guard.Required(reason, "lý do thu hồi", TextMaxLength, multiline: true);
        RecalledByName = actor.Name;
        RecalledAtUtc = nowUtc;
        State = OutgoingState.Recalled;
        Record(OutgoingOperation.Recall, actor, nowUtc, RecallReason);
    }

    private void Record(OutgoingOperation operation, Actor actor, DateTime nowUtc, string? text, SigningCapacity? capacity = null) =>
        _steps.Add(new OutgoingStep(Id, operation, Revision, actor.UserId!.Value, actor.Name, text, capacity, nowUtc));

    /// <summary>
    /// Số, ký hiệu (Nghị định 30 Appendix I): "15/QĐ-UBND" — the number, the type's abbreviation and the issuer's code; a
    /// công văn carries the issuer and the drafting unit instead ("15/UBND-VP"). Secret documents, numbered in their own
    /// series, end in "-M" so that number + symbol stays unique within the year.
    /// </summary>
    public static string SymbolOf(int number, DocumentType type, string issuerCode, string draftingCode, bool secret)
    {
        var symbol = type == DocumentType.CongVan
            ? issuerCode == draftingCode ? issuerCode : $"{issuerCode}-{draftingCode}"
            : Abbreviation(type) is { } abbreviation ? $"{abbreviation}-{issuerCode}" : issuerCode;
        return $"{number:00}/{symbol}{(secret ? "-M" : "")}";
    }

    /// <summary>Chữ viết tắt tên loại văn bản (Nghị định 30 Appendix III).</summary>
    public static string? Abbreviation(DocumentType type) => type switch
    {
        DocumentType.QuyetDinh => "QĐ",
        DocumentType.ToTrinh => "TTr",
        DocumentType.BaoCao => "BC",
        DocumentType.KeHoach => "KH",
        DocumentType.ThongBao => "TB",
        DocumentType.GiayMoi => "GM",
        DocumentType.ChiThi => "CT",
        DocumentType.NghiQuyet => "NQ",
        DocumentType.CongVan or DocumentType.Khac => null,
    };
}

/// <summary>A recipient (nơi nhận): a unit of the system, delivered live on issue, or a name outside it, recorded.</summary>
public sealed class OutgoingRecipient : IAggregateChild<OutgoingDocument>
{
    private OutgoingRecipient()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    /// <summary>The receiving unit; null for a recipient outside the system.</summary>
    public Guid? UnitId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The incoming document it became in the receiving unit's register.</summary>
    public Guid? IncomingId { get; private set; }

    /// <summary>When the receiving register acknowledged it (automatically, on delivery: Art. 21.2).</summary>
    public DateTime? ReceivedAtUtc { get; private set; }

    Guid IAggregateChild<OutgoingDocument>.RootId => DocumentId;

    internal static OutgoingRecipient Inside(Guid documentId, Guid unitId, string name) =>
        new() { Id = Guid.CreateVersion7(), DocumentId = documentId, UnitId = unitId, Name = name };

    internal static OutgoingRecipient Outside(Guid documentId, string name) =>
        new() { Id = Guid.CreateVersion7(), DocumentId = documentId, Name = name };

    internal void Receive(Guid incomingId, DateTime nowUtc)
    {
        IncomingId = incomingId;
        ReceivedAtUtc = nowUtc;
    }
}

/// <summary>One opinion or approval on the way (Appendix VI §5): who, when, on which version, and what they wrote.</summary>
public sealed class OutgoingStep : IAggregateChild<OutgoingDocument>
{
    private OutgoingStep()
    {
        ActorName = null!;
    }

    internal OutgoingStep(Guid documentId, OutgoingOperation operation, int revision, Guid actorId, string actorName, string? text, SigningCapacity? capacity, DateTime atUtc)
    {
        Id = Guid.CreateVersion7();
        DocumentId = documentId;
        Operation = operation;
        Revision = revision;
        ActorId = actorId;
        ActorName = actorName;
        Text = text;
        Capacity = capacity;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public OutgoingOperation Operation { get; private set; }

    public int Revision { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string? Text { get; private set; }

    public SigningCapacity? Capacity { get; private set; }

    public DateTime AtUtc { get; private set; }

    Guid IAggregateChild<OutgoingDocument>.RootId => DocumentId;
}

/// <summary>A version of the draft: its excerpt then and its main file (stored with <see cref="PartId"/>); never changed.</summary>
public sealed class OutgoingRevision : IAggregateChild<OutgoingDocument>
{
    private OutgoingRevision()
    {
        Excerpt = null!;
        AuthorName = null!;
    }

    internal OutgoingRevision(Guid documentId, int number, string excerpt, Guid partId, string authorName, DateTime atUtc, string? note)
    {
        DocumentId = documentId;
        Number = number;
        Excerpt = excerpt;
        PartId = partId;
        AuthorName = authorName;
        AtUtc = atUtc;
        Note = note;
    }

    public Guid DocumentId { get; private set; }

    public int Number { get; private set; }

    public string Excerpt { get; private set; }

    public Guid PartId { get; private set; }

    public string AuthorName { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string? Note { get; private set; }

    Guid IAggregateChild<OutgoingDocument>.RootId => DocumentId;
}
