using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// A person's named search of a list (Appendix VI §6: saved searches): the list's query string, kept per person and area,
/// so "Khẩn chưa xử lý của tháng" is one click every morning.
/// </summary>
public sealed class SavedSearch
{
    public const int NameMaxLength = 80;
    public const int QueryMaxLength = 1000;
    public const int MaxPerPerson = 20;

    private SavedSearch()
    {
        Area = null!;
        Name = null!;
        Query = null!;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The list it belongs to ("documents").</summary>
    public string Area { get; private set; }

    public string Name { get; private set; }

    /// <summary>The list's query string, starting with "?" (or empty for the plain list).</summary>
    public string Query { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    internal static SavedSearch Create(Guid userId, string area, string? name, string? query, DateTime nowUtc)
    {
        var text = query ?? "";
        if (text.Length > QueryMaxLength || text.Length > 0 && text[0] != '?' || CleanText.HasForbidden(text))
        {
            throw new DomainException("Điều kiện tìm kiếm không hợp lệ.");
        }

        return new SavedSearch
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Area = area,
            Name = Guard.Required(name, "tên tìm kiếm", NameMaxLength),
            Query = text,
            CreatedAtUtc = nowUtc,
        };
    }
}

/// <summary>Saved searches of the signed-in person: nobody else reads or deletes them.</summary>
public sealed class SavedSearchService(IDbContextFactory<WorkspaceDbContext> dbFactory, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<SavedSearch>> ListAsync(string area, CancellationToken ct = default)
    {
        var me = currentUser.Require().UserId!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SavedSearches.AsNoTracking().Where(s => s.UserId == me && s.Area == area).OrderBy(s => s.Name).ToListAsync(ct);
    }

    public async Task<Guid> SaveAsync(string area, string? name, string? query, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        var me = actor.UserId!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SavedSearches.CountAsync(s => s.UserId == me && s.Area == area, ct) >= SavedSearch.MaxPerPerson)
        {
            throw new DomainException($"Mỗi người lưu được tối đa {SavedSearch.MaxPerPerson} tìm kiếm. Hãy xóa bớt tìm kiếm cũ.");
        }

        var search = SavedSearch.Create(me, area, name, query, clock.GetUtcNow().UtcDateTime);
        db.SavedSearches.Add(search);
        await db.SaveAsAsync(actor, ct);
        return search.Id;
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        var me = actor.UserId!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var search = await db.SavedSearches.SingleOrDefaultAsync(s => s.Id == id && s.UserId == me, ct)
            ?? throw new NotFoundException("Không tìm thấy tìm kiếm đã lưu.");
        db.SavedSearches.Remove(search);
        await db.SaveAsAsync(actor, ct);
    }
}
