using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;

namespace HueWorkspace.Domain.Dashboards;

/// <summary>
/// A module's part of the dashboard (Art. 18), counted by the module itself from its own access rule's visible query, so
/// every figure is a number of records the person can open from the drill-down. The dashboard knows only this interface;
/// it sums the parts into its rows.
/// </summary>
public interface IDashboardSource
{
    Task<DashboardPart> CountAsync(DashboardSlice slice, CancellationToken ct);
}

/// <summary>
/// What is counted: the person and the period, and either the units in scope (<see cref="Units"/>, null when the scope
/// holds the whole administration and no unit filter is needed) or the person's own work (<see cref="OwnWork"/>). The
/// refusals and the trend are asked only for the period shown (<see cref="Detailed"/>), not for the one compared with it.
/// </summary>
public sealed record DashboardSlice(WorkspaceDbContext Db, Actor Actor, OrgTree Tree, DashboardPeriod Period, DateOnly Today,
    IReadOnlyList<Guid>? Units, bool OwnWork, bool Detailed)
{
    /// <summary>Overdue is a state of today, not of a period: counted once, for the period that holds today.</summary>
    public bool CountsToday => Period.Contains(Today);
}

/// <summary>A module's figures by the unit they belong to; its refusals in writing, and tasks given and completed by Huế's day.</summary>
public sealed record DashboardPart(IReadOnlyList<UnitCount> ByUnit, IReadOnlyList<Refusal> Refusals, IReadOnlyList<DayCount> Days)
{
    public static DashboardPart Of(IEnumerable<UnitCount> byUnit) => new([.. byUnit], [], []);
}

/// <summary>What one unit adds to the figures (the rest of <see cref="Figures"/> left at zero).</summary>
public sealed record UnitCount(Guid UnitId, Figures Figures);

/// <summary>Tasks given and completed on one of Huế's days (the trend).</summary>
public sealed record DayCount(DateOnly Day, int Assigned, int Completed);
