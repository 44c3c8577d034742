using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>
/// The catalogue's changes (Decision 41 Art. 4.2, 5, 24, 30): describe, register (refusing the same name under the same
/// owner, asking a justification for a near duplicate and telling the platform authority), keep current, publish; the
/// open-data files. Reads are <see cref="DatasetQueries"/>; reviews are <see cref="CouncilService"/>.
/// </summary>
public sealed class DatasetService
{
    /// <summary>Files the public may download from a published dataset.</summary>
    public const string FilesArea = "datasets";

    private readonly ActionPipeline<Dataset, DatasetRelation, DatasetOperation> _actions;
    private readonly WorkflowServices _services;
    private readonly FileService _files;
    private readonly CouncilService _councils;

    public DatasetService(WorkflowServices services, FileService files, CouncilService councils)
    {
        _services = services;
        _files = files;
        _councils = councils;
        _actions = new(services, Area);
    }

    /// <summary>How the pipeline loads, names and links datasets (the council's opening goes through it too).</summary>
    internal static WorkflowArea<Dataset, DatasetRelation, DatasetOperation> Area { get; } = new(
        DatasetAccess.Rule,
        (db, id, ct) => db.Datasets.Include(d => d.Fields).Include(d => d.CodeLists).AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, ct),
        d => new EntityChange(EntityChange.Datasets, d.Id),
        d => $"/datasets/{d.Id}",
        (d, kind) => new NotificationText(kind, d.Name));

    /// <summary>The one dispatch from an operation to its use case, for the page's panel and the JSON API alike.</summary>
    /// <returns>The council a review opened, or null.</returns>
    public Task<Guid?> RunAsync(Guid id, DatasetAction a, CancellationToken ct = default) => a.Operation switch
    {
        DatasetOperation.Register => Done(RegisterAsync(id, a.Version, a.Text, ct)),
        DatasetOperation.RecordUpdate => Done(a.Files is { Count: > 0 } files
            ? AddFilesAsync(id, a.Version, files, ct)
            : RecordUpdateAsync(id, a.Version, a.Day ?? throw new DomainException("Vui lòng chọn ngày cập nhật."), ct)),
        DatasetOperation.Publish => Done(PublishAsync(id, a.Version, ct)),
        DatasetOperation.OpenReview => a.Review is { } r
            ? Opened(_councils.OpenAsync(id, a.Version, r.MeetingDate, r.MemberIds, r.ChairId, ct))
            : throw new DomainException("Vui lòng chọn thành viên và chủ tịch hội đồng."),
        // Editing carries a whole description (its own form); viewing is not an action.
        DatasetOperation.View or DatasetOperation.Edit => throw new DomainException("Thao tác không hợp lệ."),
    };

    private static async Task<Guid?> Done(Task action)
    {
        await action;
        return null;
    }

    private static async Task<Guid?> Opened(Task<Guid> open) => await open;

    /// <summary>A steward (leader or data officer) describes a dataset of their unit: a draft only the unit sees.</summary>
    public async Task<Guid> CreateAsync(DatasetInput input, CancellationToken ct = default)
    {
        var dataset = await _actions.CreateAsync(async x =>
        {
            if (DatasetAccess.IsRequester(x.Actor) || !x.Actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer))
            {
                throw new ForbiddenException("Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của đơn vị được khai báo bộ dữ liệu.");
            }

            var dataset = Dataset.Create(input, x.Actor.UnitId!.Value, FocalOfficer(x.Tree, input.FocalOfficerId, x.Actor.UnitId!.Value), x.Actor, x.Now);
            await CheckCodeListsAsync(x.Db, input, ct);
            return dataset;
        }, ct);
        return dataset.Id;
    }

    public Task UpdateAsync(Guid id, Guid version, DatasetInput input, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, DatasetOperation.Edit, async x =>
        {
            await CheckCodeListsAsync(x.Db, input, ct);
            x.Root.Update(input, FocalOfficer(x.Tree, input.FocalOfficerId, x.Root.OwnerUnitId));
        }, ct);

    /// <summary>
    /// Into the catalogue (Art. 4.2b): the same name (any diacritics, case or word order) under the same owner is refused;
    /// a near duplicate of another dataset needs a written justification and is flagged to the platform authority.
    /// </summary>
    public Task RegisterAsync(Guid id, Guid version, string? justification = null, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, DatasetOperation.Register, async x =>
        {
            var d = x.Root;
            var same = await x.Db.Datasets.AsNoTracking()
                .Where(o => o.Id != d.Id && o.OwnerUnitId == d.OwnerUnitId && o.NormalizedName == d.NormalizedName && o.State != DatasetState.Draft)
                .Select(o => o.Name).FirstOrDefaultAsync(ct);
            if (same is not null)
            {
                throw new DomainException($"Đơn vị đã có bộ dữ liệu \"{same}\" cùng tên trong danh mục; không đăng ký trùng (Điều 4.2b).");
            }

            var closest = (await DatasetQueries.SimilarAsync(x.Db, x.Tree, DuplicateCheck.Of(d.Name, d.Description, d.Fields.Select(f => f.Name)), d.Id, ct))
                .FirstOrDefault(s => s.Score >= DuplicateCheck.NearDuplicateFrom);
            if (closest is not null && string.IsNullOrWhiteSpace(justification))
            {
                throw new DomainException($"Bộ dữ liệu gần trùng với \"{closest.Name}\" của {closest.OwnerName} (mức tương đồng {closest.Score:P0}). Vui lòng giải trình vì sao cần bộ dữ liệu riêng.");
            }

            d.Register(closest?.Id, justification);
            if (closest is not null)
            {
                x.Notify(NotificationKinds.DatasetNearDuplicate, x.Tree.StewardsOf(x.Tree.PlatformAuthority?.Id));
            }
        }, ct);

    /// <summary>The owner records that the data was brought up to date (Art. 24).</summary>
    public Task RecordUpdateAsync(Guid id, Guid version, DateOnly day, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, DatasetOperation.RecordUpdate, x =>
        {
            x.Root.RecordUpdate(day, x.Today);
            return Task.CompletedTask;
        }, ct);

    /// <summary>A certified public dataset goes on the open-data pages (Art. 5.6, 20); never one with personal data or a state secret.</summary>
    public Task PublishAsync(Guid id, Guid version, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, DatasetOperation.Publish, async x =>
        {
            // Art. 20.1: open data is reachable and machine-readable — something to download.
            if (!await x.Db.StoredFiles.AnyAsync(f => f.Area == FilesArea && f.RecordId == x.Root.Id, ct))
            {
                throw new DomainException("Vui lòng đính kèm tệp dữ liệu mở (CSV hoặc JSON) trước khi công bố.");
            }

            x.Root.Publish(x.Now);
        }, ct);

    /// <summary>The owner attaches the files the public downloads (CSV, JSON), in the dataset's save.</summary>
    public Task AddFilesAsync(Guid id, Guid version, IReadOnlyList<StagedFile> staged, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, DatasetOperation.RecordUpdate, async x =>
        {
            FileCheck.CheckCount(staged.Count);
            if (staged.Any(f => !(f.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))))
            {
                throw new DomainException("Dữ liệu mở được cung cấp ở định dạng mở, đọc được bằng máy: CSV hoặc JSON (Điều 20.1).");
            }

            await _files.AttachAsync(x.Db, FilesArea, x.Root.Id, null, staged, x.Actor, x.Now, ct);
            x.Root.RecordUpdate(x.Today, x.Today);
        }, ct);

    /// <summary>The platform authority adds a shared code list to the managed list (Art. 5.2).</summary>
    public async Task<Guid> AddCodeListAsync(string? code, string? name, bool national, CancellationToken ct = default)
    {
        var actor = _services.CurrentUser.Require();
        await using var db = await _services.Db.CreateDbContextAsync(ct);
        var tree = await _services.Organization.TreeAsync(db, ct);
        if (tree.PlatformAuthority?.Id != actor.UnitId || !actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer))
        {
            throw new ForbiddenException("Chỉ cơ quan quản lý nền tảng quản lý danh mục dùng chung.");
        }

        var list = CodeList.Create(code ?? "", name ?? "", national);
        if (await db.CodeLists.AnyAsync(c => c.Code == list.Code, ct))
        {
            throw new DomainException($"Mã danh mục {list.Code} đã có.");
        }

        db.CodeLists.Add(list);
        await db.SaveAsAsync(actor, ct);
        return list.Id;
    }

    private static async Task CheckCodeListsAsync(WorkspaceDbContext db, DatasetInput input, CancellationToken ct)
    {
        var ids = (input.CodeListIds ?? []).Distinct().ToList();
        if (ids.Count > 0 && await db.CodeLists.CountAsync(c => ids.Contains(c.Id), ct) != ids.Count)
        {
            throw new DomainException("Danh mục dùng chung không có trong danh sách được quản lý.");
        }
    }

    private static string? FocalOfficer(OrgTree tree, Guid? id, Guid unitId) =>
        id is not { } person ? null
        : tree.Person(person) is { } p && p.UnitId == unitId ? p.FullName
        : throw new DomainException("Đầu mối phải là cán bộ của đơn vị chủ trì.");
}
