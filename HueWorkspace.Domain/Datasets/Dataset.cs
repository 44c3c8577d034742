using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Datasets;

/// <summary>
/// A dataset of the city's catalogue (Decision 41 Art. 4.2, 5): exactly one owner unit (Art. 4.2a, 5.1), its type (Art.
/// 3.5), its fields (with personal data marked), the shared code lists it uses (Art. 5.2), its identifier on the shared
/// digitisation platform (Art. 5.3), how it is collected and kept current (Art. 5.4, 24), public or restricted (Art. 5.6),
/// state secret or not (Art. 4.2h, 30.3). The workflow is the table in <see cref="Permits"/>; every change moves
/// <see cref="Version"/>.
/// </summary>
public sealed class Dataset : IWorkflowRoot<DatasetOperation>, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => Name;

    public const int NameMaxLength = 250;
    public const int DescriptionMaxLength = 4000;
    public const int ShortMaxLength = 200;
    public const int MaxFields = 200;

    private readonly List<DatasetField> _fields = [];
    private readonly List<DatasetCodeList> _codeLists = [];

    private Dataset()
    {
        Name = null!;
        Description = null!;
        ResponsiblePerson = null!;
        NormalizedName = null!;
        SearchText = null!;
        CreatedByName = null!;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    /// <summary>The one unit responsible for it (Art. 4.2a).</summary>
    public Guid OwnerUnitId { get; private set; }

    public DatasetType Type { get; private set; }

    /// <summary>Mã trên nền tảng số hóa dùng chung (Art. 5.3).</summary>
    public string? PlatformIdentifier { get; private set; }

    public UpdateFrequency Frequency { get; private set; }

    public string ResponsiblePerson { get; private set; }

    public DateOnly? LastUpdatedOn { get; private set; }

    public bool IsPublic { get; private set; }

    /// <summary>Bí mật nhà nước: never public, never in any public list (Art. 4.2h, 30.3).</summary>
    public bool IsStateSecret { get; private set; }

    public string? Fee { get; private set; }

    public Guid? FocalOfficerId { get; private set; }

    public string? FocalOfficerName { get; private set; }

    public DatasetState State { get; private set; }

    /// <summary>Why a near duplicate is a dataset of its own (Art. 4.2b); it is flagged to the platform authority.</summary>
    public string? DuplicateJustification { get; private set; }

    public Guid? SimilarToId { get; private set; }

    public string? CertificateNumber { get; private set; }

    public DateOnly? CertifiedOn { get; private set; }

    public DateOnly? CertificateExpiresOn { get; private set; }

    /// <summary>The day the owner was reminded that the certificate is about to expire (once per certificate).</summary>
    public DateOnly? ExpiryRemindedOn { get; private set; }

    public string? NotCertifiedReasons { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public Guid CreatedById { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The name without diacritics, case or word order: the key of "the same dataset under the same owner".</summary>
    public string NormalizedName { get; private set; }

    public string SearchText { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<DatasetField> Fields => _fields;

    public IReadOnlyList<DatasetCodeList> CodeLists => _codeLists;

    public bool HasPersonalData => _fields.Any(f => f.IsPersonal);

    /// <summary>Art. 20, 30.3: personal data and state secrets are never published.</summary>
    public bool MayBePublished => IsPublic && !IsStateSecret && !HasPersonalData;

    public static bool Permits(DatasetState state, DatasetOperation operation) => operation switch
    {
        DatasetOperation.View => true,
        DatasetOperation.Edit => state is DatasetState.Draft or DatasetState.Registered or DatasetState.NotCertified,
        DatasetOperation.Register => state == DatasetState.Draft,
        DatasetOperation.RecordUpdate => state is not DatasetState.Draft,
        DatasetOperation.Publish => state == DatasetState.Certified,
        DatasetOperation.OpenReview => state is DatasetState.Registered or DatasetState.NotCertified,
    };

    public bool Permits(DatasetOperation operation) => Permits(State, operation);

    public void Require(DatasetOperation operation)
    {
        if (!Permits(operation))
        {
            throw new DomainException($"Bộ dữ liệu đang ở trạng thái \"{DomainTexts.Label(State)}\" nên không thể {DomainTexts.Label(operation).ToLowerInvariant()}.");
        }
    }

    /// <summary>"Danh mục hành chính" and "hành chính danh mục" are the same name: words sorted, diacritics and case gone.</summary>
    public static string NormalizeName(string name) =>
        string.Join(' ', new string(TextSearch.Normalize(name).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Order(StringComparer.Ordinal));

    internal static Dataset Create(DatasetInput input, Guid ownerUnitId, string? focalOfficerName, Actor actor, DateTime nowUtc)
    {
        var dataset = new Dataset
        {
            Id = Guid.CreateVersion7(),
            OwnerUnitId = ownerUnitId,
            State = DatasetState.Draft,
            CreatedById = actor.UserId!.Value,
            CreatedByName = actor.Name,
            CreatedAtUtc = nowUtc,
            Version = Guid.NewGuid(),
        };
        dataset.Apply(input, focalOfficerName);
        return dataset;
    }

    internal void Update(DatasetInput input, string? focalOfficerName)
    {
        Require(DatasetOperation.Edit);
        Apply(input, focalOfficerName);
    }

    private void Apply(DatasetInput input, string? focalOfficerName)
    {
        Name = Guard.Required(input.Name, "tên bộ dữ liệu", NameMaxLength);
        Description = Guard.Required(input.Description, "mô tả", DescriptionMaxLength, multiline: true);
        Type = Guard.Defined(input.Type, "loại dữ liệu");
        Frequency = Guard.Defined(input.Frequency, "tần suất cập nhật");
        PlatformIdentifier = Guard.Optional(input.PlatformIdentifier, "mã trên nền tảng số hóa", ShortMaxLength);
        ResponsiblePerson = Guard.Required(input.ResponsiblePerson, "người chịu trách nhiệm cập nhật", ShortMaxLength);
        Fee = Guard.Optional(input.Fee, "phí khai thác", ShortMaxLength);
        IsStateSecret = input.IsStateSecret;
        if (input.IsStateSecret && input.IsPublic)
        {
            throw new DomainException("Dữ liệu bí mật nhà nước không được công khai (Điều 4.2h, 30.3).");
        }

        IsPublic = input.IsPublic;
        FocalOfficerId = input.FocalOfficerId;
        FocalOfficerName = focalOfficerName;
        var fields = input.Fields ?? [];
        if (fields.Count == 0)
        {
            throw new DomainException("Vui lòng mô tả ít nhất một trường dữ liệu.");
        }

        if (fields.Count > MaxFields)
        {
            throw new DomainException($"Một bộ dữ liệu có tối đa {MaxFields} trường.");
        }

        var cleaned = fields.Select((f, i) => new DatasetField(Id, i, Guard.Required(f.Name, "tên trường", ShortMaxLength), Guard.Defined(f.Type, "kiểu dữ liệu"),
            Guard.Optional(f.Description, "mô tả trường", ShortMaxLength * 2), f.IsPersonal)).ToList();
        if (cleaned.Select(f => TextSearch.Normalize(f.Name)).Distinct().Count() != cleaned.Count)
        {
            throw new DomainException("Tên các trường dữ liệu không được trùng nhau.");
        }

        _fields.Clear();
        _fields.AddRange(cleaned);
        _codeLists.Clear();
        _codeLists.AddRange((input.CodeListIds ?? []).Distinct().Select(c => new DatasetCodeList(Id, c)));
        if (IsPublic && HasPersonalData)
        {
            throw new DomainException("Bộ dữ liệu có trường chứa dữ liệu cá nhân không được công khai.");
        }

        NormalizedName = NormalizeName(Name);
        SearchText = TextSearch.Join(Name, Description, string.Join(' ', _fields.Select(f => f.Name)), PlatformIdentifier);
    }

    /// <summary>Into the catalogue; a near duplicate carries its owner's justification (Art. 4.2b).</summary>
    internal void Register(Guid? similarTo, string? justification)
    {
        Require(DatasetOperation.Register);
        if (similarTo is not null)
        {
            DuplicateJustification = Guard.Required(justification, "giải trình về bộ dữ liệu tương tự", DescriptionMaxLength, multiline: true);
            SimilarToId = similarTo;
        }

        State = DatasetState.Registered;
    }

    internal void RecordUpdate(DateOnly day, DateOnly today)
    {
        Require(DatasetOperation.RecordUpdate);
        if (day > today || day < today.AddYears(-5))
        {
            throw new DomainException("Ngày cập nhật phải trong 5 năm gần đây và không sau hôm nay.");
        }

        LastUpdatedOn = day;
    }

    internal void StartReview()
    {
        Require(DatasetOperation.OpenReview);
        State = DatasetState.UnderReview;
    }

    internal void Certify(string number, DateOnly today, DateOnly expires)
    {
        State = DatasetState.Certified;
        CertificateNumber = number;
        CertifiedOn = today;
        CertificateExpiresOn = expires;
        ExpiryRemindedOn = null;
        NotCertifiedReasons = null;
    }

    internal void Reject(string reasons)
    {
        State = DatasetState.NotCertified;
        NotCertifiedReasons = reasons;
    }

    internal void Publish(DateTime nowUtc)
    {
        Require(DatasetOperation.Publish);
        if (!MayBePublished)
        {
            throw new DomainException(IsStateSecret ? "Dữ liệu bí mật nhà nước không bao giờ được công bố."
                : HasPersonalData ? "Bộ dữ liệu có trường chứa dữ liệu cá nhân không được công bố."
                : "Chỉ bộ dữ liệu công khai mới được công bố trên Cổng dữ liệu mở.");
        }

        State = DatasetState.Published;
        PublishedAtUtc = nowUtc;
    }

    internal void RemindExpiry(DateOnly today) => ExpiryRemindedOn = today;

    /// <summary>The certificate ran out (the yearly inspection): back to the catalogue for a new review.</summary>
    internal void Expire()
    {
        State = DatasetState.Registered;
        PublishedAtUtc = null;
    }

    /// <summary>The day by which the next update is due after the last one (null: on change, or never updated yet).</summary>
    public static DateOnly? NextUpdateDue(UpdateFrequency frequency, DateOnly? last) => last is not { } l ? null : frequency switch
    {
        UpdateFrequency.Daily => l.AddDays(1),
        UpdateFrequency.Weekly => l.AddDays(7),
        UpdateFrequency.Monthly => l.AddMonths(1),
        UpdateFrequency.Quarterly => l.AddMonths(3),
        UpdateFrequency.Yearly => l.AddYears(1),
        UpdateFrequency.OnChange => null,
    };

    /// <summary>An update is overdue when its declared frequency has passed since the last one (Art. 24).</summary>
    public bool IsUpdateOverdue(DateOnly today) => State != DatasetState.Draft && NextUpdateDue(Frequency, LastUpdatedOn) is { } due && due < today;
}

/// <summary>A field (trường dữ liệu) of a dataset, in its order.</summary>
public sealed class DatasetField : IAggregateChild<Dataset>
{
    private DatasetField()
    {
        Name = null!;
    }

    internal DatasetField(Guid datasetId, int position, string name, FieldType type, string? description, bool isPersonal)
    {
        DatasetId = datasetId;
        Position = position;
        Name = name;
        Type = type;
        Description = description;
        IsPersonal = isPersonal;
    }

    public Guid DatasetId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; }

    public FieldType Type { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Holds personal data (Nghị định 13/2023; Luật 91/2025): the dataset is never published.</summary>
    public bool IsPersonal { get; private set; }

    Guid IAggregateChild<Dataset>.RootId => DatasetId;
}

/// <summary>A shared code list (danh mục dùng chung) the dataset uses (Art. 5.2).</summary>
public sealed class DatasetCodeList : IAggregateChild<Dataset>
{
    private DatasetCodeList()
    {
    }

    internal DatasetCodeList(Guid datasetId, Guid codeListId)
    {
        DatasetId = datasetId;
        CodeListId = codeListId;
    }

    public Guid DatasetId { get; private set; }

    public Guid CodeListId { get; private set; }

    Guid IAggregateChild<Dataset>.RootId => DatasetId;
}

/// <summary>A managed shared code list (danh mục dùng chung), central or local (Art. 3.5b, 5.2).</summary>
public sealed class CodeList : IAudited
{
    /// <inheritdoc />
    public string AuditLabel => $"{Code} {Name}";

    public const int CodeMaxLength = 40;

    private CodeList()
    {
        Code = null!;
        Name = null!;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Issued nationally (true) or by the city.</summary>
    public bool IsNational { get; private set; }

    public static CodeList Create(string code, string name, bool national) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = Guard.Required(code, "mã danh mục", CodeMaxLength).ToUpperInvariant(),
        Name = Guard.Required(name, "tên danh mục", Dataset.NameMaxLength),
        IsNational = national,
    };
}

public sealed record FieldInput(string? Name, FieldType Type, string? Description, bool IsPersonal);

/// <summary>What the owner describes (Art. 5.1–5.6).</summary>
public sealed record DatasetInput(
    string? Name,
    string? Description,
    DatasetType Type,
    IReadOnlyList<FieldInput>? Fields,
    IReadOnlyList<Guid>? CodeListIds,
    string? PlatformIdentifier,
    UpdateFrequency Frequency,
    string? ResponsiblePerson,
    bool IsPublic,
    bool IsStateSecret,
    string? Fee,
    Guid? FocalOfficerId);

/// <summary>
/// One action on a dataset, from the version the person saw; <see cref="DatasetService.RunAsync"/> dispatches it. A record
/// of an update carries its day, or the open-data files that bring it up to date.
/// </summary>
public sealed record DatasetAction(DatasetOperation Operation, Guid Version, string? Text = null, DateOnly? Day = null, IReadOnlyList<Files.StagedFile>? Files = null,
    DatasetReview? Review = null);

/// <summary>The council a review opens with (Art. 5.5): its meeting day, its members and its chair among them.</summary>
public sealed record DatasetReview(DateOnly MeetingDate, IReadOnlyList<Guid> MemberIds, Guid ChairId);
