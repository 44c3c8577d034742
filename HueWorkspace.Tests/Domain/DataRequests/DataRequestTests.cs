using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Domain.Datasets;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.DataRequests;

/// <summary>
/// The E-Form's workflow (Art. 27.2) on the demo organisation: VNPT Huế (vnpt.khaithac, an outside organisation) asks
/// Sở Y tế (yt.dulieu, its data officer) for a certified dataset; the answer is due in five working days, pauses excluded.
/// </summary>
public sealed class DataRequestTests : DatasetTest
{
    private DataRequestService Requests => TestWorkflow.Requests(Workflow, Files);

    private DataRequestQueries RequestQueries => new(Workflow);

    private async Task<Guid> CertifiedAsync(bool secret = false)
    {
        var id = await RegisteredAsync(input: Input(secret: secret, isPublic: !secret && true));
        var council = await OpenCouncilAsync(id);
        foreach (var member in UsualMembers)
        {
            await ReviewAsync(council, member, Vote.Agree);
        }

        await ActAsAsync("khcn.lanhdao");
        await Councils.CloseAsync(council);
        return id;
    }

    private static RequestForm Form(Guid? dataset, bool duties = true, DateOnly? from = null, DateOnly? to = null, RequestMethod method = RequestMethod.File) =>
        new("Đinh Công Tráng", "0234 3822 000", dataset is { } d ? [d] : null, null, null, "Tên cơ sở, địa chỉ", "Xây dựng bản đồ phủ sóng gần cơ sở y tế",
            "Quyết định 41/2024/QĐ-UBND, Điều 27", method, RequestFrequency.Once, from ?? Today, to ?? Today.AddMonths(6), false, duties);

    private async Task<Guid> VersionOfAsync(Guid id)
    {
        await using var db = Db.CreateDbContext();
        return await db.DataRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    private async Task<DataRequest> ReloadRequestAsync(Guid id)
    {
        await using var db = Db.CreateDbContext();
        return await db.DataRequests.AsNoTracking().Include(r => r.Events).Include(r => r.Errors).Include(r => r.Onward).AsSplitQuery().SingleAsync(r => r.Id == id);
    }

    private async Task<Guid> SubmittedAsync(Guid dataset, RequestForm? form = null)
    {
        await ActAsAsync("vnpt.khaithac");
        var id = await Requests.SaveDraftAsync(null, null, form ?? Form(dataset));
        await Requests.SubmitAsync(id, await VersionOfAsync(id));
        return id;
    }

    private static Agreement Terms(DateOnly from, DateOnly to) =>
        new(from, to, "Trụ sở VNPT Huế", "Chỉ dùng để lập bản đồ phủ sóng", "Không chuyển cho bên thứ ba", "Lưu trên máy chủ nội bộ, phân quyền",
            "Không tạo dữ liệu dẫn xuất công khai", "Xóa toàn bộ khi hết thời hạn");

    [Fact]
    public async Task ADraft_KeepsWhatWasTyped_AndSubmitting_NamesEachMissingField_WithoutChangingAnything()
    {
        var dataset = await CertifiedAsync();
        await ActAsAsync("vnpt.khaithac");
        var id = await Requests.SaveDraftAsync(null, null, Form(dataset, duties: false) with { Purpose = null });
        var draft = await ReloadRequestAsync(id);
        Assert.Equal((RequestState.Draft, "Tên cơ sở, địa chỉ", ""), (draft.State, draft.DataItems, draft.Purpose));

        var missing = await Assert.ThrowsAsync<FieldException>(async () => await Requests.SubmitAsync(id, await VersionOfAsync(id)));
        Assert.Equal("purpose", missing.Field);
        await Requests.SaveDraftAsync(id, await VersionOfAsync(id), Form(dataset, duties: false));
        var duties = await Assert.ThrowsAsync<FieldException>(async () => await Requests.SubmitAsync(id, await VersionOfAsync(id)));
        Assert.Equal("duties", duties.Field);
        Assert.Contains("Điều 28", duties.Message);
        await Requests.SaveDraftAsync(id, await VersionOfAsync(id), Form(dataset, from: Today.AddMonths(-3), to: Today.AddDays(-1)));
        Assert.Contains("đã qua", (await Assert.ThrowsAsync<FieldException>(async () => await Requests.SubmitAsync(id, await VersionOfAsync(id)))).Message);
        Assert.Equal((RequestState.Draft, (string?)null), ((await ReloadRequestAsync(id)).State, (await ReloadRequestAsync(id)).Number));

        // Nobody else sees a draft.
        await ActAsAsync("yt.dulieu");
        await Assert.ThrowsAsync<NotFoundException>(() => RequestQueries.GetAsync(id));
    }

    [Fact]
    public async Task Submitted_ItIsNumbered_DueInFiveWorkingDays_AndTheOwnersStewardsAreTold()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        var request = await ReloadRequestAsync(id);
        Assert.Equal(("YC-2026-0001", new DateOnly(2026, 12, 3), await DemoActors.UnitIdAsync(Db, "SYT")), (request.Number, request.DueOn!.Value, request.OwnerUnitId));
        var steward = await DemoActors.UserIdAsync(Db, "yt.dulieu");
        Assert.Contains(Publisher.Published, n => n.RecipientId == steward && n.Kind == NotificationKinds.RequestSubmitted);
    }

    /// <summary>Issue 24: a request is found by its number and by the organisation that asked or the unit that owns it, without diacritics.</summary>
    [Fact]
    public async Task ARequest_IsFoundByItsNumber_ByTheOrganisationThatAsked_AndByItsOwner()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        var number = (await ReloadRequestAsync(id)).Number!;
        async Task<bool> FoundAsync(string user, string search, RequestTab tab)
        {
            await ActAsAsync(user);
            return (await RequestQueries.ListAsync(new RequestListQuery(tab, Search: search, PageSize: 100))).Items.Any(r => r.Id == id);
        }

        foreach (var search in new[] { number, number[^4..], number.ToLowerInvariant(), "vien thong", "VNPT Huế", "so y te", "Sở Y tế" })
        {
            Assert.True(await FoundAsync("vnpt.khaithac", search, RequestTab.Mine), $"the requester does not find it by '{search}'");
            Assert.True(await FoundAsync("yt.dulieu", search, RequestTab.Queue), $"the steward does not find it by '{search}'");
        }

        Assert.False(await FoundAsync("yt.dulieu", "so tai chinh", RequestTab.Queue));
        Assert.False(await FoundAsync("yt.dulieu", number[..^1] + "9", RequestTab.Queue));
    }

    [Fact]
    public async Task AQuestion_StopsTheClock_AndTheAnswerStartsItAgainWithTheDaysThatWereLeft()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        FakeClock.Advance(TimeSpan.FromDays(4)); // Monday 30/11: Tue, Wed, Thu left.
        await ActAsAsync("yt.dulieu");
        await Requests.AskAsync(id, await VersionOfAsync(id), "Đề nghị nêu rõ phạm vi bản đồ.");
        Assert.Equal((RequestState.NeedsInfo, 3), ((await ReloadRequestAsync(id)).State, (await ReloadRequestAsync(id)).PausedWithDaysLeft!.Value));

        FakeClock.Advance(TimeSpan.FromDays(4)); // Friday 04/12.
        await ActAsAsync("vnpt.khaithac");
        await Requests.AnswerAsync(id, await VersionOfAsync(id), "Phạm vi: các phường trung tâm.");
        var answered = await ReloadRequestAsync(id);
        Assert.Equal((RequestState.UnderReview, new DateOnly(2026, 12, 9)), (answered.State, answered.DueOn!.Value));
    }

    [Fact]
    public async Task TheClock_SkipsTet()
    {
        FakeClock.SetUtcNow(new DateTimeOffset(2027, 2, 3, 2, 0, 0, TimeSpan.Zero)); // Wednesday 03/02/2027, the eve of the Tết holidays.
        var id = await SubmittedAsync(Guid.Empty, Form(null) with { DatasetIds = null, UncataloguedDescription = "Danh sách trạm y tế", OwnerUnitId = await DemoActors.UnitIdAsync(Db, "SYT") });
        Assert.Equal(new DateOnly(2027, 2, 17), (await ReloadRequestAsync(id)).DueOn);
    }

    [Fact]
    public async Task Approving_RecordsTheAgreementWithItsTerm_ANoTermOrAPastTermIsRefused_AndTheRequesterIsTold()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        await ActAsAsync("yt.dulieu");
        Assert.Equal("term", (await Assert.ThrowsAsync<FieldException>(async () => await Requests.ApproveAsync(id, await VersionOfAsync(id), Terms(Today, Today) with { To = null }))).Field);
        Assert.Contains("đã qua", (await Assert.ThrowsAsync<FieldException>(async () => await Requests.ApproveAsync(id, await VersionOfAsync(id), Terms(Today.AddDays(-10), Today.AddDays(-1))))).Message);
        Assert.Contains("xóa dữ liệu", (await Assert.ThrowsAsync<DomainException>(async () => await Requests.ApproveAsync(id, await VersionOfAsync(id), Terms(Today, Today.AddMonths(3)) with { Deletion = "" }))).Message);
        Assert.Equal(RequestState.Submitted, (await ReloadRequestAsync(id)).State);

        await Requests.ApproveAsync(id, await VersionOfAsync(id), Terms(Today, Today.AddMonths(3)));
        var approved = await ReloadRequestAsync(id);
        Assert.Equal((RequestState.Approved, Today, Today.AddMonths(3), "Xóa toàn bộ khi hết thời hạn"), (approved.State, approved.AgreedFrom!.Value, approved.AgreedTo!.Value, approved.Deletion));
        var requester = await DemoActors.UserIdAsync(Db, "vnpt.khaithac");
        Assert.Contains(Publisher.Published, n => n.RecipientId == requester && n.Kind == NotificationKinds.RequestApproved);
    }

    [Fact]
    public async Task ARefusal_NeedsAWrittenReason_AndThePlatformAuthorityIsTold()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        await ActAsAsync("yt.dulieu");
        Assert.Contains("lý do từ chối", (await Assert.ThrowsAsync<DomainException>(async () => await Requests.RefuseAsync(id, await VersionOfAsync(id), " "))).Message);
        await Requests.RefuseAsync(id, await VersionOfAsync(id), "Dữ liệu có thông tin cá nhân của người bệnh, không đủ căn cứ chia sẻ.");
        Assert.Equal(RequestState.Refused, (await ReloadRequestAsync(id)).State);
        var authority = await DemoActors.UserIdAsync(Db, "khcn.dulieu");
        Assert.Contains(Publisher.Published, n => n.RecipientId == authority && n.Kind == NotificationKinds.RequestRefused);
    }

    [Fact]
    public async Task TheAuditTrail_ReadsAsPeopleSpeak_TheRequestByItsNumber_TheStepInVietnamese_NoIds()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        await ActAsAsync("yt.dulieu");
        await Requests.StartReviewAsync(id, await VersionOfAsync(id));
        var number = (await ReloadRequestAsync(id)).Number!;

        await ActAsAsync("admin");
        var audit = new HueWorkspace.Domain.Auditing.AuditService(Db, User);
        // Found by its number typed in lower case, and by its kind; the person's unit beside their name.
        var lines = (await audit.LinesAsync(new HueWorkspace.Domain.Auditing.AuditFilter(Record: number.ToLowerInvariant(), RecordType: nameof(DataRequest)), 0, 50)).Items;
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(("Yêu cầu khai thác dữ liệu", number), (l.RecordKind, l.Record)));
        var review = Assert.Single(lines, l => l.Summary == "Đã gửi → Đang xem xét");
        Assert.Equal(("Mai Xuân Phúc", "Sở Y tế"), (review.ActorName, review.ActorUnitName));
        Assert.Contains(review.Changes, c => c.Field == "Trạng thái" && c.Old == "Đã gửi" && c.New == "Đang xem xét");
        var guid = new System.Text.RegularExpressions.Regex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        Assert.All(lines.SelectMany(l => l.Changes), c => Assert.False(guid.IsMatch($"{c.Old} {c.New}"), $"{c.Field}: {c.Old} → {c.New}"));
        Assert.All(lines.SelectMany(l => l.Changes).Where(c => c.Field == "Gửi lúc"), c => Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", c.New));

        // The period and the person narrow it on the server; nobody else reads it.
        Assert.Empty((await audit.LinesAsync(new HueWorkspace.Domain.Auditing.AuditFilter(From: Today.AddDays(1), Record: number), 0, 50)).Items);
        Assert.All((await audit.LinesAsync(new HueWorkspace.Domain.Auditing.AuditFilter(Actor: "mai xuan", Record: number), 0, 50)).Items, l => Assert.Equal("Mai Xuân Phúc", l.ActorName));
        await ActAsAsync("yt.dulieu");
        await Assert.ThrowsAsync<ForbiddenException>(() => audit.LinesAsync(new HueWorkspace.Domain.Auditing.AuditFilter(), 0, 5));
    }

    [Fact]
    public async Task TheSharingLog_KeepsTheRequestWithItsChannel_AndTheRefusalWithItsReasons()
    {
        var dataset = await CertifiedAsync();
        var id = await SubmittedAsync(dataset);
        await ActAsAsync("yt.dulieu");
        await Requests.RefuseAsync(id, await VersionOfAsync(id), "Dữ liệu có thông tin cá nhân của người bệnh.");

        var (log, _) = await RequestQueries.SharingLogAsync(new SharingLogQuery(DatasetId: dataset));
        var requested = Assert.Single(log, e => e.Kind == SharingLogKind.Requested);
        Assert.Equal(SharingMethod.EForm, requested.Method);
        Assert.Equal("Đinh Công Tráng", requested.PersonName);
        var refused = Assert.Single(log, e => e.Kind == SharingLogKind.Refused);
        Assert.Equal("Từ chối: Dữ liệu có thông tin cá nhân của người bệnh.", refused.What);
        Assert.Equal("Mai Xuân Phúc", refused.PersonName);
        Assert.DoesNotContain(log, e => e.Kind is SharingLogKind.Provided or SharingLogKind.Downloaded or SharingLogKind.ApiRead);
    }

    [Fact]
    public async Task ARequest_MayNameSeveralDatasetsOfOneOwner_EachDatasetsLogShowsTheProvision_ButDatasetsOfTwoOwnersAreRefused()
    {
        var clinics = await RegisteredAsync();
        var pharmacies = await RegisteredAsync(input: Input("Nhà thuốc đạt chuẩn thực hành tốt", description: "Các nhà thuốc GPP đang hoạt động."));
        var stations = await RegisteredAsync("khcn.dulieu", Input("Trạm quan trắc môi trường tự động", description: "Vị trí và thông số các trạm quan trắc."));

        await ActAsAsync("ioc.chuyenvien");
        var twoOwners = await Assert.ThrowsAsync<FieldException>(() => Requests.SaveDraftAsync(null, null, Form(null) with { DatasetIds = [clinics, stations] }));
        Assert.Equal("dataset", twoOwners.Field);
        Assert.Contains("cơ quan quản lý khác nhau", twoOwners.Message);
        await using (var db = Db.CreateDbContext())
        {
            Assert.False(await db.DataRequests.AnyAsync());
        }

        var id = await Requests.SaveDraftAsync(null, null, Form(null) with { DatasetIds = [clinics, pharmacies] });
        await Requests.SubmitAsync(id, await VersionOfAsync(id));
        var request = await ReloadRequestAsync(id);
        Assert.Equal([clinics, pharmacies], request.DatasetIds);
        Assert.Equal(await DemoActors.UnitIdAsync(Db, "SYT"), request.OwnerUnitId);
        Assert.Equal("Cơ sở khám bệnh, chữa bệnh trên địa bàn thành phố; Nhà thuốc đạt chuẩn thực hành tốt", request.DatasetName);

        await ActAsAsync("yt.dulieu");
        await Requests.ApproveAsync(id, await VersionOfAsync(id), Terms(Today, Today.AddDays(10)));
        await Requests.ProvideFilesAsync(id, await VersionOfAsync(id), [await StageAsync("y-te.csv", System.Text.Encoding.UTF8.GetBytes("ten\nA\n"))]);
        foreach (var dataset in new[] { clinics, pharmacies })
        {
            // Each dataset's log holds the whole sharing (Nghị định 47 Art. 45): the request, the approval, the provision.
            var (log, _) = await RequestQueries.SharingLogAsync(new SharingLogQuery(DatasetId: dataset));
            Assert.Equal([SharingLogKind.Requested, SharingLogKind.Approved, SharingLogKind.Provided], log.Select(e => e.Kind).Order());
            Assert.Equal("Cung cấp tệp y-te.csv", Assert.Single(log, e => e.Kind == SharingLogKind.Provided).What);
            Assert.All(log, e => Assert.Equal(request.Number, e.RequestNumber));
        }
    }

    [Fact]
    public async Task AFile_IsDownloadedOnlyByTheRequester_WithinTheTerm_AndEachDownloadIsLogged()
    {
        var dataset = await CertifiedAsync();
        var id = await SubmittedAsync(dataset);
        await ActAsAsync("yt.dulieu");
        await Requests.ApproveAsync(id, await VersionOfAsync(id), Terms(Today, Today.AddDays(10)));
        var csv = await StageAsync("co-so.csv", System.Text.Encoding.UTF8.GetBytes("ten,dia_chi\nBệnh viện Trung ương Huế,16 Lê Lợi\n"));
        await Requests.ProvideFilesAsync(id, await VersionOfAsync(id), [csv]);
        var file = Assert.Single((await RequestQueries.GetAsync(id)).Files);

        await ActAsAsync("vnpt.khaithac");
        Assert.Equal(file.Id, (await RequestQueries.DownloadAsync(id, file.Id)).Id);
        await ActAsAsync("dhkh.khaithac");
        await Assert.ThrowsAsync<NotFoundException>(() => RequestQueries.DownloadAsync(id, file.Id));

        FakeClock.Advance(TimeSpan.FromDays(11));
        await ActAsAsync("vnpt.khaithac");
        Assert.Contains("thời hạn", (await Assert.ThrowsAsync<ForbiddenException>(() => RequestQueries.DownloadAsync(id, file.Id))).Message);

        await ActAsAsync("khcn.dulieu");
        var (log, _) = await RequestQueries.SharingLogAsync(new SharingLogQuery(DatasetId: dataset));
        var steps = log.OrderBy(e => e.Kind).ToList();
        Assert.Equal([SharingLogKind.Requested, SharingLogKind.Approved, SharingLogKind.Provided, SharingLogKind.Downloaded], steps.Select(e => e.Kind));
        Assert.Equal([SharingMethod.EForm, SharingMethod.EForm, SharingMethod.File, SharingMethod.File], steps.Select(e => e.Method));
        var download = steps[3];
        Assert.Equal("Tải tệp co-so.csv", download.What);
        Assert.Equal("Đinh Công Tráng", download.PersonName);
        Assert.Equal("Mai Xuân Phúc", steps[2].PersonName);
        Assert.StartsWith("Đồng ý cung cấp", steps[1].What);
        Assert.All(steps, e => Assert.Matches(@"^YC-\d{4}-\d{4}$", e.RequestNumber));
    }

    [Fact]
    public async Task AnApiToken_IsShownOnce_KeptAsAHash_ReadsOnlyItsRequestWithinTheTerm_AndExpiresWithIt()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        await ActAsAsync("vnpt.khaithac");
        var apiId = await Requests.SaveDraftAsync(null, null, Form(await DatasetIdAsync(), method: RequestMethod.Api));
        await Requests.SubmitAsync(apiId, await VersionOfAsync(apiId));
        await ActAsAsync("yt.dulieu");
        await Requests.ApproveAsync(apiId, await VersionOfAsync(apiId), Terms(Today, Today.AddDays(5)));
        var token = await Requests.IssueTokenAsync(apiId, await VersionOfAsync(apiId));
        await using (var db = Db.CreateDbContext())
        {
            var row = await db.DataAccessTokens.SingleAsync(t => t.RequestId == apiId);
            Assert.Equal(DataAccessToken.HashOf(token), row.Hash);
            Assert.DoesNotContain(token, row.Hash + row.Prefix + "x");
        }

        Assert.NotNull(await RequestQueries.ReadSharedAsync(apiId, token));
        Assert.Null(await RequestQueries.ReadSharedAsync(id, token));
        Assert.Null(await RequestQueries.ReadSharedAsync(apiId, token + "x"));
        var job = new DataRequestJob(Db, Publisher, FakeClock, new());
        FakeClock.Advance(TimeSpan.FromDays(6));
        Assert.Null(await RequestQueries.ReadSharedAsync(apiId, token));
        Assert.True(await job.RunOnceAsync() >= 1);
        Assert.Equal(RequestState.Expired, (await ReloadRequestAsync(apiId)).State);
    }

    private async Task<Guid> DatasetIdAsync()
    {
        await using var db = Db.CreateDbContext();
        return await db.Datasets.Where(d => d.State == DatasetState.Certified).Select(d => d.Id).FirstAsync();
    }

    [Fact]
    public async Task OneOrganisation_NeverSeesAnothersRequests_AndAnOutsiderCannotAskForAStateSecret()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        await ActAsAsync("dhkh.khaithac");
        await Assert.ThrowsAsync<NotFoundException>(() => RequestQueries.GetAsync(id));
        Assert.Empty((await RequestQueries.ListAsync(new RequestListQuery())).Items);
        await Assert.ThrowsAsync<NotFoundException>(async () => await Requests.AnswerAsync(id, await VersionOfAsync(id), "x"));
        foreach (var (who, sees) in new[] { ("yt.dulieu", true), ("khcn.chuyenvien", true), ("yt.chuyenvien", false), ("tc.lanhdao", false) })
        {
            await ActAsAsync(who);
            Assert.Equal(sees, (await RequestQueries.ListAsync(new RequestListQuery())).Items.Any(r => r.Id == id));
        }

        // Live: every change reaches the asking organisation and the owner's stewards, never another organisation.
        var vnpt = await DemoActors.UserIdAsync(Db, "vnpt.khaithac");
        var dhkh = await DemoActors.UserIdAsync(Db, "dhkh.khaithac");
        var pushes = Publisher.Changes.Where(c => c.Change.Id == id).ToList();
        Assert.NotEmpty(pushes);
        Assert.All(pushes, c => Assert.DoesNotContain(dhkh, c.Audience));
        Assert.Contains(pushes, c => c.Audience.Contains(vnpt) && c.Audience.Contains(DemoActors.UserIdAsync(Db, "yt.dulieu").Result));

        var secret = await RegisteredAsync("khcn.dulieu", Input(name: "Sự cố an toàn thông tin", secret: true, isPublic: false));
        await ActAsAsync("vnpt.khaithac");
        Assert.Equal("dataset", (await Assert.ThrowsAsync<FieldException>(() => Requests.SaveDraftAsync(null, null, Form(secret)))).Field);
    }

    [Fact]
    public async Task AnOverdueRequest_IsEscalatedOnce_ToTheOwnersLeaderAndThePlatformAuthority_AndTheStewardRemindedTheDayBefore()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        var job = new DataRequestJob(Db, Publisher, FakeClock, new());
        FakeClock.Advance(TimeSpan.FromDays(6)); // Wednesday 02/12: due tomorrow.
        Assert.Equal(1, await job.RunOnceAsync());
        Assert.Equal(0, await job.RunOnceAsync());
        var steward = await DemoActors.UserIdAsync(Db, "yt.dulieu");
        Assert.Single(Publisher.Published, n => n.RecipientId == steward && n.Kind == NotificationKinds.RequestDueSoon);
        FakeClock.Advance(TimeSpan.FromDays(2)); // Friday 04/12: overdue.
        Assert.Equal(1, await job.RunOnceAsync());
        Assert.Equal(0, await job.RunOnceAsync());
        var authority = await DemoActors.UserIdAsync(Db, "khcn.dulieu");
        Assert.Single(Publisher.Published, n => n.RecipientId == authority && n.Kind == NotificationKinds.RequestOverdue);
        await ActAsAsync("yt.dulieu");
        Assert.True((await RequestQueries.GetAsync(id)).Overdue);
    }

    /// <summary>Issue 24: the list names the organisation that asked (the person beneath it), and a late answer is marked late there too.</summary>
    [Fact]
    public async Task TheList_NamesTheOrganisationThatAsked_AndMarksALateAnswer()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        await ActAsAsync("yt.dulieu");
        async Task<RequestRow> RowAsync() => (await RequestQueries.ListAsync(new RequestListQuery(RequestTab.Queue, PageSize: 100))).Items.Single(r => r.Id == id);
        var row = await RowAsync();
        Assert.Equal(("Viễn thông Huế (VNPT Huế)", "Đinh Công Tráng", false), (row.RequesterOrganisation, row.RequesterName, row.IsOverdue));
        FakeClock.Advance(TimeSpan.FromDays(8)); // past its five working days
        Assert.True((await RowAsync()).IsOverdue);
        Assert.True((await RequestQueries.GetAsync(id)).Overdue);
    }

    /// <summary>Issue 24: each person's request list opens on their own queue, and an outside organisation has no queue tab.</summary>
    [Theory]
    [InlineData("yt.dulieu", RequestTab.Queue, true)]
    [InlineData("khcn.lanhdao", RequestTab.Queue, true)]
    [InlineData("chutich", RequestTab.All, true)]
    [InlineData("khcn.chuyenvien", RequestTab.Mine, true)]
    [InlineData("vnpt.khaithac", RequestTab.Mine, false)]
    public async Task EachPerson_OpensOnTheirOwnTab(string user, RequestTab opens, bool hasQueue)
    {
        var actor = await DemoActors.ForAsync(Db, user);
        Assert.Equal(opens, RequestTabs.DefaultFor(actor));
        Assert.Equal(hasQueue, RequestTabs.For(actor).Contains(RequestTab.Queue));
        Assert.Contains(opens, RequestTabs.For(actor));
    }

    [Fact]
    public async Task ATransfer_MovesTheRequestToTheRightOwner_KeepingItsHistory()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        await ActAsAsync("khcn.dulieu");
        await Requests.TransferAsync(id, await VersionOfAsync(id), await DemoActors.UnitIdAsync(Db, "IOC"), "Dữ liệu camera do IOC quản lý.");
        var moved = await ReloadRequestAsync(id);
        Assert.Equal((await DemoActors.UnitIdAsync(Db, "IOC"), RequestState.Submitted), (moved.OwnerUnitId, moved.State));
        Assert.Equal([DataRequestEventKind.Submitted, DataRequestEventKind.Transferred], moved.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => e.Kind));
        await ActAsAsync("yt.dulieu");
        await Assert.ThrowsAsync<NotFoundException>(() => RequestQueries.GetAsync(id));
        await ActAsAsync("ioc.chuyenvien");
        Assert.Contains(RequestOperation.Approve, (await RequestQueries.GetAsync(id)).Allowed);
    }

    private async Task<Guid> ProvidedAsync()
    {
        var id = await SubmittedAsync(await CertifiedAsync());
        await ActAsAsync("yt.dulieu");
        await Requests.ApproveAsync(id, await VersionOfAsync(id), Terms(Today, Today.AddMonths(2)));
        var csv = await StageAsync("co-so.csv", System.Text.Encoding.UTF8.GetBytes("ten\nBệnh viện\n"));
        await Requests.ProvideFilesAsync(id, await VersionOfAsync(id), [csv]);
        return id;
    }

    [Fact]
    public async Task AnErrorInTheDataReceived_IsReportedByTheRequester_AndHandledByTheOwner()
    {
        var id = await ProvidedAsync();
        await ActAsAsync("vnpt.khaithac");
        await Requests.ReportErrorAsync(id, await VersionOfAsync(id), "Địa chỉ của Bệnh viện Trung ương Huế bị sai số nhà.");
        var report = Assert.Single((await ReloadRequestAsync(id)).Errors);
        Assert.True(report.IsOpen);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Requests.ResolveErrorAsync(id, await VersionOfAsync(id), report.Id, "Tự sửa."));

        await ActAsAsync("yt.dulieu");
        await Requests.ResolveErrorAsync(id, await VersionOfAsync(id), report.Id, "Đã sửa địa chỉ, cung cấp lại tệp.");
        var resolved = Assert.Single((await ReloadRequestAsync(id)).Errors);
        Assert.Equal(("Đã sửa địa chỉ, cung cấp lại tệp.", "Mai Xuân Phúc"), (resolved.Resolution, resolved.ResolvedByName));
        Assert.Contains("đã được xử lý", (await Assert.ThrowsAsync<DomainException>(async () => await Requests.ResolveErrorAsync(id, await VersionOfAsync(id), report.Id, "Lần nữa."))).Message);
    }

    [Fact]
    public async Task OnwardSharing_NeedsTheConsentOfTheOwnerAndOfThePlatformAuthority_EachRecorded()
    {
        var id = await ProvidedAsync();
        await ActAsAsync("vnpt.khaithac");
        await Requests.AskOnwardAsync(id, await VersionOfAsync(id), "Công ty Bản đồ số Miền Trung", "Cùng xây dựng bản đồ phủ sóng");
        var share = Assert.Single((await ReloadRequestAsync(id)).Onward);
        Assert.Null(share.Allowed);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Requests.DecideOnwardAsync(id, await VersionOfAsync(id), share.Id, true));

        await ActAsAsync("yt.dulieu");
        await Requests.DecideOnwardAsync(id, await VersionOfAsync(id), share.Id, true);
        Assert.Null(Assert.Single((await ReloadRequestAsync(id)).Onward).Allowed);
        await ActAsAsync("khcn.chuyenvien");
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Requests.DecideOnwardAsync(id, await VersionOfAsync(id), share.Id, true));
        await ActAsAsync("khcn.dulieu");
        await Requests.DecideOnwardAsync(id, await VersionOfAsync(id), share.Id, true);
        var decided = Assert.Single((await ReloadRequestAsync(id)).Onward);
        Assert.Equal((true, "Mai Xuân Phúc", "Trương Công Định"), (decided.Allowed, decided.OwnerByName, decided.AuthorityByName));
        Assert.Contains("đã cho ý kiến", (await Assert.ThrowsAsync<DomainException>(async () => await Requests.DecideOnwardAsync(id, await VersionOfAsync(id), share.Id, false))).Message);
    }

    /// <summary>
    /// The four users of the requests' access rule agree for every demo person: the list, the record by id, the push
    /// audience, and the city's leaders — whom the dashboard counts every unit's requests for (Art. 18.2) — read every
    /// request sent, never a draft; nobody sees everything or nothing by accident.
    /// </summary>
    [Fact]
    public async Task ForEveryDemoPerson_TheList_TheRecordById_AndThePushAudience_NameTheSameRequests_AndTheCitysLeadersReadEverySentOne()
    {
        var dataset = await CertifiedAsync();
        var sent = await SubmittedAsync(dataset);
        await ActAsAsync("dhkh.khaithac");
        var draft = await Requests.SaveDraftAsync(null, null, Form(dataset));

        await using var db = Db.CreateDbContext();
        var tree = await new HueWorkspace.Domain.Organization.OrganizationDirectory().TreeAsync(db, default);
        var requests = await db.DataRequests.AsNoTracking().ToListAsync();
        var everyone = requests.Select(r => r.Id).ToHashSet();
        var someButNotAll = false;
        foreach (var person in await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null).Select(p => p.UserName!).ToListAsync())
        {
            var actor = await ActAsAsync(person);
            var listed = actor.IsAssigned ? (await RequestQueries.ListAsync(new RequestListQuery(PageSize: 100))).Items.Select(r => r.Id).ToHashSet() : [];
            var byId = new HashSet<Guid>();
            foreach (var r in requests)
            {
                try
                {
                    await RequestQueries.GetAsync(r.Id);
                    byId.Add(r.Id);
                }
                catch (DomainException)
                {
                    // Not found, or not signed in with an assignment: the person may not see it.
                }
            }

            var told = requests.Where(r => actor.IsAssigned && DataRequestAccess.Rule.Audience(r, tree).Contains(actor.UserId!.Value)).Select(r => r.Id).ToHashSet();
            Assert.True(listed.SetEquals(byId), $"{person}: list and record disagree");
            Assert.True(byId.SetEquals(told), $"{person}: record and push audience disagree");
            someButNotAll |= byId.Count > 0 && byId.Count < everyone.Count;
            if (actor.IsInRole(HueWorkspace.Domain.Organization.Role.CityLeader))
            {
                Assert.Contains(sent, byId);
                Assert.DoesNotContain(draft, byId);
            }
        }

        Assert.True(someButNotAll, "the demo has people who see some requests but not all");
    }
}
