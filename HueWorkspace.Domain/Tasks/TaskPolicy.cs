using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// Who may give new work, and to which units (Decision 41 Art. 13.2: functions by the unit's and the person's role). What a
/// person may do to an existing task is the area's access rule, <see cref="TaskAccess"/>.
/// </summary>
public static class TaskPolicy
{
    /// <summary>May assign new top-level work at all: city leaders anywhere, unit leaders within their own subtree.</summary>
    public static bool CanAssign(Actor actor) => actor.IsAssigned && actor.IsLeader;

    /// <summary>Whether the person may make <paramref name="unit"/> the lead or a coordinating unit of new work.</summary>
    public static bool CanAssignTo(Actor actor, Unit unit, OrgTree tree, DateOnly today) =>
        CanAssign(actor)
        && unit.IsActiveOn(today)
        && unit.Kind != UnitKind.ExternalOrganisation
        && (actor.IsInRole(Role.CityLeader) || tree.IsWithin(unit.Id, actor.UnitId!.Value));

    public static bool LeadsUnit(Actor actor, Guid unitId) => actor.IsLeader && actor.UnitId == unitId;
}
