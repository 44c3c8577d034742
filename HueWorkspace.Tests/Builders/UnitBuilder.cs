using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Tests.Builders;

/// <summary>Small organisation trees for tests that need no database.</summary>
public sealed class UnitBuilder
{
    private readonly List<Unit> _units = [];

    public Unit Add(string code, Unit? parent = null, UnitKind kind = UnitKind.Department, string? name = null)
    {
        var unit = Unit.Create(code, name ?? $"Đơn vị {code}", kind, parent?.Id, new DateOnly(2025, 1, 1));
        _units.Add(unit);
        return unit;
    }

    public OrgTree Build() => new(_units);
}
