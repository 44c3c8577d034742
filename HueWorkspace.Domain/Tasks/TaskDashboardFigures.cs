using HueWorkspace.Domain.Dashboards;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// The tasks' part of the dashboard (Art. 16, 18), counted from the tasks the person may see: given, completed, on time
/// (completed by the deadline, <see cref="WorkTask.CompletedLate"/>), overdue today, each for the unit leading the task;
/// and the documents' handling, which is the handling of the task made from a document's direction (Nghị định 30,
/// Art. 24), counted on the tasks' indexes rather than on a million documents.
/// </summary>
public sealed class TaskDashboardFigures : IDashboardSource
{
    /// <summary>Huế keeps UTC+7 all year (no daylight saving): the database groups instants into Huế's days with it.</summary>
    private const int HueOffsetHours = 7;

    public async Task<DashboardPart> CountAsync(DashboardSlice slice, CancellationToken ct)
    {
        var tasks = slice.Units is { } units
            ? TaskAccess.Rule.VisibleLedBy(slice.Db, slice.Actor, slice.Tree, units)
            : TaskAccess.Rule.Visible(slice.Db, slice.Actor, slice.Tree);

        var (start, end) = slice.Period.Utc;
        var today = slice.Today;
        var counts = new List<UnitCount>();
        foreach (var g in await tasks.Where(t => t.CreatedAtUtc >= start && t.CreatedAtUtc < end).GroupBy(t => t.LeadUnitId)
                     .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Of(g.Key, new TaskFigures(g.N, 0, 0, 0)));
        }

        foreach (var g in await Completed(tasks, start, end).GroupBy(t => t.LeadUnitId)
                     .Select(g => new { g.Key, N = g.Count(), OnTime = g.Sum(t => t.CompletedLate ? 0 : 1) }).ToListAsync(ct))
        {
            counts.Add(Of(g.Key, new TaskFigures(0, g.N, g.OnTime, 0)));
        }

        if (slice.CountsToday)
        {
            foreach (var g in await Overdue(tasks, today).GroupBy(t => t.LeadUnitId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            {
                counts.Add(Of(g.Key, new TaskFigures(0, 0, 0, g.N)));
            }
        }

        if (!slice.OwnWork)
        {
            var fromDocuments = tasks.Where(t => t.Source == TaskSource.Document && t.SourceId != null);
            foreach (var g in await Completed(fromDocuments, start, end).GroupBy(t => t.LeadUnitId)
                         .Select(g => new { g.Key, N = g.Count(), OnTime = g.Sum(t => t.CompletedLate ? 0 : 1) }).ToListAsync(ct))
            {
                counts.Add(Of(g.Key, new DocumentFigures(0, g.N, g.OnTime, 0, 0)));
            }

            if (slice.CountsToday)
            {
                foreach (var g in await Overdue(fromDocuments, today).GroupBy(t => t.LeadUnitId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
                {
                    counts.Add(Of(g.Key, new DocumentFigures(0, 0, 0, g.N, 0)));
                }
            }
        }

        return new DashboardPart(counts, [], slice.Detailed ? await DaysAsync(tasks, start, end, ct) : []);
    }

    /// <summary>Tasks given and completed by Huế's day, for the trend.</summary>
    private static async Task<IReadOnlyList<DayCount>> DaysAsync(IQueryable<WorkTask> tasks, DateTime start, DateTime end, CancellationToken ct)
    {
        var assigned = await tasks.Where(t => t.CreatedAtUtc >= start && t.CreatedAtUtc < end)
            .GroupBy(t => t.CreatedAtUtc.AddHours(HueOffsetHours).Date).Select(g => new { Day = g.Key, N = g.Count() }).ToListAsync(ct);
        var completed = await Completed(tasks, start, end)
            .GroupBy(t => t.CompletedAtUtc!.Value.AddHours(HueOffsetHours).Date).Select(g => new { Day = g.Key, N = g.Count() }).ToListAsync(ct);
        return [.. assigned.Select(x => new DayCount(DateOnly.FromDateTime(x.Day), x.N, 0)),
            .. completed.Select(x => new DayCount(DateOnly.FromDateTime(x.Day), 0, x.N))];
    }

    private static IQueryable<WorkTask> Completed(IQueryable<WorkTask> tasks, DateTime start, DateTime end) =>
        tasks.Where(t => t.State == TaskState.Completed && t.CompletedAtUtc >= start && t.CompletedAtUtc < end);

    /// <summary>Open and past its deadline today, written so that the database reads the (IsClosed, DueDate, State, LeadUnitId) index.</summary>
    private static IQueryable<WorkTask> Overdue(IQueryable<WorkTask> tasks, DateOnly today) =>
        tasks.Where(t => !t.IsClosed && t.DueDate < today && WorkTask.OpenStates.Contains(t.State));

    private static UnitCount Of(Guid unit, TaskFigures f) => new(unit, Figures.Zero with { Tasks = f });

    private static UnitCount Of(Guid unit, DocumentFigures f) => new(unit, Figures.Zero with { Documents = f });
}
