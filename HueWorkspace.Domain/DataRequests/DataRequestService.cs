using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.DataRequests;

/// <summary>
/// The E-Form's workflow (Decision 41 Art. 27.2): keep a draft, submit (numbered, due in five working days), review, ask
/// (clock paused) and answer (clock resumed), agree with the sharing agreement or refuse with the reason, transfer to the
/// right owner, provide (a file, or an API token shown once), terminate; every provision and read is logged (Nghị định 47
/// Art. 45). Same shape as the other modules: access rule, workflow, the version the form saw, one save, the live push.
/// </summary>
public sealed class DataRequestService
{
    public const string FilesArea = "data-requests";

    public const string NumberSeries = "yc";

    private readonly ActionPipeline<DataRequest, RequestRelation, RequestOperation> _actions;
    private readonly WorkflowServices _services;
    private readonly FileService _files;
    private readonly IRefusalLetters _letters;
    private readonly IDatasetCatalogue _catalogue;

    public DataRequestService(WorkflowServices services, FileService files, IRefusalLetters letters, IDatasetCatalogue catalogue)
    {
        _catalogue = catalogue;
        _services = services;
        _files = files;
        _letters = letters;
        _actions = new(services, new WorkflowArea<DataRequest, RequestRelation, RequestOperation>(
            DataRequestAccess.Rule,
            (db, id, ct) => db.DataRequests.Include(r => r.Events).Include(r => r.Errors).Include(r => r.Onward).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct),
            r => new EntityChange(EntityChange.DataRequests, r.Id),
            r => $"/data-requests/{r.Id}",
            (r, kind) => new NotificationText(kind, r.Number ?? r.DatasetName ?? "")));
    }

    /// <summary>The one dispatch from an operation to its use case, for the page's panel and the JSON API alike.</summary>
    /// <returns>The API token a provision by API issued (shown once), or null.</returns>
    public Task<string?> RunAsync(Guid id, RequestAction a, CancellationToken ct = default) => a.Operation switch
    {
        RequestOperation.Submit => Done(SubmitAsync(id, a.Version, ct, a.Channel)),
        RequestOperation.StartReview => Done(StartReviewAsync(id, a.Version, ct)),
        RequestOperation.AskQuestion => Done(AskAsync(id, a.Version, a.Text, ct)),
        RequestOperation.Answer => Done(AnswerAsync(id, a.Version, a.Text, ct)),
        RequestOperation.Approve => Done(ApproveAsync(id, a.Version, a.Agreement ?? throw new DomainException("Vui lòng ghi thỏa thuận chia sẻ."), ct)),
        RequestOperation.Refuse => Done(RefuseAsync(id, a.Version, a.Text, ct)),
        RequestOperation.Transfer => Done(TransferAsync(id, a.Version, a.UnitId ?? Guid.Empty, a.Text, ct)),
        RequestOperation.Terminate => Done(TerminateAsync(id, a.Version, a.Text, ct)),
        RequestOperation.Comment => Done(CommentAsync(id, a.Version, a.Text, ct)),
        RequestOperation.ReportError => Done(ReportErrorAsync(id, a.Version, a.Text, ct)),
        RequestOperation.ResolveError => Done(ResolveErrorAsync(id, a.Version, a.ItemId ?? Guid.Empty, a.Text, ct)),
        RequestOperation.AskOnward => Done(AskOnwardAsync(id, a.Version, a.Party, a.Text, ct)),
        RequestOperation.DecideOnward => Done(DecideOnwardAsync(id, a.Version, a.ItemId ?? Guid.Empty, a.Consent ?? false, ct)),
        // Files are provided as an upload; without files, the token of the API method.
        RequestOperation.Provide => a.Files is { Count: > 0 } files ? Done(ProvideFilesAsync(id, a.Version, files, ct)) : Token(IssueTokenAsync(id, a.Version, ct)),
        // Editing carries a whole form (SaveDraftAsync); viewing is not an action.
        RequestOperation.View or RequestOperation.Edit => throw new DomainException("Thao tác không hợp lệ."),
    };

    private static async Task<string?> Done(Task action)
    {
        await action;
        return null;
    }

    private static async Task<string?> Token(Task<string> issue) => await issue;

    /// <summary>Creates or keeps a draft as typed (a lost connection loses nothing); returns its id.</summary>
    public async Task<Guid> SaveDraftAsync(Guid? id, Guid? version, RequestForm form, CancellationToken ct = default)
    {
        if (id is { } existing)
        {
            await _actions.ActAsync(existing, version ?? Guid.Empty, RequestOperation.Edit, async x =>
            {
                var (datasets, owner) = await ResolveOwnerAsync(_catalogue, x.Db, x.Tree, x.Actor, form, ct);
                x.Root.Keep(form, datasets, owner);
            }, ct);
            return existing;
        }

        var request = await _actions.CreateAsync(async x =>
        {
            var request = DataRequest.Start(x.Actor.UnitId!.Value, x.Actor, x.Now);
            var (datasets, owner) = await ResolveOwnerAsync(_catalogue, x.Db, x.Tree, x.Actor, form, ct);
            request.Keep(form, datasets, owner);
            return request;
        }, ct);
        return request.Id;
    }

    /// <summary>
    /// The datasets asked for must be ones the person may see (an outsider never sees a state secret) and of one owner,
    /// who answers (one answer, one agreement; data of another owner is a request of its own).
    /// </summary>
    private static async Task<(IReadOnlyList<(Guid Id, string Name)> Datasets, Guid Owner)> ResolveOwnerAsync(IDatasetCatalogue catalogue, WorkspaceDbContext db, OrgTree tree, Actor actor,
        RequestForm form, CancellationToken ct)
    {
        var ids = (form.DatasetIds ?? []).Distinct().ToList();
        if (ids.Count > 0)
        {
            if (ids.Count > DataRequest.MaxDatasets)
            {
                throw new FieldException("dataset", $"Mỗi yêu cầu nêu tối đa {DataRequest.MaxDatasets} bộ dữ liệu.");
            }

            var datasets = await catalogue.FindAsync(db, tree, actor, ids, ct);
            if (datasets.Any(d => d is null))
            {
                throw new FieldException("dataset", "Không tìm thấy bộ dữ liệu trong danh mục, hoặc bộ dữ liệu không được chia sẻ.");
            }

            if (datasets.Any(d => d!.IsStateSecret) && actor.IsOutsider)
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

    /// <param name="channel">How the request came (the E-Form page or the API): the sharing log records it (Nghị định 47 Art. 45).</param>
    public Task SubmitAsync(Guid id, Guid version, CancellationToken ct = default, SharingMethod channel = SharingMethod.EForm) =>
        _actions.ActAsync(id, version, RequestOperation.Submit, async x =>
        {
            if (x.Root.OwnerUnitId == Guid.Empty)
            {
                throw new FieldException("owner", "Vui lòng chọn cơ quan quản lý dữ liệu cần khai thác.");
            }

            var calendar = await x.CalendarAsync();
            await x.BeginTransactionAsync();
            var number = await RegisterNumbers.NextAsync(x.Db, Guid.Empty, x.Today.Year, NumberSeries, ct);
            x.Root.Submit($"YC-{x.Today.Year}-{number:0000}", x.Actor, x.Now, x.Today, calendar.AddWorkingDays(x.Today, DataRequest.AnswerWorkingDays));
            x.Db.SharingLog.AddRange(SharingLogEntry.For(x.Root, SharingLogKind.Requested, channel,
                $"Yêu cầu {x.Root.Number}: {x.Root.DataItems} — mục đích: {x.Root.Purpose}", x.Actor.Name, x.Now));
            x.Notify(NotificationKinds.RequestSubmitted, x.Tree.StewardsOf(x.Root.OwnerUnitId));
        }, ct);

    public Task StartReviewAsync(Guid id, Guid version, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.StartReview, x =>
        {
            x.Root.StartReview(x.Actor, x.Now);
            x.Notify(NotificationKinds.RequestUpdated, [x.Root.RequesterId]);
            return Task.CompletedTask;
        }, ct);

    /// <summary>A question to the requester; the working days left are kept while the clock is stopped.</summary>
    public Task AskAsync(Guid id, Guid version, string? question, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.AskQuestion, async x =>
        {
            x.Root.AskQuestion(question, (await x.CalendarAsync()).CountWorkingDays(x.Today, x.Root.DueOn ?? x.Today), x.Actor, x.Now);
            x.Notify(NotificationKinds.RequestQuestion, [x.Root.RequesterId]);
        }, ct);

    public Task AnswerAsync(Guid id, Guid version, string? answer, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.Answer, async x =>
        {
            var calendar = await x.CalendarAsync();
            x.Root.Answer(answer, left => calendar.AddWorkingDays(x.Today, left), x.Actor, x.Now);
            x.Notify(NotificationKinds.RequestAnswered, x.Tree.StewardsOf(x.Root.OwnerUnitId));
        }, ct);

    public Task ApproveAsync(Guid id, Guid version, Agreement agreement, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.Approve, x =>
        {
            x.Root.Approve(agreement, x.Actor, x.Now, x.Today);
            x.Db.SharingLog.AddRange(SharingLogEntry.For(x.Root, SharingLogKind.Approved, SharingMethod.EForm,
                $"Đồng ý cung cấp ({DomainTexts.Label(x.Root.Method, DomainTexts.Vietnamese)}), thời hạn {VietnamTime.Format(x.Root.AgreedFrom!.Value)}–{VietnamTime.Format(x.Root.AgreedTo!.Value)}",
                x.Actor.Name, x.Now));
            x.Notify(NotificationKinds.RequestApproved, [x.Root.RequesterId]);
            return Task.CompletedTask;
        }, ct);

    /// <summary>A written refusal with the reason; the platform authority and the owner's leaders are told (Art. 27.2).</summary>
    public Task RefuseAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.Refuse, async x =>
        {
            x.Root.Refuse(reason, x.Actor, x.Now);
            x.Db.SharingLog.AddRange(SharingLogEntry.For(x.Root, SharingLogKind.Refused, SharingMethod.EForm, $"Từ chối: {x.Root.RefusalReason}", x.Actor.Name, x.Now));

            // The refusal is answered in writing: its letter drafted as an outgoing document of the owner unit, in this save.
            if (await _letters.DraftAsync(x.Db, x.Tree, x.Actor, x.Root, x.Today, x.Now, ct) is { } letter)
            {
                x.Root.AttachRefusalLetter(letter.Id);
                x.AlsoChanged(letter.Change, letter.Audience);
            }

            var owners = x.Tree.PeopleIn(x.Root.OwnerUnitId).Where(p => p.IsInRole(Role.UnitLeader)).Select(p => p.Id);
            x.Notify(NotificationKinds.RequestRefused, x.Tree.StewardsOf(x.Tree.PlatformAuthority?.Id).Concat(owners).Append(x.Root.RequesterId));
        }, ct);

    public Task TransferAsync(Guid id, Guid version, Guid unitId, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.Transfer, x =>
        {
            if (x.Tree.Find(unitId) is not { Kind: not UnitKind.ExternalOrganisation } unit)
            {
                throw new DomainException("Vui lòng chọn một cơ quan của thành phố.");
            }

            x.Root.Transfer(unit.Id, unit.Name, reason, x.Actor, x.Now);
            x.Notify(NotificationKinds.RequestSubmitted, x.Tree.StewardsOf(unit.Id));
            x.Notify(NotificationKinds.RequestUpdated, [x.Root.RequesterId]);
            return Task.CompletedTask;
        }, ct);

    public Task CommentAsync(Guid id, Guid version, string? text, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.Comment, async x =>
        {
            x.Root.Comment(text, x.Actor, x.Now);
            x.Notify(NotificationKinds.RequestUpdated, x.Tree.StewardsOf(x.Root.OwnerUnitId));
        }, ct);

    public Task TerminateAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.Terminate, async x =>
        {
            x.Root.Terminate(reason, x.Actor, x.Now);
            foreach (var token in await x.Db.DataAccessTokens.Where(t => t.RequestId == x.Root.Id && t.RevokedAtUtc == null).ToListAsync(ct))
            {
                token.Revoke(x.Now);
            }

            x.Notify(NotificationKinds.RequestUpdated, [x.Root.RequesterId]);
        }, ct);

    /// <summary>The requester reports an error in the data received (Art. 28.4); the owner's stewards are told.</summary>
    public Task ReportErrorAsync(Guid id, Guid version, string? text, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.ReportError, async x =>
        {
            x.Root.ReportError(text, x.Actor, x.Now);
            x.Notify(NotificationKinds.RequestUpdated, x.Tree.StewardsOf(x.Root.OwnerUnitId));
        }, ct);

    public Task ResolveErrorAsync(Guid id, Guid version, Guid reportId, string? resolution, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.ResolveError, x =>
        {
            x.Root.ResolveError(reportId, resolution, x.Actor, x.Now);
            x.Notify(NotificationKinds.RequestUpdated, [x.Root.RequesterId]);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The requester asks to pass the data to a named third party; the owner and the platform authority are asked (Art. 26.3).</summary>
    public Task AskOnwardAsync(Guid id, Guid version, string? party, string? purpose, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.AskOnward, x =>
        {
            x.Root.AskOnward(party, purpose, x.Actor, x.Now);
            x.Notify(NotificationKinds.RequestUpdated, x.Tree.StewardsOf(x.Root.OwnerUnitId).Concat(x.Tree.StewardsOf(x.Tree.PlatformAuthority?.Id)));
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// A consent on an onward share, recorded for the body the person speaks for: the owner unit's steward for the owner,
    /// the platform authority's steward for the authority (the platform authority's own data: both, one at a time).
    /// </summary>
    public Task DecideOnwardAsync(Guid id, Guid version, Guid shareId, bool consent, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.DecideOnward, x =>
        {
            var relation = x.Relation;
            var share = x.Root.Onward.SingleOrDefault(o => o.Id == shareId) ?? throw new NotFoundException("Không tìm thấy đề nghị chia sẻ tiếp.");
            var asOwner = relation.HasFlag(RequestRelation.Steward) && share.OwnerConsent is null;
            if (!asOwner && !(relation.HasFlag(RequestRelation.PlatformAuthority) && x.Actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer)))
            {
                throw new ForbiddenException("Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của cơ quan quản lý dữ liệu và của cơ quan quản lý nền tảng được cho ý kiến.");
            }

            x.Root.DecideOnward(shareId, asOwner, consent, x.Actor, x.Now);
            x.Notify(NotificationKinds.RequestUpdated, [x.Root.RequesterId]);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The file(s) for the requester, through the file store; each provision is logged.</summary>
    public Task ProvideFilesAsync(Guid id, Guid version, IReadOnlyList<StagedFile> staged, CancellationToken ct = default) =>
        _actions.ActAsync(id, version, RequestOperation.Provide, async x =>
        {
            if (staged.Count == 0)
            {
                throw new DomainException("Vui lòng chọn tệp dữ liệu cung cấp cho bên yêu cầu.");
            }

            FileCheck.CheckCount(staged.Count);
            await _files.AttachAsync(x.Db, FilesArea, x.Root.Id, null, staged, x.Actor, x.Now, ct);
            var names = string.Join(", ", staged.Select(f => f.FileName));
            x.Root.Provide($"Tệp: {names}", x.Actor, x.Now);
            x.Db.SharingLog.AddRange(SharingLogEntry.For(x.Root, SharingLogKind.Provided, SharingMethod.File, $"Cung cấp tệp {names}", x.Actor.Name, x.Now));
            x.Notify(NotificationKinds.RequestProvided, [x.Root.RequesterId]);
        }, ct);

    /// <summary>For the API method: a token expiring with the term, returned once in plain; only its hash is kept.</summary>
    public async Task<string> IssueTokenAsync(Guid id, Guid version, CancellationToken ct = default)
    {
        string? plain = null;
        await _actions.ActAsync(id, version, RequestOperation.Provide, x =>
        {
            if (x.Root.Method != RequestMethod.Api)
            {
                throw new DomainException("Yêu cầu này không khai thác qua API; hãy cung cấp tệp dữ liệu.");
            }

            var (row, token) = DataAccessToken.Issue(x.Root.Id, x.Root.AgreedTo!.Value, x.Now);
            plain = token;
            x.Db.DataAccessTokens.Add(row);
            x.Root.Provide($"Cấp mã truy cập API {row.Prefix}…, hết hạn {VietnamTime.Format(row.ExpiresOn)}", x.Actor, x.Now);
            x.Db.SharingLog.AddRange(SharingLogEntry.For(x.Root, SharingLogKind.Provided, SharingMethod.Api,
                $"Cấp mã truy cập API {row.Prefix}…, hết hạn {VietnamTime.Format(row.ExpiresOn)}", x.Actor.Name, x.Now));
            x.Notify(NotificationKinds.RequestProvided, [x.Root.RequesterId]);
            return Task.CompletedTask;
        }, ct);
        return plain!;
    }

    public async Task RevokeTokenAsync(Guid id, Guid tokenId, CancellationToken ct = default)
    {
        var actor = _services.CurrentUser.Require();
        await using var db = await _services.Db.CreateDbContextAsync(ct);
        var tree = await _services.Organization.TreeAsync(db, ct);
        var request = await db.DataRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(DataRequestAccess.NotFound);
        DataRequestAccess.Rule.Demand(DataRequestAccess.Rule.RelationOf(actor, request, tree), RequestOperation.Terminate, request);
        var token = await db.DataAccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.RequestId == id, ct) ?? throw new NotFoundException("Không tìm thấy mã truy cập.");
        token.Revoke(_services.Clock.GetUtcNow().UtcDateTime);
        await db.SaveAsAsync(actor, ct);

        // The request's other open pages stop showing the token as live.
        await _services.Publisher.PublishChangeAsync(new EntityChange(EntityChange.DataRequests, id), DataRequestAccess.Rule.Audience(request, tree), ct);
    }
}

/// <summary>
/// A refusal is answered in writing (Art. 27.2): the letter, drafted inside the refusal's save as an outgoing document of
/// the owner unit (so it is numbered when signed and issued), its PDF rendered by the host. Null when the owner unit has no
/// leader to sign it (the refusal stands; its letter still prints from the request's page).
/// </summary>
public interface IRefusalLetters
{
    Task<DraftedLetter?> DraftAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, DataRequest request, DateOnly today, DateTime nowUtc, CancellationToken ct);
}

/// <summary>A letter drafted in another module's save: its id, and who is told live once the save commits.</summary>
public sealed record DraftedLetter(Guid Id, EntityChange Change, IReadOnlyCollection<Guid> Audience);

/// <summary>One action on a data request, from the version the person saw; <see cref="DataRequestService.RunAsync"/> dispatches it.</summary>
public sealed record RequestAction(RequestOperation Operation, Guid Version, string? Text = null, Agreement? Agreement = null, Guid? UnitId = null,
    Guid? ItemId = null, bool? Consent = null, string? Party = null, IReadOnlyList<StagedFile>? Files = null,
    SharingMethod Channel = SharingMethod.EForm);
