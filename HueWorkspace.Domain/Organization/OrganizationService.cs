using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Organization;

/// <param name="AgencyCode">Mã định danh for the national document exchange (edXML), optional.</param>
public sealed record UnitInput(string Code, string Name, UnitKind Kind, Guid? ParentId, DateOnly EffectiveFrom, string? AgencyCode = null);

public sealed record PersonFilter(string? Search = null, Guid? UnitId = null, bool UnassignedOnly = false);

public sealed record PersonRow(UserProfile Profile, string? UnitName);

/// <summary>
/// Units, people and roles. Reading the tree is open to every assigned person; changing it is for
/// administrators (the SSO proves identity; the unit and roles are managed here).
/// </summary>
public sealed class OrganizationService(IDbContextFactory<WorkspaceDbContext> dbFactory, ICurrentUser currentUser, TimeProvider clock, INotificationPublisher publisher)
{
    public async Task<OrgTree> GetTreeAsync(CancellationToken ct = default)
    {
        currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new OrgTree(await db.Units.AsNoTracking().ToListAsync(ct));
    }

    public async Task<Guid> CreateUnitAsync(UnitInput input, CancellationToken ct = default)
    {
        var actor = currentUser.Require().RequireAdministrator();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = Unit.Create(input.Code, input.Name, input.Kind, null, input.EffectiveFrom);
        unit.SetAgencyCode(input.AgencyCode);
        await EnsureUniqueCodeAsync(db, unit.Code, null, ct);
        await MoveAsync(db, unit, input.ParentId, ct);
        db.Units.Add(unit);
        await db.SaveAsAsync(actor, ct);
        return unit.Id;
    }

    public async Task UpdateUnitAsync(Guid id, UnitInput input, Guid version, CancellationToken ct = default)
    {
        var actor = currentUser.Require().RequireAdministrator();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("Không tìm thấy đơn vị.");
        db.ExpectVersion(unit, version);
        unit.Update(input.Code, input.Name, input.Kind, input.EffectiveFrom);
        unit.SetAgencyCode(input.AgencyCode);
        await EnsureUniqueCodeAsync(db, unit.Code, unit.Id, ct);
        await MoveAsync(db, unit, input.ParentId, ct);
        await db.SaveAsAsync(actor, ct);
    }

    public async Task CloseUnitAsync(Guid id, DateOnly lastDay, Guid version, CancellationToken ct = default)
    {
        var actor = currentUser.Require().RequireAdministrator();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("Không tìm thấy đơn vị.");
        db.ExpectVersion(unit, version);
        unit.Close(lastDay);
        await db.SaveAsAsync(actor, ct);
    }

    /// <summary>The unit that plays the regulation's "Sở TT&amp;TT" role; exactly one unit holds it.</summary>
    public Task SetPlatformAuthorityAsync(Guid unitId, CancellationToken ct = default) =>
        SetUniqueFlagAsync(unitId, (u, on) => u.IsPlatformAuthority = on, u => u.IsPlatformAuthority, ct);

    /// <summary>The People's Committee Office; exactly one unit holds it.</summary>
    public Task SetPeoplesCommitteeOfficeAsync(Guid unitId, CancellationToken ct = default) =>
        SetUniqueFlagAsync(unitId, (u, on) => u.IsPeoplesCommitteeOffice = on, u => u.IsPeoplesCommitteeOffice, ct);

    public async Task<(IReadOnlyList<PersonRow> Items, int Total)> ListPeopleAsync(PersonFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        currentUser.Require().RequireAdministrator();
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.UserProfiles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var needle = TextSearch.Normalize(filter.Search);
            query = query.Where(u => u.SearchText.Contains(needle));
        }

        if (filter.UnitId is { } unitId)
        {
            query = query.Where(u => u.UnitId == unitId);
        }

        if (filter.UnassignedOnly)
        {
            query = query.Where(u => u.UnitId == null || u.Roles.Count == 0);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(u => u.UnitId != null).ThenBy(u => u.FullName)
            .Skip(Paging.Offset(page, pageSize)).Take(pageSize)
            .Select(u => new PersonRow(u, db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Name).FirstOrDefault()))
            .ToListAsync(ct);
        return (rows, total);
    }

    public async Task AssignAsync(Guid userId, Guid unitId, IReadOnlyCollection<Role> roles, Guid version, string? position = null, CancellationToken ct = default)
    {
        var actor = currentUser.Require().RequireAdministrator();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.UserProfiles.SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException("Không tìm thấy người dùng.");
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) ?? throw new DomainException("Đơn vị đã chọn không tồn tại.");
        if (!unit.IsActiveOn(VietnamTime.Today(clock)))
        {
            throw new DomainException("Đơn vị đã chọn không còn hiệu lực.");
        }

        if (roles.Contains(Role.DataRequester) != (unit.Kind == UnitKind.ExternalOrganisation))
        {
            throw new DomainException("Vai trò 'Tổ chức khai thác dữ liệu' dành riêng và bắt buộc cho người của tổ chức bên ngoài.");
        }

        db.ExpectVersion(person, version);
        person.Assign(unitId, roles, position);
        await db.SaveAsAsync(actor, ct);

        // Open sessions of this person take the new unit and roles at once, not at their next sign-in.
        await publisher.PublishProfileChangedAsync(userId, ct);
    }

    public async Task UnassignAsync(Guid userId, Guid version, CancellationToken ct = default)
    {
        var actor = currentUser.Require().RequireAdministrator();
        if (actor.UserId == userId)
        {
            throw new DomainException("Bạn không thể tự gỡ phân công của chính mình.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.UserProfiles.SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException("Không tìm thấy người dùng.");
        db.ExpectVersion(person, version);
        person.Unassign();
        await db.SaveAsAsync(actor, ct);

        // Their open sessions end on the server too: a copied cookie no longer works anywhere.
        await SignIn.SessionService.RevokeAllAsync(db, person.Subject, clock.GetUtcNow().UtcDateTime, ct);
        await publisher.PublishProfileChangedAsync(userId, ct);
    }

    private async Task SetUniqueFlagAsync(Guid unitId, Action<Unit, bool> set, Func<Unit, bool> get, CancellationToken ct)
    {
        var actor = currentUser.Require().RequireAdministrator();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.Units.ToListAsync(ct);
        var target = units.SingleOrDefault(u => u.Id == unitId) ?? throw new NotFoundException("Không tìm thấy đơn vị.");
        foreach (var unit in units.Where(get).Where(u => u.Id != unitId))
        {
            set(unit, false);
        }

        set(target, true);
        await db.SaveAsAsync(actor, ct);
    }

    private static async Task EnsureUniqueCodeAsync(WorkspaceDbContext db, string code, Guid? exceptId, CancellationToken ct)
    {
        if (await db.Units.AnyAsync(u => u.Code == code && u.Id != exceptId, ct))
        {
            throw new DomainException($"Mã đơn vị \"{code}\" đã được dùng cho đơn vị khác.");
        }
    }

    private static async Task MoveAsync(WorkspaceDbContext db, Unit unit, Guid? parentId, CancellationToken ct)
    {
        if (unit.ParentId == parentId)
        {
            return;
        }

        var tree = new OrgTree((await db.Units.AsNoTracking().ToListAsync(ct)).Append(unit).DistinctBy(u => u.Id));
        if (!tree.CanMove(unit.Id, parentId))
        {
            throw new DomainException("Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.");
        }

        unit.MoveTo(parentId);
    }
}
