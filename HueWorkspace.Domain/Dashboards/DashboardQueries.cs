using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Dashboards;

/// <summary>
/// Leaders' dashboards (Decision 41 Art. 18): "from the whole to the detail, from the city to departments and localities".
/// A leader sees their unit and every unit below it, one row per unit just below the one they look at (each row counting
/// its whole subtree), and may narrow to any unit within their own; a civil servant sees the tasks they give or handle.
/// Every figure is counted by the database for the period asked and the one before it, by each module from the records
/// its access rule lets the person see (<see cref="IDashboardSource"/>: the drill-down opens every record counted); units
/// are matched to rows in memory through the organisation tree. The rules of "on time" are the modules' own: a task is
/// late when completed after its deadline, an incoming document when the task made from its direction is (counted for
/// that task's lead unit); a data request is answered on time when answered by its due day, which counts five working
/// days and skips holidays and Tết, paused while the requester is asked for more (Art. 27.2).
/// </summary>
public sealed class DashboardQueries(WorkflowServices services, IEnumerable<IDashboardSource> parts)
{
    private readonly IReadOnlyList<IDashboardSource> _sources = [.. parts];

    public const string UnitNotFoundMessage = "Không tìm thấy đơn vị, hoặc bạn không có quyền xem số liệu của đơn vị này.";

    public async Task<Dashboard> GetAsync(DashboardQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var today = VietnamTime.Today(services.Clock);
        if (query.Day is { } asked && !VietnamTime.IsWithinRecords(asked))
        {
            throw new DomainException("Ngày của kỳ báo cáo phải từ năm 2000 đến năm 2099.");
        }

        var period = DashboardPeriod.Containing(query.Period, query.Day ?? today);
        var previous = period.ComparedWith(today);
        var scope = ScopeOf(actor, tree, query.UnitId);
        var counter = new Counter(db, actor, tree, scope, today, _sources);

        var current = await counter.CountAsync(period, detailed: true, ct);
        var before = await counter.CountAsync(previous, detailed: false, ct);
        var rows = RowsOf(tree, scope).Select(r => new UnitFigures(r.Id, r.Name, r.HasUnitsBelow, current.ByUnit.GetValueOrDefault(r.Id, Figures.Zero))).ToList();
        return new Dashboard(scope, period, previous, today,
            current.ByUnit.Values.Aggregate(Figures.Zero, (a, b) => a.Plus(b)),
            before.ByUnit.Values.Aggregate(Figures.Zero, (a, b) => a.Plus(b)),
            scope.OwnWork ? [] : rows,
            current.Refusals,
            current.Trend);
    }

    /// <summary>The units a person may look at: for a leader, their unit and those below it; for others, none (own work).</summary>
    public async Task<IReadOnlyList<(Unit Unit, int Depth)>> UnitsAsync(CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        if (!actor.IsLeader || actor.UnitId is not { } home)
        {
            return [];
        }

        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        return tree.Flatten().Where(x => tree.IsWithin(x.Unit.Id, home)).ToList();
    }

    /// <summary>
    /// Who is counted: a leader's own unit unless they asked for one within it (another unit, even by its id, is not
    /// found); anyone else their own tasks. An unassigned person sees nothing at all.
    /// </summary>
    internal static DashboardScope ScopeOf(Actor actor, OrgTree tree, Guid? requested)
    {
        if (!actor.IsAssigned)
        {
            throw new ForbiddenException("Tài khoản chưa được phân công đơn vị và vai trò.");
        }

        if (!actor.IsLeader)
        {
            return requested is null || requested == actor.UnitId
                ? new DashboardScope(null, actor.Name, true, [])
                : throw new NotFoundException(UnitNotFoundMessage);
        }

        var home = actor.UnitId!.Value;
        var target = requested ?? home;
        if (tree.Find(target) is not { } unit || !tree.IsWithin(target, home))
        {
            throw new NotFoundException(UnitNotFoundMessage);
        }

        var path = tree.Ancestors(target).Reverse().Append(unit).SkipWhile(u => u.Id != home).Select(u => (u.Id, u.Name)).ToList();
        return new DashboardScope(target, unit.Name, false, path);
    }

    private sealed record Parts(Dictionary<Guid, Figures> ByUnit, IReadOnlyList<Refusal> Refusals, IReadOnlyList<TrendPoint> Trend);

    /// <summary>The rows of the breakdown: the unit itself (what it handles directly) and each unit just below it.</summary>
    private static IEnumerable<(Guid Id, string Name, bool HasUnitsBelow)> RowsOf(OrgTree tree, DashboardScope scope)
    {
        if (scope.UnitId is not { } id)
        {
            yield break;
        }

        var children = tree.ChildrenOf(id).Where(u => u.Kind != UnitKind.ExternalOrganisation).OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
        yield return (id, tree.Find(id)!.Name, false);
        foreach (var child in children)
        {
            yield return (child.Id, child.Name, tree.ChildrenOf(child.Id).Any());
        }
    }

    /// <summary>Counts one scope's figures for a period through every module's source, grouped by the row each unit belongs to.</summary>
    private sealed class Counter(WorkspaceDbContext db, Actor actor, OrgTree tree, DashboardScope scope, DateOnly today, IReadOnlyList<IDashboardSource> sources)
    {
        private readonly Dictionary<Guid, Guid> _rowOf = RowMap(tree, scope);

        // The whole administration needs no unit filter at all: the database starts from the period's index.
        private readonly bool _everything = scope.UnitId is { } id && tree.Administration.All(u => tree.IsWithin(u.Id, id));

        private static Dictionary<Guid, Guid> RowMap(OrgTree tree, DashboardScope scope)
        {
            var map = new Dictionary<Guid, Guid>();
            if (scope.UnitId is not { } id)
            {
                return map;
            }

            foreach (var unit in tree.Subtree(id))
            {
                var row = unit.Id;
                while (tree.Find(row)?.ParentId is { } parent && parent != id && row != id)
                {
                    row = parent;
                }

                map[unit.Id] = row;
            }

            return map;
        }

        /// <summary>Every module's part for a period, one after the other on the one connection.</summary>
        public async Task<Parts> CountAsync(DashboardPeriod period, bool detailed, CancellationToken ct)
        {
            var slice = new DashboardSlice(db, actor, tree, period, today, scope.OwnWork || _everything ? null : [.. _rowOf.Keys], scope.OwnWork, detailed);
            var byUnit = new Dictionary<Guid, Figures>();
            var refusals = new List<Refusal>();
            var days = new List<DayCount>();
            foreach (var source in sources)
            {
                var part = await source.CountAsync(slice, ct);
                foreach (var count in part.ByUnit)
                {
                    var key = scope.OwnWork ? Guid.Empty : _rowOf.GetValueOrDefault(count.UnitId);
                    if (scope.OwnWork || key != Guid.Empty)
                    {
                        byUnit[key] = byUnit.GetValueOrDefault(key, Figures.Zero).Plus(count.Figures);
                    }
                }

                refusals.AddRange(part.Refusals);
                days.AddRange(part.Days);
            }

            return new Parts(byUnit, [.. refusals.OrderByDescending(r => r.On).Take(20)], detailed ? Trend(period, days) : []);
        }

        /// <summary>Tasks given and completed over the period: by day for a week or month, by week for a quarter, by month for a year.</summary>
        private static IReadOnlyList<TrendPoint> Trend(DashboardPeriod period, IReadOnlyList<DayCount> days)
        {
            var buckets = Buckets(period).ToList();
            int BucketOf(DateOnly day) => Math.Max(0, buckets.FindLastIndex(b => b.From <= day));
            var a = new int[buckets.Count];
            var c = new int[buckets.Count];
            foreach (var x in days)
            {
                a[BucketOf(x.Day)] += x.Assigned;
                c[BucketOf(x.Day)] += x.Completed;
            }

            return buckets.Select((b, i) => new TrendPoint(b.From, b.Label, a[i], c[i])).ToList();
        }

        private static IEnumerable<(DateOnly From, string Label)> Buckets(DashboardPeriod period)
        {
            switch (period.Kind)
            {
                case PeriodKind.Year:
                    for (var m = period.From; m <= period.To; m = m.AddMonths(1))
                    {
                        yield return (m, $"T{m.Month}");
                    }

                    break;
                case PeriodKind.Quarter:
                    for (var w = period.From; w <= period.To; w = w.AddDays(7))
                    {
                        yield return (w, w.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    break;
                default:
                    for (var d = period.From; d <= period.To; d = d.AddDays(1))
                    {
                        yield return (d, d.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }
    }
}
