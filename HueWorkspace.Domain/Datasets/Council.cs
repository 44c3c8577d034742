using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Datasets;

/// <summary>
/// A review council (Hội đồng xét duyệt, Decision 41 Art. 5.5) for one dataset: opened by the platform authority with a
/// date and members — at least one from the People's Committee Office, one from the platform authority and one from the
/// owner unit, one chair. Members' checklists and votes are their own rows (<see cref="CouncilCheck"/>,
/// <see cref="CouncilVote"/>) so that members working at once never conflict; the chair closes it and the outcome follows
/// <see cref="Rule"/>, recorded at opening.
/// </summary>
public sealed class Council : IWorkflowRoot<CouncilOperation>, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => $"{DatasetName} ({VietnamTime.Format(MeetingDate)})";

    public const string ClosedMessage = "Phiên họp của hội đồng đã kết thúc; ý kiến và biểu quyết không còn thay đổi được.";

    public const int NoteMaxLength = 2000;

    private readonly List<CouncilMember> _members = [];

    private Council()
    {
        DatasetName = null!;
        OpenedByName = null!;
    }

    public Guid Id { get; private set; }

    public Guid DatasetId { get; private set; }

    public string DatasetName { get; private set; }

    public Guid OwnerUnitId { get; private set; }

    /// <summary>The People's Committee Office and the platform authority when it opened (the units playing these roles are settings).</summary>
    public Guid OfficeUnitId { get; private set; }

    public Guid PlatformUnitId { get; private set; }

    public DateOnly MeetingDate { get; private set; }

    public DecisionRule Rule { get; private set; }

    public CouncilState State { get; private set; }

    public bool? Certified { get; private set; }

    public string? OutcomeReasons { get; private set; }

    public Guid OpenedById { get; private set; }

    public string OpenedByName { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    public string? ClosedByName { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Moved by every checklist entry and vote inside their transaction: the lock that orders them against the close.</summary>
    public long Activity { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<CouncilMember> Members => _members;

    public CouncilMember? Chair => _members.SingleOrDefault(m => m.IsChair);

    public static readonly Criterion[] Criteria = Enum.GetValues<Criterion>();

    /// <summary>The council's workflow table: it is read at any time; checklists, votes and the close only while it sits.</summary>
    public static bool Permits(CouncilState state, CouncilOperation operation) => operation switch
    {
        CouncilOperation.View => true,
        CouncilOperation.Check or CouncilOperation.Vote or CouncilOperation.Close => state == CouncilState.Open,
    };

    public bool Permits(CouncilOperation operation) => Permits(State, operation);

    public void Require(CouncilOperation operation)
    {
        if (!Permits(operation))
        {
            throw new DomainException(ClosedMessage);
        }
    }

    public static readonly CouncilBody[] RequiredBodies = [CouncilBody.PeoplesCommitteeOffice, CouncilBody.PlatformAuthority, CouncilBody.Owner];

    /// <summary>Whether a member speaks for a body of Art. 5.5 (one unit may play two: the platform authority's own datasets).</summary>
    public bool Represents(CouncilMember member, CouncilBody body) => body switch
    {
        CouncilBody.PeoplesCommitteeOffice => member.UnitId == OfficeUnitId,
        CouncilBody.PlatformAuthority => member.UnitId == PlatformUnitId,
        CouncilBody.Owner => member.UnitId == OwnerUnitId,
        CouncilBody.Other => false,
    };

    /// <summary>Checks the composition (Art. 5.5) and opens the council.</summary>
    internal static Council Open(Dataset dataset, DateOnly meetingDate, IReadOnlyList<CouncilMember> members, DecisionRule rule, Guid officeUnitId, Guid platformUnitId,
        Actor actor, DateTime nowUtc, DateOnly today)
    {
        var date = Guard.CalendarDate(meetingDate, "ngày họp");
        if (date < today || date > today.AddYears(1))
        {
            throw new DomainException("Ngày họp phải từ hôm nay đến một năm tới.");
        }

        if (members.Select(m => m.UserId).Distinct().Count() != members.Count)
        {
            throw new DomainException("Mỗi thành viên chỉ có tên một lần trong hội đồng.");
        }

        var council = new Council
        {
            Id = Guid.CreateVersion7(),
            DatasetId = dataset.Id,
            DatasetName = dataset.Name,
            OwnerUnitId = dataset.OwnerUnitId,
            OfficeUnitId = officeUnitId,
            PlatformUnitId = platformUnitId,
            MeetingDate = date,
            Rule = Guard.Defined(rule, "quy tắc quyết định"),
            State = CouncilState.Open,
            OpenedById = actor.UserId!.Value,
            OpenedByName = actor.Name,
            OpenedAtUtc = nowUtc,
            Version = Guid.NewGuid(),
        };
        var missing = RequiredBodies.Where(b => !members.Any(m => council.Represents(m, b))).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException("Hội đồng phải có thành viên của " + string.Join(", ", missing.Select(b => DomainTexts.Label(b))) + " (Điều 5.5).");
        }

        if (members.Count(m => m.IsChair) != 1)
        {
            throw new DomainException("Hội đồng có đúng một chủ tịch hội đồng.");
        }

        foreach (var member in members)
        {
            member.CouncilId = council.Id;
            council._members.Add(member);
        }

        return council;
    }

    /// <summary>
    /// The outcome the rule gives for these votes, or the reason the council cannot close yet (no quorum). Never the
    /// chair's wish: the chair only says "close".
    /// </summary>
    public (bool Certified, string? NoQuorum) Decide(IReadOnlyDictionary<Guid, Vote> votes)
    {
        var rule = Rule;
        var members = _members;
        var voted = members.Where(m => votes.ContainsKey(m.UserId)).ToList();
        bool Agrees(CouncilMember m) => votes.TryGetValue(m.UserId, out var v) && v == Vote.Agree;
        switch (rule)
        {
            case DecisionRule.Majority:
                if (voted.Count * 2 <= members.Count || RequiredBodies.Any(b => !voted.Any(m => Represents(m, b))))
                {
                    return (false, $"Chưa đủ số thành viên biểu quyết: cần hơn một nửa ({voted.Count}/{members.Count}) và có đủ đại diện ba cơ quan.");
                }

                return (members.Count(Agrees) * 2 > members.Count, null);
            default:
                if (voted.Count < members.Count)
                {
                    return (false, $"Chưa đủ số thành viên biểu quyết: {voted.Count}/{members.Count} thành viên đã biểu quyết; mọi thành viên phải biểu quyết.");
                }

                return rule == DecisionRule.Unanimous
                    ? (members.All(Agrees), null)
                    : (RequiredBodies.All(b => members.Where(m => Represents(m, b)).Count(Agrees) * 2 > members.Count(m => Represents(m, b))), null);
        }
    }

    internal void Close(bool certified, string? reasons, Actor chair, DateTime nowUtc)
    {
        if (State != CouncilState.Open)
        {
            throw new DomainException("Phiên họp của hội đồng đã kết thúc.");
        }

        State = CouncilState.Closed;
        Certified = certified;
        OutcomeReasons = reasons;
        ClosedByName = chair.Name;
        ClosedAtUtc = nowUtc;
    }
}

/// <summary>A member of a council: which body they represent, and whether they chair it.</summary>
public sealed class CouncilMember : IAggregateChild<Council>
{
    private CouncilMember()
    {
        Name = null!;
        UnitName = null!;
    }

    internal CouncilMember(Guid userId, string name, Guid unitId, string unitName, CouncilBody body, bool isChair)
    {
        UserId = userId;
        Name = name;
        UnitId = unitId;
        UnitName = unitName;
        Body = body;
        IsChair = isChair;
    }

    public Guid CouncilId { get; internal set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; }

    public CouncilBody Body { get; private set; }

    public bool IsChair { get; private set; }

    Guid IAggregateChild<Council>.RootId => CouncilId;
}

/// <summary>One member's verdict on one criterion of Art. 5, with a note; changed until the council closes.</summary>
public sealed class CouncilCheck
{
    private CouncilCheck()
    {
    }

    internal CouncilCheck(Guid councilId, Guid userId, Criterion criterion)
    {
        CouncilId = councilId;
        UserId = userId;
        Criterion = criterion;
    }

    public Guid CouncilId { get; private set; }

    public Guid UserId { get; private set; }

    public Criterion Criterion { get; private set; }

    public Verdict Verdict { get; private set; }

    public string? Note { get; private set; }

    public DateTime AtUtc { get; private set; }

    internal void Set(Verdict verdict, string? note, DateTime nowUtc)
    {
        Verdict = Guard.Defined(verdict, "kết quả kiểm tra");
        Note = Guard.Optional(note, "ghi chú", Council.NoteMaxLength, multiline: true);
        AtUtc = nowUtc;
    }
}

/// <summary>One member's vote (biểu quyết): one per member, changeable until the council closes, final after.</summary>
public sealed class CouncilVote
{
    private CouncilVote()
    {
    }

    internal CouncilVote(Guid councilId, Guid userId)
    {
        CouncilId = councilId;
        UserId = userId;
    }

    public Guid CouncilId { get; private set; }

    public Guid UserId { get; private set; }

    public Vote Vote { get; private set; }

    public string? Reason { get; private set; }

    public DateTime AtUtc { get; private set; }

    internal void Cast(Vote vote, string? reason, DateTime nowUtc)
    {
        Vote = Guard.Defined(vote, "biểu quyết");
        Reason = vote == Vote.Disagree
            ? Guard.Required(reason, "lý do không đồng ý", Council.NoteMaxLength, multiline: true)
            : Guard.Optional(reason, "ý kiến", Council.NoteMaxLength, multiline: true);
        AtUtc = nowUtc;
    }
}
