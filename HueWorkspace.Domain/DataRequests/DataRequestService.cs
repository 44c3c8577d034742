using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.DataRequests;

/// <summary>
/// The E-Form's workflow (Decision 41 Art. 27.2): keep a draft, submit (numbered, due in five working days), review, ask
/// (clock paused) and answer (clock resumed), agree with the sharing agreement or refuse with the reason, transfer to the
/// right owner, provide (a file, or an API token shown once), terminate; every provision and read is logged (Nghị định 47
/// Art. 45). Same shape as the other modules: access rule, workflow, the version the form saw, one save, the live push.
/// </summary>
public sealed class DataRequestService(
    IDbContextFactory<WorkspaceDbContext> dbFactory,
    ICurrentUser currentUser,
    INotificationPublisher publisher,
    TimeProvider clock,
    FileService files)
{
    public const string FilesArea = "data-requests";

    public const string NumberSeries = "yc";

    /// <summary>Creates or keeps a draft as typed (a lost connection loses nothing); returns its id.</summary>
    public async Task<Guid> SaveDraftAsync(Guid? id, Guid? version, RequestForm form, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        if (!actor.IsAssigned)
        {
            throw new ForbiddenException("Tài khoản chưa được gắn với tổ chức nên chưa gửi được yêu cầu.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
        DataRequest request;
        if (id is { } existing)
        {
            request = await db.DataRequests.Include(r => r.Events).SingleOrDefaultAsync(r => r.Id == existing, ct) ?? throw new NotFoundException(DataRequestQueries.NotFoundMessage);
            DataRequestAccess.Demand(DataRequestAccess.RelationOf(actor, request, tree), RequestOperation.Edit);
            db.ExpectVersion(request, version ?? Guid.Empty);
        }
        else
        {
            request = DataRequest.Start(actor.UnitId!.Value, actor, clock.GetUtcNow().UtcDateTime);
            db.DataRequests.Add(request);
        }

        var (datasets, owner) = await ResolveOwnerAsync(db, tree, actor, form, ct);
        request.Keep(form, datasets, owner);
        await db.SaveAsAsync(actor, ct);
        return request.Id;
    }

    /// <summary>
    /// The datasets asked for must be ones the person may see (an outsider never sees a state secret) and of one owner,
    /// who answers (one answer, one agreement; data of another owner is a request of its own).
    /// </summary>
    private static async Task<(IReadOnlyList<(Guid Id, string Name)> Datasets, Guid Owner)> ResolveOwnerAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, RequestForm form, CancellationToken ct)
    {
        var ids = (form.DatasetIds ?? []).Distinct().ToList();
        if (ids.Count > 0)
        {
            if (ids.Count > DataRequest.MaxDatasets)
            {
                throw new FieldException("dataset", $"Mỗi yêu cầu nêu tối đa {DataRequest.MaxDatasets} bộ dữ liệu.");
            }

            var found = await db.Datasets.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(ct);
            var datasets = ids.Select(id => found.SingleOrDefault(d => d.Id == id)).ToList();
            if (datasets.Any(d => d is null || DatasetAccess.RelationOf(actor, d, tree) == DatasetRelation.None))
            {
                throw new FieldException("dataset", "Không tìm thấy bộ dữ liệu trong danh mục, hoặc bộ dữ liệu không được chia sẻ.");
            }

            if (datasets.Any(d => d!.IsStateSecret) && DatasetAccess.IsRequester(actor))
            {
                throw new FieldException("dataset", "Dữ liệu bí mật nhà nước không được chia sẻ cho tổ chức bên ngoài.");
            }

            var owners = datasets.Select(d => d!.OwnerUnitId).Distinct().ToList();
            if (owners.Count > 1)
            {
                var names = string.Join(", ", owners.Select(o => tree.Find(o)?.Name ?? ""));
                throw new FieldException("dataset", $"Các bộ dữ liệu đã chọn thuộc các cơ quan quản lý khác nhau ({names}). Mỗi yêu cầu gửi một cơ quan; vui lòng gửi yêu cầu riêng cho từng cơ quan.");
            }

            return (datasets.Select(d => (d!.Id, d.Name)).ToList(), owners[0]);
        }

        if (form.OwnerUnitId is { } ownerId)
        {
            if (tree.Find(ownerId) is not { Kind: not UnitKind.ExternalOrganisation } owner)
            {
                throw new FieldException("owner", "Vui lòng chọn một cơ quan của thành phố quản lý dữ liệu.");
            }

            return ([], owner.Id);
        }

        return ([], Guid.Empty);
    }

    public Task SubmitAsync(Guid id, Guid version, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.Submit, async x =>
        {
            if (x.Request.OwnerUnitId == Guid.Empty)
            {
                throw new FieldException("owner", "Vui lòng chọn cơ quan quản lý dữ liệu cần khai thác.");
            }

            await x.BeginAsync(ct);
            var number = await DocumentNumbering.NextAsync(x.Db, Guid.Empty, x.Today.Year, NumberSeries, ct);
            x.Request.Submit($"YC-{x.Today.Year}-{number:0000}", x.Actor, x.Now, x.Today, x.Calendar.AddWorkingDays(x.Today, DataRequest.AnswerWorkingDays));
            return [new Notice(NotificationKinds.RequestSubmitted, await DatasetAccess.StewardsAsync(x.Db, x.Request.OwnerUnitId, ct))];
        }, ct);

    public Task StartReviewAsync(Guid id, Guid version, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.StartReview, x =>
        {
            x.Request.StartReview(x.Actor, x.Now);
            return Task.FromResult<IReadOnlyList<Notice>>([new Notice(NotificationKinds.RequestUpdated, [x.Request.RequesterId])]);
        }, ct);

    /// <summary>A question to the requester; the working days left are kept while the clock is stopped.</summary>
    public Task AskAsync(Guid id, Guid version, string? question, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.AskQuestion, x =>
        {
            x.Request.AskQuestion(question, x.Calendar.CountWorkingDays(x.Today, x.Request.DueOn ?? x.Today), x.Actor, x.Now);
            return Task.FromResult<IReadOnlyList<Notice>>([new Notice(NotificationKinds.RequestQuestion, [x.Request.RequesterId])]);
        }, ct);

    public Task AnswerAsync(Guid id, Guid version, string? answer, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.Answer, async x =>
        {
            x.Request.Answer(answer, left => x.Calendar.AddWorkingDays(x.Today, left), x.Actor, x.Now);
            return [new Notice(NotificationKinds.RequestAnswered, await DatasetAccess.StewardsAsync(x.Db, x.Request.OwnerUnitId, ct))];
        }, ct);

    public Task ApproveAsync(Guid id, Guid version, Agreement agreement, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.Approve, x =>
        {
            x.Request.Approve(agreement, x.Actor, x.Now, x.Today);
            return Task.FromResult<IReadOnlyList<Notice>>([new Notice(NotificationKinds.RequestApproved, [x.Request.RequesterId])]);
        }, ct);

    /// <summary>A written refusal with the reason; the platform authority and the owner's leaders are told (Art. 27.2).</summary>
    public Task RefuseAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.Refuse, async x =>
        {
            x.Request.Refuse(reason, x.Actor, x.Now);
            var authority = await DatasetAccess.StewardsAsync(x.Db, x.Tree.PlatformAuthority?.Id, ct);
            var owners = (await x.Db.UserProfiles.AsNoTracking().Where(p => p.UnitId == x.Request.OwnerUnitId).ToListAsync(ct))
                .Where(p => p.Roles.Contains(Role.UnitLeader)).Select(p => p.Id);
            return [new Notice(NotificationKinds.RequestRefused, authority.Concat(owners).Append(x.Request.RequesterId))];
        }, ct);

    /// <summary>Links the outgoing document that carries the refusal letter (drafted by the refusing steward).</summary>
    public async Task LinkRefusalLetterAsync(Guid id, Guid outgoingId, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
        var request = await db.DataRequests.Include(r => r.Events).SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(DataRequestQueries.NotFoundMessage);
        DataRequestAccess.Demand(DataRequestAccess.RelationOf(actor, request, tree), RequestOperation.Refuse);
        if (request.State != RequestState.Refused)
        {
            throw new DomainException("Chỉ yêu cầu đã bị từ chối mới có văn bản trả lời từ chối.");
        }

        request.AttachRefusalLetter(outgoingId);
        await db.SaveAsAsync(actor, ct);
    }

    public Task TransferAsync(Guid id, Guid version, Guid unitId, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.Transfer, async x =>
        {
            if (x.Tree.Find(unitId) is not { Kind: not UnitKind.ExternalOrganisation } unit)
            {
                throw new DomainException("Vui lòng chọn một cơ quan của thành phố.");
            }

            x.Request.Transfer(unit.Id, unit.Name, reason, x.Actor, x.Now);
            return [new Notice(NotificationKinds.RequestSubmitted, await DatasetAccess.StewardsAsync(x.Db, unit.Id, ct)), new Notice(NotificationKinds.RequestUpdated, [x.Request.RequesterId])];
        }, ct);

    public Task CommentAsync(Guid id, Guid version, string? text, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.Comment, async x =>
        {
            x.Request.Comment(text, x.Actor, x.Now);
            return [new Notice(NotificationKinds.RequestUpdated, await DatasetAccess.StewardsAsync(x.Db, x.Request.OwnerUnitId, ct))];
        }, ct);

    public Task TerminateAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.Terminate, async x =>
        {
            x.Request.Terminate(reason, x.Actor, x.Now);
            foreach (var token in await x.Db.DataAccessTokens.Where(t => t.RequestId == x.Request.Id && t.RevokedAtUtc == null).ToListAsync(ct))
            {
                token.Revoke(x.Now);
            }

            return [new Notice(NotificationKinds.RequestUpdated, [x.Request.RequesterId])];
        }, ct);

    /// <summary>The requester reports an error in the data received (Art. 28.4); the owner's stewards are told.</summary>
    public Task ReportErrorAsync(Guid id, Guid version, string? text, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.ReportError, async x =>
        {
            x.Request.ReportError(text, x.Actor, x.Now);
            return [new Notice(NotificationKinds.RequestUpdated, await DatasetAccess.StewardsAsync(x.Db, x.Request.OwnerUnitId, ct))];
        }, ct);

    public Task ResolveErrorAsync(Guid id, Guid version, Guid reportId, string? resolution, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.ResolveError, x =>
        {
            x.Request.ResolveError(reportId, resolution, x.Actor, x.Now);
            return Task.FromResult<IReadOnlyList<Notice>>([new Notice(NotificationKinds.RequestUpdated, [x.Request.RequesterId])]);
        }, ct);

    /// <summary>The requester asks to pass the data to a named third party; the owner and the platform authority are asked (Art. 26.3).</summary>
    public Task AskOnwardAsync(Guid id, Guid version, string? party, string? purpose, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.AskOnward, async x =>
        {
            x.Request.AskOnward(party, purpose, x.Actor, x.Now);
            var asked = (await DatasetAccess.StewardsAsync(x.Db, x.Request.OwnerUnitId, ct)).Concat(await DatasetAccess.StewardsAsync(x.Db, x.Tree.PlatformAuthority?.Id, ct));
            return [new Notice(NotificationKinds.RequestUpdated, asked)];
        }, ct);

    /// <summary>
    /// A consent on an onward share, recorded for the body the person speaks for: the owner unit's steward for the owner,
    /// the platform authority's steward for the authority (the platform authority's own data: both, one at a time).
    /// </summary>
    public Task DecideOnwardAsync(Guid id, Guid version, Guid shareId, bool consent, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.DecideOnward, x =>
        {
            var relation = DataRequestAccess.RelationOf(x.Actor, x.Request, x.Tree);
            var share = x.Request.Onward.SingleOrDefault(o => o.Id == shareId) ?? throw new NotFoundException("Không tìm thấy đề nghị chia sẻ tiếp.");
            var asOwner = relation.HasFlag(RequestRelation.Steward) && share.OwnerConsent is null;
            if (!asOwner && !(relation.HasFlag(RequestRelation.PlatformAuthority) && x.Actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer)))
            {
                throw new ForbiddenException("Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của cơ quan quản lý dữ liệu và của cơ quan quản lý nền tảng được cho ý kiến.");
            }

            x.Request.DecideOnward(shareId, asOwner, consent, x.Actor, x.Now);
            return Task.FromResult<IReadOnlyList<Notice>>([new Notice(NotificationKinds.RequestUpdated, [x.Request.RequesterId])]);
        }, ct);

    /// <summary>The file(s) for the requester, through the file store; each provision is logged.</summary>
    public Task ProvideFilesAsync(Guid id, Guid version, IReadOnlyList<StagedFile> staged, CancellationToken ct = default) =>
        ActAsync(id, version, RequestOperation.Provide, async x =>
        {
            if (staged.Count == 0)
            {
                throw new DomainException("Vui lòng chọn tệp dữ liệu cung cấp cho bên yêu cầu.");
            }

            FileCheck.CheckCount(staged.Count);
            await files.AttachAsync(x.Db, FilesArea, x.Request.Id, null, staged, x.Actor, x.Now, ct);
            var names = string.Join(", ", staged.Select(f => f.FileName));
            x.Request.Provide($"Tệp: {names}", x.Actor, x.Now);
            x.Db.SharingLog.AddRange(SharingLogEntry.For(x.Request, SharingMethod.File, $"Cung cấp tệp {names}", x.Now));
            return [new Notice(NotificationKinds.RequestProvided, [x.Request.RequesterId])];
        }, ct);

    /// <summary>For the API method: a token expiring with the term, returned once in plain; only its hash is kept.</summary>
    public async Task<string> IssueTokenAsync(Guid id, Guid version, CancellationToken ct = default)
    {
        string? plain = null;
        await ActAsync(id, version, RequestOperation.Provide, x =>
        {
            if (x.Request.Method != RequestMethod.Api)
            {
                throw new DomainException("Yêu cầu này không khai thác qua API; hãy cung cấp tệp dữ liệu.");
            }

            var (row, token) = DataAccessToken.Issue(x.Request.Id, x.Request.AgreedTo!.Value, x.Now);
            plain = token;
            x.Db.DataAccessTokens.Add(row);
            x.Request.Provide($"Cấp mã truy cập API {row.Prefix}…, hết hạn {VietnamTime.Format(row.ExpiresOn)}", x.Actor, x.Now);
            return Task.FromResult<IReadOnlyList<Notice>>([new Notice(NotificationKinds.RequestProvided, [x.Request.RequesterId])]);
        }, ct);
        return plain!;
    }

    public async Task RevokeTokenAsync(Guid id, Guid tokenId, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
        var request = await db.DataRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(DataRequestQueries.NotFoundMessage);
        DataRequestAccess.Demand(DataRequestAccess.RelationOf(actor, request, tree), RequestOperation.Terminate);
        var token = await db.DataAccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.RequestId == id, ct) ?? throw new NotFoundException("Không tìm thấy mã truy cập.");
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveAsAsync(actor, ct);
    }

    internal sealed record Notice(string Kind, IEnumerable<Guid> To);

    private sealed class ActionContext(WorkspaceDbContext db, OrgTree tree, Actor actor, DataRequest request, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        public WorkspaceDbContext Db { get; } = db;

        public OrgTree Tree { get; } = tree;

        public Actor Actor { get; } = actor;

        public DataRequest Request { get; } = request;

        public DateTime Now { get; } = now;

        public DateOnly Today { get; } = today;

        public WorkingCalendar Calendar { get; } = calendar;

        public Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? Transaction { get; private set; }

        public async Task BeginAsync(CancellationToken ct) => Transaction = await Db.Database.BeginTransactionAsync(ct);
    }

    private async Task ActAsync(Guid id, Guid version, RequestOperation operation, Func<ActionContext, Task<IReadOnlyList<Notice>>> apply, CancellationToken ct)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TaskService.TreeAsync(db, ct);
        var request = await db.DataRequests.Include(r => r.Events).Include(r => r.Errors).Include(r => r.Onward).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(DataRequestQueries.NotFoundMessage);
        DataRequestAccess.Demand(DataRequestAccess.RelationOf(actor, request, tree), operation);
        request.Require(operation);
        db.ExpectVersion(request, version);
        var calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
        var x = new ActionContext(db, tree, actor, request, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), calendar);
        var notices = await apply(x);
        var title = request.Number ?? request.DatasetName ?? "";
        var notifications = notices.SelectMany(n => n.To.Distinct().Where(r => r != actor.UserId && r != Guid.Empty)
            .Select(r => Notification.Create(r, n.Kind, new NotificationText(n.Kind, title), $"/data-requests/{request.Id}", x.Now))).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(actor, ct);
        if (x.Transaction is { } transaction)
        {
            await transaction.CommitAsync(ct);
            await transaction.DisposeAsync();
        }

        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.DataRequests, request.Id), await DataRequestAccess.AudienceAsync(db, tree, request, ct), ct);
    }
}
