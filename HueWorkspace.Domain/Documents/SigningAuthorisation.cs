using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// A recorded authority to sign for a leader (Nghị định 30 Art. 13): a deputy named for a period while the leader is
/// away (KT.), or a written, time-limited ủy quyền (TUQ., Art. 13.3) with the reference of the written paper. Given by a
/// leader of the unit in their own right, to someone else, and never passed on: a person holding an authorisation
/// cannot give one (checked by <see cref="SigningRules.CheckGrant"/>). Revoked, never deleted.
/// </summary>
public sealed class SigningAuthorisation : IVersioned, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => $"{PrincipalName} → {DelegateName} ({VietnamTime.Format(From)}–{VietnamTime.Format(To)})";

    public const int ReferenceMaxLength = 120;
    public const int ScopeMaxLength = 500;

    /// <summary>An authorisation runs for at most a year; a longer one is a new paper.</summary>
    public const int MaxDays = 366;

    private SigningAuthorisation()
    {
        PrincipalName = null!;
        DelegateName = null!;
    }

    public Guid Id { get; private set; }

    public AuthorisationKind Kind { get; private set; }

    /// <summary>The unit in whose name documents are signed.</summary>
    public Guid UnitId { get; private set; }

    public Guid PrincipalId { get; private set; }

    public string PrincipalName { get; private set; }

    public Guid DelegateId { get; private set; }

    public string DelegateName { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    /// <summary>The written authorisation (số, ngày of the giấy ủy quyền); required for TUQ.</summary>
    public string? Reference { get; private set; }

    /// <summary>What it covers, in words ("các văn bản về chuyển đổi số").</summary>
    public string? Scope { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public SigningCapacity Capacity => Kind == AuthorisationKind.Deputy ? SigningCapacity.KT : SigningCapacity.TUQ;

    public bool IsActiveOn(DateOnly day) => RevokedAtUtc is null && From <= day && day <= To;

    internal static SigningAuthorisation Grant(GrantAuthorisation data, Guid unitId, Actor principal, UserProfile holder, DateOnly today, DateTime nowUtc)
    {
        var from = Guard.CalendarDate(data.From, "ngày bắt đầu");
        var to = Guard.CalendarDate(data.To, "ngày kết thúc");
        if (to < from)
        {
            throw new DomainException("Ngày kết thúc không được trước ngày bắt đầu.");
        }

        if (to < today)
        {
            throw new DomainException("Thời hạn ủy quyền đã qua; vui lòng chọn thời hạn từ hôm nay trở đi.");
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw new DomainException("Thời hạn ủy quyền tối đa một năm.");
        }

        var kind = Guard.Defined(data.Kind, "loại ủy quyền");
        return new SigningAuthorisation
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            UnitId = unitId,
            PrincipalId = principal.UserId!.Value,
            PrincipalName = principal.Name,
            DelegateId = holder.Id,
            DelegateName = holder.FullName,
            From = from,
            To = to,
            // Art. 13.3: the authorisation is in writing; its paper is named here.
            Reference = kind == AuthorisationKind.Authorisation
                ? Guard.Required(data.Reference, "số, ngày giấy ủy quyền", ReferenceMaxLength)
                : Guard.Optional(data.Reference, "căn cứ", ReferenceMaxLength),
            Scope = Guard.Optional(data.Scope, "phạm vi", ScopeMaxLength, multiline: true),
            CreatedAtUtc = nowUtc,
            Version = Guid.NewGuid(),
        };
    }

    internal void Revoke(DateTime nowUtc)
    {
        if (RevokedAtUtc is not null)
        {
            throw new DomainException("Ủy quyền này đã được thu hồi.");
        }

        RevokedAtUtc = nowUtc;
    }
}

/// <summary>What a leader types to record an authorisation.</summary>
public sealed record GrantAuthorisation(AuthorisationKind Kind, Guid DelegateId, DateOnly From, DateOnly To, string? Reference = null, string? Scope = null);

/// <summary>
/// Who may sign a document of a unit, in which capacity (Nghị định 30 Art. 13): the rules are pure, so each is a unit
/// test; the service gives them the tree, the signer and the authorisations on record.
/// </summary>
public static class SigningRules
{
    /// <summary>A leader of the unit in their own right: its unit leader, or a city leader for the People's Committee.</summary>
    public static bool LeadsInOwnRight(Guid? userUnitId, IEnumerable<Role> roles, Unit unit) =>
        userUnitId is { } u && (u == unit.Id && roles.Contains(Role.UnitLeader)
            // The city's leaders lead the People's Committee (the root of the tree), not the outside organisations at the root too.
            || unit.ParentId is null && unit.Kind == UnitKind.PeoplesCommittee && roles.Contains(Role.CityLeader));

    public static bool LeadsInOwnRight(Actor actor, Unit unit) => LeadsInOwnRight(actor.UnitId, actor.Roles, unit);

    public static bool LeadsInOwnRight(UserProfile person, Unit unit) => person.IsAssigned && LeadsInOwnRight(person.UnitId, person.Roles, unit);

    /// <summary>
    /// Checks a signature; returns the authorisation it relies on (KT., TUQ.) or null. Refuses with the reason: the
    /// capacity does not fit the unit, the signer is not its leader, or the authorisation is missing, not yet valid,
    /// expired or revoked.
    /// </summary>
    public static SigningAuthorisation? Check(SigningCapacity capacity, Actor signer, Unit issuer, OrgTree tree, IReadOnlyList<SigningAuthorisation> onRecord, DateOnly today)
    {
        switch (Guard.Defined(capacity, "thẩm quyền ký"))
        {
            case SigningCapacity.Direct or SigningCapacity.Q:
                return LeadsInOwnRight(signer, issuer) ? null
                    : throw new DomainException($"Chỉ lãnh đạo {issuer.Name} được ký {Label(capacity)}.");
            case SigningCapacity.TM:
                if (issuer.Kind is not (UnitKind.PeoplesCommittee or UnitKind.CommuneWard))
                {
                    throw new DomainException("Ký thay mặt (TM.) chỉ dùng cho văn bản của tập thể (Ủy ban nhân dân).");
                }

                return LeadsInOwnRight(signer, issuer) ? null
                    : throw new DomainException($"Chỉ lãnh đạo {issuer.Name} được ký thay mặt tập thể.");
            case SigningCapacity.TL:
                // Thừa lệnh: the head of the office (or a division) directly under the issuer signs by its head's order.
                return signer.IsInRole(Role.UnitLeader) && signer.UnitId is { } u && tree.Find(u)?.ParentId == issuer.Id ? null
                    : throw new DomainException($"Ký thừa lệnh (TL.) là của lãnh đạo văn phòng hoặc đơn vị trực thuộc {issuer.Name}.");
            default:
                var kind = capacity == SigningCapacity.KT ? AuthorisationKind.Deputy : AuthorisationKind.Authorisation;
                var mine = onRecord.Where(a => a.Kind == kind && a.UnitId == issuer.Id && a.DelegateId == signer.UserId).ToList();
                if (mine.FirstOrDefault(a => a.IsActiveOn(today)) is { } valid)
                {
                    return valid;
                }

                var last = mine.OrderByDescending(a => a.To).FirstOrDefault();
                throw new DomainException(last switch
                {
                    null => capacity == SigningCapacity.KT
                        ? $"Chưa có văn bản phân công ký thay (KT.) của lãnh đạo {issuer.Name} cho người ký."
                        : $"Chưa có giấy ủy quyền (TUQ.) của lãnh đạo {issuer.Name} cho người ký.",
                    { RevokedAtUtc: not null } => $"{What(last)} đã bị thu hồi.",
                    _ when last.From > today => $"{What(last)} có hiệu lực từ ngày {VietnamTime.Format(last.From)}.",
                    _ => $"{What(last)} đã hết hạn ngày {VietnamTime.Format(last.To)}.",
                });
        }
    }

    /// <summary>
    /// Who may record an authorisation: a leader of the unit in their own right, for someone else of the system; never
    /// someone who signs by authorisation themselves (not passed on, Art. 13.3).
    /// </summary>
    public static void CheckGrant(Actor principal, Unit unit, UserProfile holder)
    {
        if (!LeadsInOwnRight(principal, unit))
        {
            throw new ForbiddenException($"Chỉ lãnh đạo {unit.Name} được giao ký thay hoặc ủy quyền ký văn bản của đơn vị; người được ủy quyền không được ủy quyền lại.");
        }

        if (holder.Id == principal.UserId)
        {
            throw new DomainException("Không thể ủy quyền cho chính mình.");
        }

        if (!holder.IsAssigned || holder.Roles.All(r => r == Role.DataRequester))
        {
            throw new DomainException("Người được ủy quyền phải là cán bộ của thành phố.");
        }
    }

    private static string What(SigningAuthorisation a) =>
        a.Kind == AuthorisationKind.Deputy
            ? $"Phân công ký thay của {a.PrincipalName} ({VietnamTime.Format(a.From)}–{VietnamTime.Format(a.To)})"
            : $"Giấy ủy quyền {a.Reference} của {a.PrincipalName}";

    public static string Label(SigningCapacity capacity) => capacity switch
    {
        SigningCapacity.Direct => "trực tiếp",
        SigningCapacity.TM => "TM.",
        SigningCapacity.Q => "Q.",
        SigningCapacity.KT => "KT.",
        SigningCapacity.TL => "TL.",
        SigningCapacity.TUQ => "TUQ.",
    };
}
