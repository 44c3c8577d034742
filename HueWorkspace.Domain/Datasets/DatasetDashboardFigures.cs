using HueWorkspace.Domain.Dashboards;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>
/// The datasets' part of the dashboard (Art. 5, 18), counted from the registered datasets the person may see, for the
/// owner unit: registered, certified and published in the period; and, as of today, how many hold a valid certification.
/// </summary>
public sealed class DatasetDashboardFigures : IDashboardSource
{
    public async Task<DashboardPart> CountAsync(DashboardSlice slice, CancellationToken ct)
    {
        if (slice.OwnWork)
        {
            return DashboardPart.Of([]);
        }

        var datasets = DatasetAccess.Rule.Visible(slice.Db, slice.Actor, slice.Tree).Where(d => d.State != DatasetState.Draft);
        if (slice.Units is { } units)
        {
            datasets = datasets.Where(d => units.Contains(d.OwnerUnitId));
        }

        var (start, end) = slice.Period.Utc;
        var period = slice.Period;
        var today = slice.Today;
        var groups = await datasets.GroupBy(d => d.OwnerUnitId)
            .Select(g => new
            {
                g.Key,
                Registered = g.Sum(d => d.CreatedAtUtc >= start && d.CreatedAtUtc < end ? 1 : 0),
                Certified = g.Sum(d => d.CertifiedOn >= period.From && d.CertifiedOn <= period.To ? 1 : 0),
                Published = g.Sum(d => d.PublishedAtUtc >= start && d.PublishedAtUtc < end ? 1 : 0),
                ToDate = g.Count(),
                CertifiedToDate = g.Sum(d => (d.State == DatasetState.Certified || d.State == DatasetState.Published)
                    && (d.CertificateExpiresOn == null || d.CertificateExpiresOn >= today) ? 1 : 0),
            }).ToListAsync(ct);

        // "To date" is today's state: the previous period shows the same, so its change reads as none.
        return DashboardPart.Of(groups.Select(g => new UnitCount(g.Key,
            Figures.Zero with { Datasets = new DatasetFigures(g.Registered, g.Certified, g.Published, g.ToDate, g.CertifiedToDate) })));
    }
}
