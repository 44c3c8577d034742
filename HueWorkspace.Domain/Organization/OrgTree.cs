namespace HueWorkspace.Domain.Organization;

/// <summary>
/// The organisation tree in memory, for "from the whole to the detail" queries (Art. 18.2): a leader sees
/// their unit and everything below it. Built from a snapshot of the units; a few hundred rows at most.
/// </summary>
public sealed class OrgTree
{
    private readonly Dictionary<Guid, Unit> _units;
    private readonly ILookup<Guid?, Unit> _children;

    public OrgTree(IEnumerable<Unit> units)
    {
        _units = units.ToDictionary(u => u.Id);
        _children = _units.Values.OrderBy(u => u.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .ToLookup(u => u.ParentId);
    }

    public IReadOnlyCollection<Unit> Units => _units.Values;

    public Unit? Find(Guid id) => _units.GetValueOrDefault(id);

    public IEnumerable<Unit> Roots => _children[null];

    public IEnumerable<Unit> ChildrenOf(Guid id) => _children[id];

    /// <summary>The unit itself and all units below it, depth first.</summary>
    public IReadOnlyList<Unit> Subtree(Guid id)
    {
        var result = new List<Unit>();
        if (!_units.TryGetValue(id, out var root))
        {
            return result;
        }

        var stack = new Stack<Unit>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            result.Add(unit);
            foreach (var child in _children[unit.Id].Reverse())
            {
                stack.Push(child);
            }
        }

        return result;
    }

    /// <summary>From the parent up to the root, nearest first.</summary>
    public IReadOnlyList<Unit> Ancestors(Guid id)
    {
        var result = new List<Unit>();
        var seen = new HashSet<Guid> { id };
        var current = Find(id)?.ParentId;
        while (current is { } parentId && seen.Add(parentId) && _units.TryGetValue(parentId, out var parent))
        {
            result.Add(parent);
            current = parent.ParentId;
        }

        return result;
    }

    /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public bool IsWithin(Guid unitId, Guid ancestorId) =>
        unitId == ancestorId || Ancestors(unitId).Any(a => a.Id == ancestorId);

    /// <summary>A unit may not be moved under itself or one of its descendants.</summary>
    public bool CanMove(Guid unitId, Guid? newParentId) =>
        newParentId is null || (_units.ContainsKey(newParentId.Value) && !IsWithin(newParentId.Value, unitId));

    public int Depth(Guid id) => Ancestors(id).Count;

    /// <summary>The whole tree in display order with each unit's depth, for indented lists.</summary>
    public IReadOnlyList<(Unit Unit, int Depth)> Flatten()
    {
        var result = new List<(Unit, int)>();
        foreach (var root in Roots)
        {
            foreach (var unit in Subtree(root.Id))
            {
                result.Add((unit, Depth(unit.Id)));
            }
        }

        return result;
    }

    public Unit? PlatformAuthority => _units.Values.FirstOrDefault(u => u.IsPlatformAuthority);

    public Unit? PeoplesCommitteeOffice => _units.Values.FirstOrDefault(u => u.IsPeoplesCommitteeOffice);
}
