using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Dashboards;

/// <summary>
/// Leaders' dashboards (Decision 41 Art. 18): "from the whole to the detail, from the city to departments and localities".
/// A leader sees their unit and every unit below it, one row per unit just below the one they look at (each row counting
/// its whole subtree), and may narrow to any unit within their own; a civil servant sees the tasks they give or handle.
/// Every figure is counted by the database for the period asked and the one before it; units are matched to rows in
/// memory through the organisation tree. The rules of "on time" are the modules' own: a task is late when completed after
/// its deadline (<see cref="WorkTask.CompletedLate"/>), an incoming document when the task made from its direction is (counted for that task's lead unit); a
/// data request is answered on time when answered by its due day, which counts five working days and skips holidays
/// and Tết, paused while the requester is asked for more (Art. 27.2, <see cref="DataRequest.DueOn"/>).
/// </summary>
public sealed class DashboardQueries(WorkflowServices services)
{
    public const string UnitNotFoundMessage = "Không tìm thấy đơn vị, hoặc bạn không có quyền xem số liệu của đơn vị này.";

    /// <summary>The days a report may be asked for: the platform's records begin after 2000 (Decision 41 is of 2024).</summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);

    public static readonly DateOnly LatestDay = new(2099, 12, 31);

    /// <summary>Huế keeps UTC+7 all year (no daylight saving): the database groups instants into Huế's days with it.</summary>
    private const int HueOffsetHours = 7;

    public async Task<Dashboard> GetAsync(DashboardQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var today = VietnamTime.Today(services.Clock);
        if (query.Day is { } asked && (asked < EarliestDay || asked > LatestDay))
        {
            throw new DomainException("Ngày của kỳ báo cáo phải từ năm 2000 đến năm 2099.");
        }

        var period = DashboardPeriod.Containing(query.Period, query.Day ?? today);
        var previous = period.Previous;
        var scope = ScopeOf(actor, tree, query.UnitId);
        var counter = new Counter(db, actor, tree, scope, today);

        var current = await counter.ByUnitAsync(period, ct);
        var before = await counter.ByUnitAsync(previous, ct);
        var rows = RowsOf(tree, scope).Select(r => new UnitFigures(r.Id, r.Name, r.HasUnitsBelow, current.GetValueOrDefault(r.Id, Figures.Zero))).ToList();
        return new Dashboard(scope, period, previous, today,
            current.Values.Aggregate(Figures.Zero, (a, b) => a.Plus(b)),
            before.Values.Aggregate(Figures.Zero, (a, b) => a.Plus(b)),
            scope.OwnWork ? [] : rows,
            await counter.RefusalsAsync(period, ct),
            await counter.TrendAsync(period, ct));
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

    /// <summary>Counts one scope's figures for a period, grouped by the row each unit belongs to.</summary>
    private sealed class Counter(WorkspaceDbContext db, Actor actor, OrgTree tree, DashboardScope scope, DateOnly today)
    {
        private readonly Dictionary<Guid, Guid> _rowOf = RowMap(tree, scope);

        // The whole administration needs no unit filter at all: the database starts from the period's index.
        private bool Everything => scope.UnitId is { } id && tree.Units.Where(u => u.Kind != UnitKind.ExternalOrganisation).All(u => _rowOf.ContainsKey(u.Id) || u.Id == id);

        private List<Guid> UnitIds => [.. _rowOf.Keys];

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

        private IQueryable<WorkTask> Tasks()
        {
            var tasks = db.Tasks.AsNoTracking();
            if (scope.OwnWork)
            {
                // Two index lookups joined, not an OR the database can only answer by reading every task.
                var me = actor.UserId!.Value;
                var mine = db.Tasks.Where(t => t.AssignerId == me).Select(t => t.Id).Union(db.TaskUnits.Where(u => u.HandlerId == me).Select(u => u.TaskId));
                return tasks.Where(t => mine.Contains(t.Id));
            }

            var units = UnitIds;
            return Everything ? tasks : tasks.Where(t => units.Contains(t.LeadUnitId));
        }

        private IQueryable<IncomingDocument> Incoming()
        {
            var units = UnitIds;
            return Everything ? db.IncomingDocuments.AsNoTracking() : db.IncomingDocuments.AsNoTracking().Where(d => units.Contains(d.UnitId));
        }

        /// <summary>Open and past its deadline today, written so that the database reads the (IsClosed, DueDate, State, LeadUnitId) index.</summary>
        private IQueryable<WorkTask> Overdue(IQueryable<WorkTask> tasks) =>
            tasks.Where(t => !t.IsClosed && t.DueDate < today && WorkTask.OpenStates.Contains(t.State));

        public async Task<Dictionary<Guid, Figures>> ByUnitAsync(DashboardPeriod period, CancellationToken ct)
        {
            var (start, end) = period.Utc;
            var result = new Dictionary<Guid, Figures>();
            void Add(Guid unitId, Func<Figures, Figures> change)
            {
                var key = scope.OwnWork ? Guid.Empty : _rowOf.TryGetValue(unitId, out var row) ? row : Guid.Empty;
                if (scope.OwnWork || key != Guid.Empty)
                {
                    result[key] = change(result.GetValueOrDefault(key, Figures.Zero));
                }
            }

            var tasks = Tasks();
            foreach (var g in await tasks.Where(t => t.CreatedAtUtc >= start && t.CreatedAtUtc < end).GroupBy(t => t.LeadUnitId)
                         .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            {
                Add(g.Key, f => f with { Tasks = f.Tasks with { Assigned = f.Tasks.Assigned + g.N } });
            }

            foreach (var g in await tasks.Where(t => t.State == TaskState.Completed && t.CompletedAtUtc >= start && t.CompletedAtUtc < end).GroupBy(t => t.LeadUnitId)
                         .Select(g => new { g.Key, N = g.Count(), OnTime = g.Sum(t => t.CompletedLate ? 0 : 1) }).ToListAsync(ct))
            {
                Add(g.Key, f => f with { Tasks = f.Tasks with { Completed = f.Tasks.Completed + g.N, CompletedOnTime = f.Tasks.CompletedOnTime + g.OnTime } });
            }

            // Overdue is a state of today, not of a period: counted once, for the period that holds today.
            if (period.Contains(today))
            {
                foreach (var g in await Overdue(tasks).GroupBy(t => t.LeadUnitId)
                             .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
                {
                    Add(g.Key, f => f with { Tasks = f.Tasks with { OverdueNow = f.Tasks.OverdueNow + g.N } });
                }
            }

            if (scope.OwnWork)
            {
                return result;
            }

            var incoming = Incoming();
            foreach (var g in await incoming.Where(d => d.ArrivalDate >= period.From && d.ArrivalDate <= period.To).GroupBy(d => d.UnitId)
                         .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            {
                Add(g.Key, f => f with { Documents = f.Documents with { Received = f.Documents.Received + g.N } });
            }

            // An incoming document is handled when the task made from its direction is completed (Nghị định 30, Art. 24):
            // it counts for the unit that leads that task, wherever the document was registered. That task carries the
            // document as its source, so the count reads the tasks' indexes, not a million documents.
            var fromDocuments = tasks.Where(t => t.Source == TaskSource.Document && t.SourceId != null);
            foreach (var g in await fromDocuments.Where(t => t.State == TaskState.Completed && t.CompletedAtUtc >= start && t.CompletedAtUtc < end)
                         .GroupBy(t => t.LeadUnitId).Select(g => new { g.Key, N = g.Count(), OnTime = g.Sum(t => t.CompletedLate ? 0 : 1) }).ToListAsync(ct))
            {
                Add(g.Key, f => f with { Documents = f.Documents with { Handled = f.Documents.Handled + g.N, HandledOnTime = f.Documents.HandledOnTime + g.OnTime } });
            }

            if (period.Contains(today))
            {
                foreach (var g in await Overdue(fromDocuments).GroupBy(t => t.LeadUnitId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
                {
                    Add(g.Key, f => f with { Documents = f.Documents with { OverdueNow = f.Documents.OverdueNow + g.N } });
                }
            }

            foreach (var g in await db.OutgoingDocuments.AsNoTracking()
                         .Where(o => o.State == OutgoingState.Issued && o.IssueDate >= period.From && o.IssueDate <= period.To).GroupBy(o => o.IssuerUnitId)
                         .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            {
                Add(g.Key, f => f with { Documents = f.Documents with { Issued = f.Documents.Issued + g.N } });
            }

            foreach (var g in await db.DataRequests.AsNoTracking().Where(r => r.SubmittedAtUtc >= start && r.SubmittedAtUtc < end).GroupBy(r => r.OwnerUnitId)
                         .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            {
                Add(g.Key, f => f with { Requests = f.Requests with { Received = f.Requests.Received + g.N } });
            }

            // Answered in the period; on time when answered on or before the due day (Huế's day of the answer).
            foreach (var r in await db.DataRequests.AsNoTracking().Where(r => r.AnsweredAtUtc >= start && r.AnsweredAtUtc < end)
                         .Select(r => new { r.OwnerUnitId, r.AnsweredAtUtc, r.DueOn, r.State }).ToListAsync(ct))
            {
                var onTime = r.DueOn is { } due && VietnamTime.LocalDay(r.AnsweredAtUtc!.Value) <= due ? 1 : 0;
                var refused = r.State == RequestState.Refused ? 1 : 0;
                Add(r.OwnerUnitId, f => f with { Requests = f.Requests with { Answered = f.Requests.Answered + 1, AnsweredOnTime = f.Requests.AnsweredOnTime + onTime, Refused = f.Requests.Refused + refused } });
            }

            var datasets = db.Datasets.AsNoTracking();
            foreach (var g in await datasets.Where(d => d.State != DatasetState.Draft).GroupBy(d => d.OwnerUnitId)
                         .Select(g => new
                         {
                             g.Key,
                             Registered = g.Sum(d => d.CreatedAtUtc >= start && d.CreatedAtUtc < end ? 1 : 0),
                             Certified = g.Sum(d => d.CertifiedOn >= period.From && d.CertifiedOn <= period.To ? 1 : 0),
                             Published = g.Sum(d => d.PublishedAtUtc >= start && d.PublishedAtUtc < end ? 1 : 0),
                             ToDate = g.Count(),
                             CertifiedToDate = g.Sum(d => (d.State == DatasetState.Certified || d.State == DatasetState.Published)
                                 && (d.CertificateExpiresOn == null || d.CertificateExpiresOn >= today) ? 1 : 0),
                         }).ToListAsync(ct))
            {
                // "To date" is today's state: the previous period shows the same, so its change reads as none.
                Add(g.Key, f => f with
                {
                    Datasets = f.Datasets.Plus(new DatasetFigures(g.Registered, g.Certified, g.Published, g.ToDate, g.CertifiedToDate)),
                });
            }

            return result;
        }

        public async Task<IReadOnlyList<Refusal>> RefusalsAsync(DashboardPeriod period, CancellationToken ct)
        {
            if (scope.OwnWork)
            {
                return [];
            }

            var (start, end) = period.Utc;
            var units = UnitIds;
            var refused = await db.DataRequests.AsNoTracking()
                .Where(r => r.State == RequestState.Refused && r.AnsweredAtUtc >= start && r.AnsweredAtUtc < end && units.Contains(r.OwnerUnitId))
                .OrderByDescending(r => r.AnsweredAtUtc).Take(20)
                .Select(r => new { r.Id, r.Number, r.OwnerUnitId, r.RefusalReason, r.AnsweredAtUtc }).ToListAsync(ct);
            return refused.Select(r => new Refusal(r.Id, r.Number, tree.Find(r.OwnerUnitId)?.Name ?? "", r.RefusalReason ?? "", VietnamTime.LocalDay(r.AnsweredAtUtc!.Value))).ToList();
        }

        /// <summary>Tasks given and completed over the period: by day for a week or month, by week for a quarter, by month for a year.</summary>
        public async Task<IReadOnlyList<TrendPoint>> TrendAsync(DashboardPeriod period, CancellationToken ct)
        {
            var (start, end) = period.Utc;
            var tasks = Tasks();
            var assigned = await tasks.Where(t => t.CreatedAtUtc >= start && t.CreatedAtUtc < end)
                .GroupBy(t => t.CreatedAtUtc.AddHours(HueOffsetHours).Date).Select(g => new { Day = g.Key, N = g.Count() }).ToListAsync(ct);
            var completed = await tasks.Where(t => t.State == TaskState.Completed && t.CompletedAtUtc >= start && t.CompletedAtUtc < end)
                .GroupBy(t => t.CompletedAtUtc!.Value.AddHours(HueOffsetHours).Date).Select(g => new { Day = g.Key, N = g.Count() }).ToListAsync(ct);

            var buckets = Buckets(period).ToList();
            int BucketOf(DateTime day) => buckets.FindLastIndex(b => b.From <= DateOnly.FromDateTime(day));
            var a = new int[buckets.Count];
            var c = new int[buckets.Count];
            foreach (var x in assigned)
            {
                a[Math.Max(0, BucketOf(x.Day))] += x.N;
            }

            foreach (var x in completed)
            {
                c[Math.Max(0, BucketOf(x.Day))] += x.N;
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
