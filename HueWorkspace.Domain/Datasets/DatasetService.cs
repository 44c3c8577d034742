using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>
/// The catalogue's changes (Decision 41 Art. 4.2, 5, 24, 30): describe, register (refusing the same name under the same
/// owner, asking a justification for a near duplicate and telling the platform authority), keep current, publish; the
/// open-data files. Reads are <see cref="DatasetQueries"/>; reviews are <see cref="CouncilService"/>.
/// </summary>
public sealed class DatasetService(
    IDbContextFactory<WorkspaceDbContext> dbFactory,
    ICurrentUser currentUser,
    INotificationPublisher publisher,
    TimeProvider clock,
    FileService files)
{
    /// <summary>Files the public may download from a published dataset.</summary>
    public const string FilesArea = "datasets";

    /// <summary>A steward (leader or data officer) describes a dataset of their unit: a draft only the unit sees.</summary>
    public async Task<Guid> CreateAsync(DatasetInput input, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        if (DatasetAccess.IsRequester(actor) || !actor.IsAssigned || !actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer))
        {
            throw new ForbiddenException("Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của đơn vị được khai báo bộ dữ liệu.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dataset = Dataset.Create(input, actor.UnitId!.Value, await FocalOfficerAsync(db, input.FocalOfficerId, actor.UnitId!.Value, ct), actor, clock.GetUtcNow().UtcDateTime);
        await CheckCodeListsAsync(db, input, ct);
        db.Datasets.Add(dataset);
        await db.SaveAsAsync(actor, ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.Datasets, dataset.Id), await DatasetAccess.AudienceAsync(db, await TaskService.TreeAsync(db, ct), dataset, ct), ct);
        return dataset.Id;
    }

    public Task UpdateAsync(Guid id, Guid version, DatasetInput input, CancellationToken ct = default) =>
        ActAsync(id, version, DatasetOperation.Edit, async x =>
        {
            await CheckCodeListsAsync(x.Db, input, ct);
            x.Dataset.Update(input, await FocalOfficerAsync(x.Db, input.FocalOfficerId, x.Dataset.OwnerUnitId, ct));
            return [];
        }, ct);

    /// <summary>
    /// Into the catalogue (Art. 4.2b): the same name (any diacritics, case or word order) under the same owner is refused;
    /// a near duplicate of another dataset needs a written justification and is flagged to the platform authority.
    /// </summary>
    public Task RegisterAsync(Guid id, Guid version, string? justification = null, CancellationToken ct = default) =>
        ActAsync(id, version, DatasetOperation.Register, async x =>
        {
            var d = x.Dataset;
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
            return closest is null ? [] : [new Notice(NotificationKinds.DatasetNearDuplicate, await DatasetAccess.StewardsAsync(x.Db, x.Tree.PlatformAuthority?.Id, ct))];
        }, ct);

    /// <summary>The owner records that the data was brought up to date (Art. 24).</summary>
    public Task RecordUpdateAsync(Guid id, Guid version, DateOnly day, CancellationToken ct = default) =>
        ActAsync(id, version, DatasetOperation.RecordUpdate, x =>
        {
            x.Dataset.RecordUpdate(day, VietnamTime.Today(clock));
            return Task.FromResult<IReadOnlyList<Notice>>([]);
        }, ct);

    /// <summary>A certified public dataset goes on the open-data pages (Art. 5.6, 20); never one with personal data or a state secret.</summary>
    public Task PublishAsync(Guid id, Guid version, CancellationToken ct = default) =>
        ActAsync(id, version, DatasetOperation.Publish, async x =>
        {
            // Art. 20.1: open data is reachable and machine-readable — something to download.
            if (!await x.Db.StoredFiles.AnyAsync(f => f.Area == FilesArea && f.RecordId == x.Dataset.Id, ct))
            {
                throw new DomainException("Vui lòng đính kèm tệp dữ liệu mở (CSV hoặc JSON) trước khi công bố.");
            }

            x.Dataset.Publish(clock.GetUtcNow().UtcDateTime);
            return [];
        }, ct);

    /// <summary>The owner attaches the files the public downloads (CSV, JSON), in the dataset's save.</summary>
    public Task AddFilesAsync(Guid id, Guid version, IReadOnlyList<StagedFile> staged, CancellationToken ct = default) =>
        ActAsync(id, version, DatasetOperation.RecordUpdate, async x =>
        {
            FileCheck.CheckCount(staged.Count);
            if (staged.Any(f => !(f.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))))
            {
                throw new DomainException("Dữ liệu mở được cung cấp ở định dạng mở, đọc được bằng máy: CSV hoặc JSON (Điều 20.1).");
            }

            await files.AttachAsync(x.Db, FilesArea, x.Dataset.Id, null, staged, x.Actor, x.Now, ct);
            x.Dataset.RecordUpdate(VietnamTime.Today(clock), VietnamTime.Today(clock));
            return [];
        }, ct);

    /// <summary>The platform authority adds a shared code list to the managed list (Art. 5.2).</summary>
    public async Task<Guid> AddCodeListAsync(string? code, string? name, bool national, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
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

    private static async Task<string?> FocalOfficerAsync(WorkspaceDbContext db, Guid? id, Guid unitId, CancellationToken ct)
    {
        if (id is null)
        {
            return null;
        }

        return await db.UserProfiles.AsNoTracking().Where(p => p.Id == id && p.UnitId == unitId).Select(p => p.FullName).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("Đầu mối phải là cán bộ của đơn vị chủ trì.");
    }

    internal sealed record Notice(string Kind, IEnumerable<Guid> To);

    private sealed class ActionContext(WorkspaceDbContext db, OrgTree tree, Actor actor, Dataset dataset, DateTime now)
    {
        public WorkspaceDbContext Db { get; } = db;

        public OrgTree Tree { get; } = tree;

        public Actor Actor { get; } = actor;

        public Dataset Dataset { get; } = dataset;

        public DateTime Now { get; } = now;
    }

    private async Task ActAsync(Guid id, Guid version, DatasetOperation operation, Func<ActionContext, Task<IReadOnlyList<Notice>>> apply, CancellationToken ct)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
        var dataset = await db.Datasets.Include(d => d.Fields).Include(d => d.CodeLists).AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException(DatasetQueries.NotFoundMessage);
        DatasetAccess.Demand(DatasetAccess.RelationOf(actor, dataset, tree), operation);
        dataset.Require(operation);
        db.ExpectVersion(dataset, version);
        var x = new ActionContext(db, tree, actor, dataset, clock.GetUtcNow().UtcDateTime);
        var notices = await apply(x);
        var notifications = notices.SelectMany(n => n.To.Distinct().Where(r => r != actor.UserId)
            .Select(r => Notification.Create(r, n.Kind, new NotificationText(n.Kind, dataset.Name), $"/datasets/{dataset.Id}", x.Now))).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(actor, ct);
        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.Datasets, dataset.Id), await DatasetAccess.AudienceAsync(db, tree, dataset, ct), ct);
    }
}
