using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Dashboards;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.DataRequests;

/// <summary>
/// The data requests' part of the dashboard (Art. 27.2, 18), counted from the requests the person may see, for the owner
/// unit that answers: received (submitted) in the period; answered, on time when answered by the due day (five working
/// days, paused while the requester is asked for more, <see cref="DataRequest.DueOn"/>), refused — with the written reasons.
/// </summary>
public sealed class RequestDashboardFigures : IDashboardSource
{
    public async Task<DashboardPart> CountAsync(DashboardSlice slice, CancellationToken ct)
    {
        if (slice.OwnWork)
        {
            return DashboardPart.Of([]);
        }

        var requests = DataRequestAccess.Rule.Visible(slice.Db, slice.Actor, slice.Tree);
        if (slice.Units is { } units)
        {
            requests = requests.Where(r => units.Contains(r.OwnerUnitId));
        }

        var (start, end) = slice.Period.Utc;
        var counts = new List<UnitCount>();
        foreach (var g in await requests.Where(r => r.SubmittedAtUtc >= start && r.SubmittedAtUtc < end).GroupBy(r => r.OwnerUnitId)
                     .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Of(g.Key, new RequestFigures(g.N, 0, 0, 0)));
        }

        // Answered in the period; on time when answered on or before the due day (Huế's day of the answer).
        foreach (var r in await requests.Where(r => r.AnsweredAtUtc >= start && r.AnsweredAtUtc < end)
                     .Select(r => new { r.OwnerUnitId, r.AnsweredAtUtc, r.DueOn, r.State }).ToListAsync(ct))
        {
            var onTime = r.DueOn is { } due && VietnamTime.LocalDay(r.AnsweredAtUtc!.Value) <= due ? 1 : 0;
            counts.Add(Of(r.OwnerUnitId, new RequestFigures(0, 1, onTime, r.State == RequestState.Refused ? 1 : 0)));
        }

        if (!slice.Detailed)
        {
            return DashboardPart.Of(counts);
        }

        var refused = await requests.Where(r => r.State == RequestState.Refused && r.AnsweredAtUtc >= start && r.AnsweredAtUtc < end)
            .OrderByDescending(r => r.AnsweredAtUtc).Take(20)
            .Select(r => new { r.Id, r.Number, r.OwnerUnitId, r.RefusalReason, r.AnsweredAtUtc }).ToListAsync(ct);
        return new DashboardPart(counts,
            [.. refused.Select(r => new Refusal(r.Id, r.Number, slice.Tree.Find(r.OwnerUnitId)?.Name ?? "", r.RefusalReason ?? "", VietnamTime.LocalDay(r.AnsweredAtUtc!.Value)))], []);
    }

    private static UnitCount Of(Guid unit, RequestFigures f) => new(unit, Figures.Zero with { Requests = f });
}
