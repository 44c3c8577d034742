using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Organization;

public enum UnitKind
{
    /// <summary>Ủy ban nhân dân.</summary>
    PeoplesCommittee,

    /// <summary>Văn phòng.</summary>
    Office,

    /// <summary>Sở, ban, ngành.</summary>
    Department,

    /// <summary>Trung tâm.</summary>
    Centre,

    /// <summary>UBND xã / phường.</summary>
    CommuneWard,

    /// <summary>Tổ chức bên ngoài (requesters of data, Art. 27.2).</summary>
    ExternalOrganisation,
}

/// <summary>
/// A unit of the organisation tree. The tree is data, never code (2025 reorganisation, RELATED-LAW.md):
/// units are created, renamed, moved and closed with effective dates by administrators.
/// </summary>
public sealed class Unit : IVersioned, IAudited
{
    /// <inheritdoc />
    public string AuditLabel => Name;

    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 256;

    private Unit()
    {
        Code = null!;
        Name = null!;
        SearchText = null!;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public UnitKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>Plays the regulation's "Sở TT&amp;TT" role (since 01/03/2025 Sở KH&amp;CN): sits on every council, publishes the catalogue.</summary>
    public bool IsPlatformAuthority { get; internal set; }

    /// <summary>The People's Committee Office (Văn phòng UBND): sits on every Art. 5 council.</summary>
    public bool IsPeoplesCommitteeOffice { get; internal set; }

    /// <summary>
    /// Mã định danh (Quyết định 20/2020/QĐ-TTg), e.g. "000.00.31.H57": how the national document-exchange axis names the
    /// unit in an edXML package (QCVN 102:2016/BTTTT). Optional; a unit without one is exchanged by its code.
    /// </summary>
    public string? AgencyCode { get; private set; }

    public string SearchText { get; private set; }

    public Guid Version { get; set; }

    public const int AgencyCodeMaxLength = 40;

    public void SetAgencyCode(string? agencyCode) => AgencyCode = Guard.Optional(agencyCode, "mã định danh", AgencyCodeMaxLength);

    public bool IsActiveOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    public static Unit Create(string code, string name, UnitKind kind, Guid? parentId, DateOnly effectiveFrom)
    {
        var unit = new Unit { Id = Guid.CreateVersion7(), Version = Guid.NewGuid() };
        unit.Update(code, name, kind, effectiveFrom);
        unit.ParentId = parentId;
        return unit;
    }

    public void Update(string code, string name, UnitKind kind, DateOnly effectiveFrom)
    {
        Code = Guard.Required(code, "mã đơn vị", CodeMaxLength).ToUpperInvariant();
        Name = Guard.Required(name, "tên đơn vị", NameMaxLength);
        Kind = Guard.Defined(kind, "loại đơn vị");
        Guard.CalendarDate(effectiveFrom, "ngày hiệu lực");
        if (EffectiveTo is { } to && effectiveFrom > to)
        {
            throw new DomainException("Ngày hiệu lực phải trước ngày hết hiệu lực.");
        }

        EffectiveFrom = effectiveFrom;
        SearchText = TextSearch.Join(Code, Name);
    }

    /// <summary>Moves the unit under another parent; the caller checks the tree for cycles (<see cref="OrgTree.CanMove"/>).</summary>
    internal void MoveTo(Guid? parentId) => ParentId = parentId;

    /// <summary>The unit stops existing from the day after <paramref name="lastDay"/> (merged, dissolved).</summary>
    public void Close(DateOnly lastDay)
    {
        Guard.CalendarDate(lastDay, "ngày hết hiệu lực");
        if (lastDay < EffectiveFrom)
        {
            throw new DomainException("Ngày hết hiệu lực không được trước ngày hiệu lực.");
        }

        EffectiveTo = lastDay;
    }

    public void Reopen() => EffectiveTo = null;
}
