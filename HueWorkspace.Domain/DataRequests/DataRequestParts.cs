using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.DataRequests;

public enum DataRequestEventKind
{
    Submitted,
    ReviewStarted,
    Question,
    Answer,
    Approved,
    Refused,
    Transferred,
    Provided,
    Terminated,
    Expired,
    Comment,
    ErrorReported,
    ErrorResolved,
    OnwardAsked,
    OnwardDecided,
}

/// <summary>An error the requester found in the data received (Art. 28.4), handled by the owner's steward.</summary>
public sealed class DataErrorReport : IAggregateChild<DataRequest>
{
    private DataErrorReport()
    {
        Text = null!;
        ReportedByName = null!;
    }

    internal DataErrorReport(Guid requestId, string text, string reportedBy, DateTime atUtc)
    {
        Id = Guid.CreateVersion7();
        RequestId = requestId;
        Text = text;
        ReportedByName = reportedBy;
        ReportedAtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public string Text { get; private set; }

    public string ReportedByName { get; private set; }

    public DateTime ReportedAtUtc { get; private set; }

    public string? Resolution { get; private set; }

    public string? ResolvedByName { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    public bool IsOpen => ResolvedAtUtc is null;

    internal void Resolve(string resolution, string by, DateTime atUtc)
    {
        if (!IsOpen)
        {
            throw new DomainException("Sai sót này đã được xử lý.");
        }

        Resolution = resolution;
        ResolvedByName = by;
        ResolvedAtUtc = atUtc;
    }

    Guid IAggregateChild<DataRequest>.RootId => RequestId;
}

/// <summary>Passing the data to a named third party (Art. 26.3): allowed only when the owner unit and the platform authority both consent.</summary>
public sealed class OnwardShare : IAggregateChild<DataRequest>
{
    private OnwardShare()
    {
        Party = null!;
        Purpose = null!;
        RequestedByName = null!;
    }

    internal OnwardShare(Guid requestId, string party, string purpose, string requestedBy, DateTime atUtc)
    {
        Id = Guid.CreateVersion7();
        RequestId = requestId;
        Party = party;
        Purpose = purpose;
        RequestedByName = requestedBy;
        RequestedAtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public string Party { get; private set; }

    public string Purpose { get; private set; }

    public string RequestedByName { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public bool? OwnerConsent { get; private set; }

    public string? OwnerByName { get; private set; }

    public bool? AuthorityConsent { get; private set; }

    public string? AuthorityByName { get; private set; }

    /// <summary>Allowed only with both consents; refused as soon as either says no.</summary>
    public bool? Allowed => OwnerConsent == false || AuthorityConsent == false ? false : OwnerConsent == true && AuthorityConsent == true ? true : null;

    internal void Decide(bool asOwner, bool consent, string by, DateTime atUtc)
    {
        if (asOwner ? OwnerConsent is not null : AuthorityConsent is not null)
        {
            throw new DomainException("Cơ quan này đã cho ý kiến về đề nghị chia sẻ tiếp.");
        }

        if (asOwner)
        {
            (OwnerConsent, OwnerByName) = (consent, by);
        }
        else
        {
            (AuthorityConsent, AuthorityByName) = (consent, by);
        }
    }

    Guid IAggregateChild<DataRequest>.RootId => RequestId;
}

/// <summary>One step of a request's history (who, when, what they wrote). Never changed.</summary>
public sealed class DataRequestEvent : IAggregateChild<DataRequest>
{
    private DataRequestEvent()
    {
        ActorName = null!;
    }

    internal DataRequestEvent(Guid requestId, DataRequestEventKind kind, Guid actorId, string actorName, string? text, DateTime atUtc)
    {
        Id = Guid.CreateVersion7();
        RequestId = requestId;
        Kind = kind;
        ActorId = actorId;
        ActorName = actorName;
        Text = text;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public DataRequestEventKind Kind { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string? Text { get; private set; }

    public DateTime AtUtc { get; private set; }

    Guid IAggregateChild<DataRequest>.RootId => RequestId;
}

/// <summary>What the requester types in the E-Form; incomplete while a draft.</summary>
public sealed record RequestForm(
    string? ContactName,
    string? ContactDetails,
    IReadOnlyList<Guid>? DatasetIds,
    string? UncataloguedDescription,
    Guid? OwnerUnitId,
    string? DataItems,
    string? Purpose,
    string? LegalBasis,
    RequestMethod Method,
    RequestFrequency Frequency,
    DateOnly? From,
    DateOnly? To,
    bool PersonalData,
    bool DutiesAccepted);

/// <summary>The sharing agreement's items (Nghị định 47 Art. 38) the steward records when agreeing.</summary>
public sealed record Agreement(DateOnly? From, DateOnly? To, string? PlaceOfUse, string? Processing, string? Conditions, string? Security, string? Storage, string? Deletion);

/// <summary>A refusal of one field of a form: the page shows it next to the field.</summary>
public sealed class FieldException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
}
