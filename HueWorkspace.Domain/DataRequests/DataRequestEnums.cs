namespace HueWorkspace.Domain.DataRequests;

/// <summary>How the data is to be shared (Decision 41 Art. 27.1 b–đ).</summary>
public enum RequestMethod
{
    /// <summary>b) through an API of the digitisation system.</summary>
    Api,

    /// <summary>d) as a file, on request.</summary>
    File,

    /// <summary>c) over the city's dedicated network (CPNet).</summary>
    DedicatedNetwork,

    /// <summary>đ) under a contract.</summary>
    Contract,
}

public enum RequestFrequency
{
    Once,
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
}

/// <summary>Where a request stands (Art. 27.2; Nghị định 47 Art. 35, 38, 41).</summary>
public enum RequestState
{
    /// <summary>Being filled in: kept as typed, so a lost connection loses nothing.</summary>
    Draft,

    /// <summary>Sent to the owner unit; the five working days run.</summary>
    Submitted,

    /// <summary>The owner's data steward is reviewing it.</summary>
    UnderReview,

    /// <summary>A question to the requester: the clock pauses until the answer.</summary>
    NeedsInfo,

    /// <summary>Agreed, with a recorded sharing agreement and term (Art. 27.2b).</summary>
    Approved,

    /// <summary>The data was provided (a file, or an API token).</summary>
    Provided,

    /// <summary>The agreed term ended: access stopped by itself.</summary>
    Expired,

    /// <summary>Ended early by the owner, with a reason.</summary>
    Terminated,

    /// <summary>Refused in writing with the reason (Art. 27.2).</summary>
    Refused,
}

public enum RequestOperation
{
    View,
    Edit,
    Submit,
    StartReview,
    AskQuestion,
    Answer,
    Approve,
    Refuse,
    Transfer,
    Provide,
    Terminate,
    Comment,

    /// <summary>The requester reports an error in the data received (Art. 28.4).</summary>
    ReportError,

    /// <summary>The owner's steward handles a reported error.</summary>
    ResolveError,

    /// <summary>The requester asks to pass the data to a named third party (Art. 26.3).</summary>
    AskOnward,

    /// <summary>The owner unit, and the platform authority, each consent or not (Art. 26.3).</summary>
    DecideOnward,
}
