using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Organization;

/// <summary>
/// The organisation in memory: the tree of units, for "from the whole to the detail" queries (Art. 18.2: a leader sees
/// their unit and everything below it), and its people with their units and roles, for who is told of a change. Read
/// through <see cref="OrganizationDirectory"/> (one snapshot per process, re-read when the organisation changes); a few
/// hundred units and some thousands of people.
/// </summary>
public sealed class OrgTree
{
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);

    private readonly Dictionary<Guid, Unit> _units;
    private readonly ILookup<Guid?, Unit> _children;
    private readonly Dictionary<Guid, OrgPerson> _people;
    private readonly ILookup<Guid?, OrgPerson> _peopleByUnit;

    public OrgTree(IEnumerable<Unit> units, IEnumerable<OrgPerson>? people = null)
    {
        _units = units.ToDictionary(u => u.Id);
        _children = _units.Values.OrderBy(u => u.Name, VietnameseOrder).ToLookup(u => u.ParentId);
        _people = (people ?? []).ToDictionary(p => p.Id);
        _peopleByUnit = _people.Values.Where(p => p.IsAssigned).OrderBy(p => p.FullName, VietnameseOrder).ToLookup(p => p.UnitId);
    }

    public IReadOnlyCollection<Unit> Units => _units.Values;

    /// <summary>Everyone with a profile, assigned or not.</summary>
    public IReadOnlyCollection<OrgPerson> People => _people.Values;

    public OrgPerson? Person(Guid id) => _people.GetValueOrDefault(id);

    /// <summary>The assigned people of one unit (not of the units below it), by name.</summary>
    public IEnumerable<OrgPerson> PeopleIn(Guid unitId) => _peopleByUnit[unitId];

    /// <summary>The assigned people of these units.</summary>
    public IEnumerable<OrgPerson> PeopleIn(IEnumerable<Guid> unitIds) => unitIds.Distinct().SelectMany(PeopleIn);

    /// <summary>A unit's leaders (unit leaders; city leaders for the People's Committee they sit in).</summary>
    public IEnumerable<Guid> LeadersOf(IEnumerable<Guid> unitIds) => PeopleIn(unitIds).Where(p => p.IsLeader).Select(p => p.Id);

    /// <summary>Who stewards a unit's data (Decision 41 Art. 5, 27): its leaders and data officers.</summary>
    public IEnumerable<Guid> StewardsOf(Guid? unitId) =>
        unitId is { } id ? PeopleIn(id).Where(p => p.IsInAnyRole(Role.UnitLeader, Role.DataOfficer)).Select(p => p.Id) : [];

    /// <summary>A unit's clerks (văn thư).</summary>
    public IEnumerable<Guid> ClerksOf(Guid unitId) => PeopleIn(unitId).Where(p => p.IsInRole(Role.Clerk)).Select(p => p.Id);

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

    /// <summary>
    /// The units whose name or code holds <paramref name="word"/> (already normalised: lower case, no diacritics, đ as d),
    /// so a list finds records by the unit that owns or asked for them ("so khoa hoc", "vien thong").
    /// </summary>
    public IReadOnlyList<Guid> UnitsNamed(string word) =>
        _units.Values.Where(u => TextSearch.Normalize(u.Name).Contains(word, StringComparison.Ordinal) || TextSearch.Normalize(u.Code).Contains(word, StringComparison.Ordinal))
            .Select(u => u.Id).ToList();

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

    /// <summary>The units of the administration, outside organisations (data requesters) apart.</summary>
    public IEnumerable<Unit> Administration => _units.Values.Where(u => u.Kind != UnitKind.ExternalOrganisation);

    /// <summary>A leader whose subtree is the whole administration (the city's leaders): lists need no unit filter for them.</summary>
    public bool LeadsAll(Actor actor) =>
        actor.IsAssigned && actor.IsLeader && Administration.All(u => IsWithin(u.Id, actor.UnitId!.Value));

    public Unit? PlatformAuthority => _units.Values.FirstOrDefault(u => u.IsPlatformAuthority);

    public Unit? PeoplesCommitteeOffice => _units.Values.FirstOrDefault(u => u.IsPeoplesCommitteeOffice);
}
