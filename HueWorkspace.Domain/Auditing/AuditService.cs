using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Auditing;

/// <param name="RecordType">The kind of record (the aggregate: "DataRequest" covers its events and files).</param>
/// <param name="Record">Words of the record's number or title ("yc-2026-0005", "quyet dinh"), without diacritics, or its id.</param>
public sealed record AuditFilter(DateOnly? From = null, DateOnly? To = null, string? EntityType = null, string? Action = null, string? Actor = null, string? EntityId = null,
    string? RecordType = null, string? Record = null);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total);

/// <summary>Reading the audit trail: administrators only. There is deliberately no method that changes it.</summary>
public sealed class AuditService(IDbContextFactory<WorkspaceDbContext> dbFactory, ICurrentUser currentUser)
{
    /// <summary>The most rows an export carries; a longer period is exported in parts.</summary>
    public const int ExportCap = 20_000;

    public async Task<AuditPage> ListAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        RequireAdministrator();
        pageSize = Math.Clamp(pageSize, 1, 200);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Filter(db, filter);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Id).Skip(Paging.Offset(page, pageSize)).Take(pageSize).ToListAsync(ct);
        return new AuditPage(items, total);
    }

    /// <summary>A page of the trail as people read it (<see cref="AuditLines"/>).</summary>
    public async Task<AuditLinePage> LinesAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var entries = await ListAsync(filter, page, pageSize, ct);
        return new AuditLinePage(await DescribeAsync(entries.Items, ct), entries.Total);
    }

    /// <summary>Every line the filter finds, newest first, up to <see cref="ExportCap"/>: the export.</summary>
    public async Task<IReadOnlyList<AuditLine>> ExportAsync(AuditFilter filter, CancellationToken ct = default)
    {
        RequireAdministrator();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = await Filter(db, filter).OrderByDescending(e => e.Id).Take(ExportCap).ToListAsync(ct);
        return await DescribeAsync(items, ct);
    }

    /// <summary>The kinds of record the trail holds, for the filter.</summary>
    public async Task<IReadOnlyList<string>> RecordTypesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.Select(e => e.AggregateType ?? e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }

    private async Task<IReadOnlyList<AuditLine>> DescribeAsync(IReadOnlyList<AuditEntry> items, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unitIds = items.Select(e => e.ActorUnitId).OfType<Guid>().Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return items.Select(e => AuditLines.Describe(e, db.Model, id => id is { } u ? units.GetValueOrDefault(u) : null)).ToList();
    }

    private void RequireAdministrator()
    {
        var actor = currentUser.Require();
        if (!actor.IsInRole(Role.Administrator))
        {
            throw new ForbiddenException("Chỉ quản trị hệ thống được xem nhật ký thay đổi.");
        }
    }

    private static IQueryable<AuditEntry> Filter(WorkspaceDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            var fromUtc = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), VietnamTime.Zone);
            query = query.Where(e => e.AtUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Zone);
            query = query.Where(e => e.AtUtc < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(e => e.EntityId == filter.EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var needle = TextSearch.Normalize(filter.Actor);
            var actorIds = db.UserProfiles.Where(u => u.SearchText.Contains(needle)).Select(u => (Guid?)u.Id);
            query = query.Where(e => actorIds.Contains(e.ActorId) || e.ActorName.Contains(filter.Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.RecordType))
        {
            query = query.Where(e => (e.AggregateType ?? e.EntityType) == filter.RecordType);
        }

        if (!string.IsNullOrWhiteSpace(filter.Record))
        {
            var text = filter.Record.Trim();
            var needle = TextSearch.Normalize(text);
            query = query.Where(e => e.AggregateId == text || e.EntityId == text || (needle != "" && e.AggregateSearch!.Contains(needle)));
        }

        return query;
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }
}
