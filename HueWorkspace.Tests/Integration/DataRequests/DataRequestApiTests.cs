using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Integration.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.DataRequests;

/// <summary>
/// Data requests through the HTTP pipeline: the provided file downloads only for the requester (logged), the papers print,
/// and the token API answers 401 to anything but its own valid token and 429 past its rate.
/// </summary>
public sealed class DataRequestApiTests(DataRequestApiTests.Factory factory) : IClassFixture<DataRequestApiTests.Factory>
{
    public sealed class Factory : SignedInFactory
    {
        public Factory() => DemoDatasets = true;
    }

    private IDbContextFactory<WorkspaceDbContext> Db => factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    private async Task<(DataRequestService Service, FileService Files)> AsAsync(string user)
    {
        var current = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, user) };
        var services = factory.Services;
        var files = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), current);
        return (HueWorkspace.Tests.Builders.TestWorkflow.Requests(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, current, services.GetRequiredService<INotificationPublisher>(), TimeProvider.System), files), files);
    }

    private async Task<Guid> VersionAsync(Guid id)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.DataRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    /// <summary>VNPT Huế asks Sở Y tế for its published dataset; the steward agrees for a month.</summary>
    private async Task<Guid> ApprovedAsync(RequestMethod method)
    {
        Guid dataset;
        await using (var db = await Db.CreateDbContextAsync())
        {
            dataset = await db.Datasets.Where(d => d.State == DatasetState.Published && d.Name.StartsWith("Cơ sở khám")).Select(d => d.Id).SingleAsync();
        }

        var (requester, _) = await AsAsync("vnpt.khaithac");
        var id = await requester.SaveDraftAsync(null, null, new RequestForm("Đinh Công Tráng", null, [dataset], null, null, "Tên, địa chỉ", "Bản đồ phủ sóng", "QĐ 41/2024, Điều 27",
            method, RequestFrequency.Once, TaskApi.Today, TaskApi.Today.AddMonths(1), false, true));
        await requester.SubmitAsync(id, await VersionAsync(id));
        var (steward, _) = await AsAsync("yt.dulieu");
        await steward.ApproveAsync(id, await VersionAsync(id), new Agreement(TaskApi.Today, TaskApi.Today.AddMonths(1), "VNPT Huế", "Lập bản đồ", null, "Phân quyền", "Không công khai", "Xóa khi hết hạn"));
        return id;
    }

    [Fact]
    public async Task TheProvidedFile_DownloadsForTheRequesterOnly_AndEachDownloadIsLogged_AndThePapersPrint()
    {
        var id = await ApprovedAsync(RequestMethod.File);
        var (steward, files) = await AsAsync("yt.dulieu");
        var csv = Encoding.UTF8.GetBytes("ten,dia_chi\nTrạm y tế Phú Xuân,12 Đinh Tiên Hoàng\n");
        await steward.ProvideFilesAsync(id, await VersionAsync(id), [await files.StageAsync("tram-y-te.csv", csv.Length, new MemoryStream(csv))]);
        Guid fileId;
        await using (var db = await Db.CreateDbContextAsync())
        {
            fileId = await db.StoredFiles.Where(f => f.RecordId == id).Select(f => f.Id).SingleAsync();
        }

        var requester = await factory.ClientAsync("vnpt.khaithac");
        Assert.Equal(csv, await requester.Http.GetByteArrayAsync($"/data-requests/{id}/files/{fileId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync("dhkh.khaithac")).Http.GetAsync($"/data-requests/{id}/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync("tc.lanhdao")).Http.GetAsync($"/data-requests/{id}/files/{fileId}")).StatusCode);

        // Downloads are rate-limited per person, like the API's reads.
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= HueWorkspace.Web.Features.DataRequests.DataRequestsExtensions.DownloadsPerMinute; i++)
        {
            statuses.Add((await requester.Http.GetAsync($"/data-requests/{id}/files/{fileId}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[^2]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        await using (var db = await Db.CreateDbContextAsync())
        {
            Assert.Contains(await db.SharingLog.Where(e => e.RequestId == id).Select(e => e.What).ToListAsync(), w => w == "Tải tệp tram-y-te.csv");
        }

        // The log: the platform authority's export lists it; another outside organisation's does not.
        string Cells(byte[] xlsx)
        {
            using var sheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
            return string.Join(" ", sheet.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "", sheet.WorkbookPart.WorksheetParts.Single().Worksheet.InnerText);
        }

        // The request is named by its number, as people name it; no id is printed for people to read.
        string number;
        await using (var db = await Db.CreateDbContextAsync())
        {
            number = (await db.DataRequests.SingleAsync(r => r.Id == id)).Number!;
        }

        var authorityLog = Cells(await (await factory.ClientAsync("khcn.dulieu")).Http.GetByteArrayAsync("/data-requests/log.xlsx"));
        Assert.Contains(number, authorityLog);
        Assert.DoesNotMatch(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", authorityLog);
        Assert.Contains(number, Cells(await requester.Http.GetByteArrayAsync("/data-requests/log.xlsx")));
        Assert.DoesNotContain(number, Cells(await (await factory.ClientAsync("dhkh.khaithac")).Http.GetByteArrayAsync("/data-requests/log.xlsx")));

        using var agreement = UglyToad.PdfPig.PdfDocument.Open(await requester.Http.GetByteArrayAsync($"/data-requests/{id}/thoa-thuan.pdf"));
        var text = string.Join(" ", agreement.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("THỎA THUẬN CHIA SẺ DỮ LIỆU", text);
        Assert.Contains("Xóa khi hết hạn", text);
        // The footer names the request by its number and a short code, never by its internal id.
        Assert.Contains(number, text);
        Assert.Contains(HueWorkspace.Web.Reports.PaperFooter.Code(id), text);
        Assert.DoesNotContain(id.ToString(), text);
    }

    [Fact]
    public async Task TheJsonApi_CarriesARequestFromTheFormToTheAgreement_WithTheSameRules_AndNoOrganisationReachesAnothers()
    {
        Guid dataset;
        await using (var db = await Db.CreateDbContextAsync())
        {
            dataset = await db.Datasets.Where(d => d.State == DatasetState.Published && d.Name.StartsWith("Cơ sở khám")).Select(d => d.Id).SingleAsync();
        }

        var requester = await factory.ClientAsync("vnpt.khaithac");
        var steward = await factory.ClientAsync("yt.dulieu");
        var other = await factory.ClientAsync("dhkh.khaithac");
        var created = await requester.Http.PostAsJsonAsync("/api/data-requests", new
        {
            contactName = "Đinh Công Tráng", contactDetails = (string?)null, uncataloguedDescription = (string?)null, ownerUnitId = (Guid?)null, datasetIds = new[] { dataset }, dataItems = "Tên, địa chỉ", purpose = "Bản đồ phủ sóng qua API", legalBasis = "QĐ 41/2024, Điều 27",
            method = "Api", frequency = "Once", from = TaskApi.Today, to = TaskApi.Today.AddMonths(2), personalData = false, dutiesAccepted = false,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        async Task<HttpResponseMessage> ActAsync(SignInClient client, string operation, object body) =>
            await client.Http.PostAsJsonAsync($"/api/data-requests/{id}/actions/{operation}", body);

        async Task<JsonElement> GetAsync(SignInClient client) => await client.Http.GetFromJsonAsync<JsonElement>($"/api/data-requests/{id}");

        // The duties are not accepted: sending says so and changes nothing.
        var unsent = await ActAsync(requester, "Submit", new { version = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.BadRequest, unsent.StatusCode);
        Assert.Contains("Điều 28", (await unsent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("Draft", (await GetAsync(requester)).GetProperty("state").GetString());

        var form = await requester.Http.PutAsJsonAsync($"/api/data-requests/{id}?version={await VersionAsync(id)}", new
        {
            contactName = "Đinh Công Tráng", contactDetails = (string?)null, uncataloguedDescription = (string?)null, ownerUnitId = (Guid?)null, datasetIds = new[] { dataset }, dataItems = "Tên, địa chỉ", purpose = "Bản đồ phủ sóng qua API", legalBasis = "QĐ 41/2024, Điều 27",
            method = "Api", frequency = "Once", from = TaskApi.Today, to = TaskApi.Today.AddMonths(2), personalData = false, dutiesAccepted = true,
        });
        Assert.Equal(HttpStatusCode.NoContent, form.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(requester, "Submit", new { version = await VersionAsync(id) })).StatusCode);
        await using (var db = await Db.CreateDbContextAsync())
        {
            // The sharing log keeps how the request came (Nghị định 47 Art. 45): through the API, not the E-Form page.
            var requested = await db.SharingLog.SingleAsync(e => e.RequestId == id && e.Kind == SharingLogKind.Requested);
            Assert.Equal(SharingMethod.Api, requested.Method);
        }

        // Another organisation reaches it neither by id nor in its list; the requester cannot answer its own request.
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/data-requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(other, "Comment", new { version = await VersionAsync(id), text = "Xem thử" })).StatusCode);
        var list = await other.Http.GetFromJsonAsync<JsonElement>("/api/data-requests?tab=All");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Contains((await steward.Http.GetFromJsonAsync<JsonElement>("/api/data-requests?tab=Queue")).GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);

        // The question pauses the clock; the answer resumes it.
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(steward, "AskQuestion", new { version = await VersionAsync(id), text = "Hệ thống nhận dữ liệu đặt ở đâu?" })).StatusCode);
        Assert.Equal("NeedsInfo", (await GetAsync(requester)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(requester, "Answer", new { version = await VersionAsync(id), text = "Trung tâm dữ liệu VNPT Huế" })).StatusCode);

        // An agreement without its term, or with one already past, is refused; the stale version is a conflict.
        var terms = new { placeOfUse = "VNPT Huế", processing = "Lập bản đồ", conditions = (string?)null, security = "Phân quyền", storage = "Không công khai", deletion = "Xóa khi hết hạn" };
        var noTerm = await ActAsync(steward, "Approve", new
        {
            version = await VersionAsync(id),
            agreement = new { from = (DateOnly?)null, to = (DateOnly?)null, terms.placeOfUse, terms.processing, terms.conditions, terms.security, terms.storage, terms.deletion },
        });
        Assert.Equal(HttpStatusCode.BadRequest, noTerm.StatusCode);
        Assert.Contains("thời hạn", (await noTerm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var past = new { from = TaskApi.Today.AddDays(-20), to = TaskApi.Today.AddDays(-1), terms.placeOfUse, terms.processing, terms.conditions, terms.security, terms.storage, terms.deletion };
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(steward, "Approve", new { version = await VersionAsync(id), agreement = past })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(steward, "Comment", new { version = Guid.NewGuid(), text = "Ý kiến" })).StatusCode);
        Assert.Equal("UnderReview", (await GetAsync(steward)).GetProperty("state").GetString());

        var term = new { from = TaskApi.Today, to = TaskApi.Today.AddMonths(1), terms.placeOfUse, terms.processing, terms.conditions, terms.security, terms.storage, terms.deletion };
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(requester, "Approve", new { version = await VersionAsync(id), agreement = term })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(steward, "Approve", new { version = await VersionAsync(id), agreement = term })).StatusCode);
        var provided = await ActAsync(steward, "Provide", new { version = await VersionAsync(id) });
        var token = (await provided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var read = new HttpRequestMessage(HttpMethod.Get, $"/api/shared/{id}");
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateDefaultClient(new Uri("http://localhost/")).SendAsync(read)).StatusCode);
        var detail = await GetAsync(requester);
        Assert.Equal("Provided", detail.GetProperty("state").GetString());
        Assert.Equal(TaskApi.Today.AddMonths(1).ToString("yyyy-MM-dd"), detail.GetProperty("agreedTo").GetString());
    }

    [Fact]
    public async Task TheTokenApi_ReadsOnlyWithItsOwnValidToken_AndLimitsTheRate()
    {
        var id = await ApprovedAsync(RequestMethod.Api);
        var (steward, _) = await AsAsync("yt.dulieu");
        var token = await steward.IssueTokenAsync(id, await VersionAsync(id));
        var anonymous = factory.CreateDefaultClient(new Uri("http://localhost/"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/shared/{id}")).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Get, $"/api/shared/{id}");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token + "x");
        var refused = await anonymous.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("hết thời hạn", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < HueWorkspace.Web.Features.DataRequests.DataRequestsExtensions.SharedReadsPerMinute + 1; i++)
        {
            var read = new HttpRequestMessage(HttpMethod.Get, $"/api/shared/{id}");
            read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            statuses.Add((await anonymous.SendAsync(read)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        await using var db = await Db.CreateDbContextAsync();
        Assert.Equal(HueWorkspace.Web.Features.DataRequests.DataRequestsExtensions.SharedReadsPerMinute, await db.SharingLog.CountAsync(e => e.RequestId == id && e.Kind == SharingLogKind.ApiRead));
    }

    [Fact]
    public async Task TheDemo_HasRequestsFromBothOutsideOrganisationsAndAUnit_InTheWorkingStates_SomeOverdue()
    {
        await using var db = await Db.CreateDbContextAsync();
        var demo = await db.DataRequests.AsNoTracking().Where(r => r.Purpose != "Bản đồ phủ sóng").ToListAsync();
        foreach (var state in new[] { RequestState.Draft, RequestState.Submitted, RequestState.UnderReview, RequestState.NeedsInfo, RequestState.Approved, RequestState.Provided, RequestState.Refused })
        {
            Assert.Contains(demo, r => r.State == state);
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Kind);
        Assert.Equal(2, demo.Where(r => units[r.RequesterUnitId] == HueWorkspace.Domain.Organization.UnitKind.ExternalOrganisation).Select(r => r.RequesterUnitId).Distinct().Count());
        Assert.Contains(demo, r => units[r.RequesterUnitId] != HueWorkspace.Domain.Organization.UnitKind.ExternalOrganisation);
        var today = HueWorkspace.Domain.Common.VietnamTime.Today(TimeProvider.System);
        Assert.Contains(demo, r => r.State is RequestState.Submitted or RequestState.UnderReview && r.DueOn < today);
    }

    [Fact]
    public async Task ARefusal_IsAnsweredInWriting_AsAnOutgoingDocumentOfTheOwnerToTheRequester_AndItsLetterPrints()
    {
        Guid dataset;
        await using (var db = await Db.CreateDbContextAsync())
        {
            dataset = await db.Datasets.Where(d => d.State == DatasetState.Published && d.Name.StartsWith("Điểm phát")).Select(d => d.Id).SingleAsync();
        }

        var (requester, _) = await AsAsync("dhkh.khaithac");
        var id = await requester.SaveDraftAsync(null, null, new RequestForm(null, null, [dataset], null, null, "Vị trí", "Quảng cáo", "Không có", RequestMethod.File, RequestFrequency.Once,
            TaskApi.Today, TaskApi.Today.AddMonths(1), false, true));
        await requester.SubmitAsync(id, await VersionAsync(id));
        var steward = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "ioc.chuyenvien") };
        var services = factory.Services;
        var files = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), steward);
        var publisher = services.GetRequiredService<INotificationPublisher>();
        var requests = HueWorkspace.Tests.Builders.TestWorkflow.Requests(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, steward, publisher, TimeProvider.System), files);
        await requests.RefuseAsync(id, await VersionAsync(id), "Mục đích quảng cáo không thuộc trường hợp được chia sẻ.");

        // The refusal's own save drafted the letter (the page and the API run the same step).
        Guid letter;
        await using (var db = await Db.CreateDbContextAsync())
        {
            letter = (await db.DataRequests.SingleAsync(r => r.Id == id)).RefusalLetterId ?? Guid.Empty;
        }

        await using (var db = await Db.CreateDbContextAsync())
        {
            var draft = await db.OutgoingDocuments.AsNoTracking().Include(d => d.Recipients).SingleAsync(d => d.Id == letter);
            Assert.Equal((await DemoActors.UnitIdAsync(Db, "IOC"), "Trường Đại học Khoa học, Đại học Huế"), (draft.IssuerUnitId, Assert.Single(draft.Recipients).Name));
            Assert.Contains(id, await db.DataRequests.Where(r => r.RefusalLetterId == letter).Select(r => r.Id).ToListAsync());
        }

        var pdf = await (await factory.ClientAsync("dhkh.khaithac")).Http.GetByteArrayAsync($"/data-requests/{id}/tu-choi.pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Mục đích quảng cáo không thuộc trường hợp được chia sẻ.", text);
        Assert.Contains("Kính gửi: Trường Đại học Khoa học, Đại học Huế", text);
    }

    /// <summary>A refusal through the JSON API drafts the same written answer as the page's (one step, in the refusal's save).</summary>
    [Fact]
    public async Task ARefusalThroughTheApi_DraftsTheSameOutgoingLetter_AsThePage()
    {
        Guid dataset;
        await using (var db = await Db.CreateDbContextAsync())
        {
            dataset = await db.Datasets.Where(d => d.State == DatasetState.Published && d.Name.StartsWith("Điểm phát")).Select(d => d.Id).SingleAsync();
        }

        var (requester, _) = await AsAsync("dhkh.khaithac");
        var id = await requester.SaveDraftAsync(null, null, new RequestForm(null, null, [dataset], null, null, "Vị trí", "Quảng cáo", "Không có", RequestMethod.File, RequestFrequency.Once,
            TaskApi.Today, TaskApi.Today.AddMonths(1), false, true));
        await requester.SubmitAsync(id, await VersionAsync(id));
        var steward = await factory.ClientAsync("ioc.chuyenvien");
        var refused = await steward.Http.PostAsJsonAsync($"/api/data-requests/{id}/actions/Refuse", new { version = await VersionAsync(id), text = "Không thuộc trường hợp được chia sẻ." });
        Assert.True(refused.IsSuccessStatusCode, await refused.Content.ReadAsStringAsync());

        await using (var db = await Db.CreateDbContextAsync())
        {
            var request = await db.DataRequests.AsNoTracking().SingleAsync(r => r.Id == id);
            Assert.Equal(RequestState.Refused, request.State);
            var draft = await db.OutgoingDocuments.AsNoTracking().Include(d => d.Recipients).SingleAsync(d => d.Id == request.RefusalLetterId);
            Assert.Equal((await DemoActors.UnitIdAsync(Db, "IOC"), "Trường Đại học Khoa học, Đại học Huế", HueWorkspace.Domain.Documents.OutgoingState.Draft),
                (draft.IssuerUnitId, Assert.Single(draft.Recipients).Name, draft.State));
            Assert.Equal(await DemoActors.UserIdAsync(Db, "ioc.chuyenvien"), draft.DrafterId);
            Assert.Single(await db.StoredFiles.AsNoTracking().Where(f => f.RecordId == draft.Id && f.FileName == $"tra-loi-{request.Number}.pdf").ToListAsync());
        }
    }
}
