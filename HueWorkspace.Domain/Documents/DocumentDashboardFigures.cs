using HueWorkspace.Domain.Dashboards;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// The documents' part of the dashboard (Art. 18, Nghị định 30), counted from the documents the person may see:
/// incoming registered in the period (for the registering unit), outgoing issued (for the issuing unit). Their handling
/// is the handling of the tasks made from them, counted by the tasks' part.
/// </summary>
public sealed class DocumentDashboardFigures : IDashboardSource
{
    public async Task<DashboardPart> CountAsync(DashboardSlice slice, CancellationToken ct)
    {
        if (slice.OwnWork)
        {
            return DashboardPart.Of([]);
        }

        var period = slice.Period;
        var units = slice.Units;
        var counts = new List<UnitCount>();

        // The visible documents' disjoint parts counted one by one, each from its own index, rather than as one union.
        foreach (var part in await IncomingAccess.Rule.NonEmptyPartsAsync(slice.Db, slice.Actor, slice.Tree, ct))
        {
            var incoming = part.Where(d => d.ArrivalDate >= period.From && d.ArrivalDate <= period.To);
            incoming = units is null ? incoming : incoming.Where(d => units.Contains(d.UnitId));
            foreach (var g in await incoming.GroupBy(d => d.UnitId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            {
                counts.Add(new UnitCount(g.Key, Figures.Zero with { Documents = new DocumentFigures(g.N, 0, 0, 0, 0) }));
            }
        }

        var issued = OutgoingAccess.Rule.Visible(slice.Db, slice.Actor, slice.Tree)
            .Where(o => o.State == OutgoingState.Issued && o.IssueDate >= period.From && o.IssueDate <= period.To);
        issued = units is null ? issued : issued.Where(o => units.Contains(o.IssuerUnitId));

        foreach (var g in await issued.GroupBy(o => o.IssuerUnitId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
        {
            counts.Add(new UnitCount(g.Key, Figures.Zero with { Documents = new DocumentFigures(0, 0, 0, 0, g.N) }));
        }

        return DashboardPart.Of(counts);
    }
}
