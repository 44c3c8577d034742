using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Auditing;

public sealed record AuditFilter(DateOnly? From = null, DateOnly? To = null, string? EntityType = null, string? Action = null, string? Actor = null, string? EntityId = null);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total);

/// <summary>Reading the audit trail: administrators only. There is deliberately no method that changes it.</summary>
public sealed class AuditService(IDbContextFactory<WorkspaceDbContext> dbFactory, ICurrentUser currentUser)
{
    public async Task<AuditPage> ListAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        if (!actor.IsInRole(Role.Administrator))
        {
            throw new ForbiddenException("Chỉ quản trị hệ thống được xem nhật ký thay đổi.");
        }

        pageSize = Math.Clamp(pageSize, 1, 200);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
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
            query = query.Where(e => actorIds.Contains(e.ActorId));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Id).Skip(Paging.Offset(page, pageSize)).Take(pageSize).ToListAsync(ct);
        return new AuditPage(items, total);
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }
}
