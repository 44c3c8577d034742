namespace HueWorkspace.Domain.Datasets;

/// <summary>Loại dữ liệu số (Decision 41 Art. 3.5 a–l).</summary>
public enum DatasetType
{
    SharedData,
    CodeList,
    SectorData,
    SharedSectorData,
    SurveyData,
    EnterpriseData,
    StandardisedData,
    CitizenData,
    PublicPrivateData,
    SensorData,
    OperationData,
}

/// <summary>Where a dataset stands on its way to "dữ liệu số đạt chuẩn" (Art. 5).</summary>
public enum DatasetState
{
    /// <summary>Being described by its owner; only the owner unit sees it.</summary>
    Draft,

    /// <summary>In the catalogue, waiting for (or returned to) review.</summary>
    Registered,

    /// <summary>A council is reviewing it.</summary>
    UnderReview,

    /// <summary>The council confirmed it: standard digital data, with a numbered certificate that expires.</summary>
    Certified,

    /// <summary>The council did not confirm it; the reasons are kept.</summary>
    NotCertified,

    /// <summary>Certified, public, and published on the open-data pages (Art. 5.6, 20, 30).</summary>
    Published,
}

/// <summary>Tần suất cập nhật (Art. 5.4, 24).</summary>
public enum UpdateFrequency
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
    OnChange,
}

public enum FieldType
{
    Text,
    Number,
    Date,
    Boolean,
    Code,
    Location,
}

public enum DatasetOperation
{
    View,
    Edit,
    Register,
    RecordUpdate,
    Publish,
    OpenReview,
}

/// <summary>The criteria of Art. 5 a member checks (5: the council itself).</summary>
public enum Criterion
{
    /// <summary>1. One agency or unit owns it.</summary>
    OneOwner = 1,

    /// <summary>2. It uses the shared code lists and shared sector data.</summary>
    SharedCodeLists = 2,

    /// <summary>3. It is digitised on the shared digitisation platform, stored at the IOC.</summary>
    Digitised = 3,

    /// <summary>4. Its collection, update and operation follow Art. 24.</summary>
    CollectionProcess = 4,

    /// <summary>6. When public, it is published on the open-data portal.</summary>
    PublishedWhenPublic = 6,
}

public enum Verdict
{
    Met,
    NotMet,
}

public enum Vote
{
    Agree,
    Disagree,
}

/// <summary>Which body of Art. 5.5 a member represents.</summary>
public enum CouncilBody
{
    PeoplesCommitteeOffice,
    PlatformAuthority,
    Owner,
    Other,
}

public enum CouncilState
{
    Open,
    Closed,
}

/// <summary>How a council's outcome follows from its votes (a setting: <c>Datasets:DecisionRule</c>).</summary>
public enum DecisionRule
{
    /// <summary>Every member votes, and in each of the three bodies most members agree (the default).</summary>
    AllBodiesAgree,

    /// <summary>Every member votes, and every member agrees.</summary>
    Unanimous,

    /// <summary>More than half of the members vote, each body among them, and more than half of all members agree.</summary>
    Majority,
}
