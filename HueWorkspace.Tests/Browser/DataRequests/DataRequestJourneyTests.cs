using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Browser.A11y;
using HueWorkspace.Tests.Browser.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.DataRequests;

/// <summary>
/// An outside organisation asks for data through the E-Form and the owner's steward answers, each seeing the other's
/// step live: submitted → question → answer → agreement with a term → file provided → downloaded by the requester.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DataRequestJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task AnOutsideOrganisation_AsksAnswersAndDownloads_WhileTheStewardAnswersLive()
    {
        var dataset = await PublishedDatasetAsync();
        var requester = await host.SignInAsync("vnpt.khaithac");
        var steward = await host.SignInAsync("yt.dulieu");
        try
        {
            await steward.GoToAsync("/data-requests");
            await steward.Page.GetByRole(AriaRole.Tab, new() { Name = "Chờ đơn vị tôi trả lời" }).ClickAsync();

            // The E-Form: kept as a draft as it is filled; sending without the duties says so next to the box.
            await requester.GoToAsync("/data-requests/new");
            await requester.Page.GetByTestId("dataset").ClickAsync();
            await requester.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = dataset }).First.ClickAsync();
            await requester.Page.Keyboard.PressAsync("Escape");
            await Expect(requester.Page.GetByTestId("draft-status")).ToHaveAttributeAsync("data-saving", "false");
            await requester.Page.GetByTestId("items").FillAsync("Tên cơ sở, địa chỉ");
            await requester.Page.GetByTestId("purpose").FillAsync("Lập bản đồ phủ sóng gần cơ sở y tế");
            await requester.Page.GetByTestId("legal-basis").FillAsync("Quyết định 41/2024/QĐ-UBND, Điều 27");
            await requester.Page.GetByTestId("legal-basis").PressAsync("Tab");
            // Each change is saved as it is made; the status says when the last one is kept.
            var saved = requester.Page.GetByTestId("draft-status");
            await Expect(saved).ToHaveAttributeAsync("data-saving", "false");
            await NewTaskPage.TypeDateAsync(requester.Page.GetByTestId("from"), TaskSetup.Today);
            await Expect(saved).ToHaveAttributeAsync("data-saving", "false");
            await NewTaskPage.TypeDateAsync(requester.Page.GetByTestId("to"), TaskSetup.Today.AddMonths(3));
            await Expect(saved).ToHaveAttributeAsync("data-saving", "false");
            await Expect(requester.Page.GetByTestId("draft-status")).ToContainTextAsync("Đã lưu nháp");
            await requester.Page.GetByTestId("submit").ClickAsync();
            await Expect(requester.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Điều 28" })).ToBeVisibleAsync();
            await requester.Page.GetByTestId("duties").ClickAsync();
            await requester.Page.GetByTestId("submit").ClickAsync();
            await requester.Page.WaitForURLAsync("**/data-requests/*-*");
            await requester.WaitUntilInteractiveAsync();
            await Expect(requester.Page.GetByTestId("request-state")).ToHaveTextAsync("Đã gửi");
            await BrowserHost.ScreenshotAsync(requester.Page, "requests-01-sent");

            // The steward's queue shows it live; the steward asks a question; the requester sees it live and answers.
            var row = steward.Page.GetByTestId("request-row").Filter(new() { HasText = dataset });
            await Expect(row).ToHaveCountAsync(1);
            // Issue 24: the queue names the organisation that asked, the person beneath it.
            await Expect(row.GetByTestId("requester")).ToContainTextAsync("Viễn thông Huế (VNPT Huế)");
            await Expect(row.GetByTestId("requester")).ToContainTextAsync("Đinh Công Tráng");
            await BrowserHost.ScreenshotAsync(steward.Page, "requests-00-queue");
            await row.GetByRole(AriaRole.Link).ClickAsync();
            await steward.WaitUntilInteractiveAsync();
            await Act(steward, "AskQuestion", "Đề nghị nêu rõ phạm vi các phường.");
            await Expect(requester.Page.GetByTestId("request-state")).ToHaveTextAsync("Cần bổ sung");
            await Act(requester, "Answer", "Các phường trung tâm: Phú Xuân, Thuận Hóa.");
            await Expect(steward.Page.GetByTestId("request-state")).ToHaveTextAsync("Đang xem xét");

            // The agreement with its term, then the file.
            await steward.Page.GetByTestId("rq-action-Approve").ClickAsync();
            await steward.Page.GetByTestId("agree-place").FillAsync("Trụ sở VNPT Huế");
            await steward.Page.GetByTestId("agree-processing").FillAsync("Chỉ dùng lập bản đồ phủ sóng");
            await steward.Page.GetByTestId("agree-security").FillAsync("Lưu trên máy chủ nội bộ, phân quyền truy cập");
            await steward.Page.GetByTestId("agree-storage").FillAsync("Không công khai dữ liệu dẫn xuất");
            await steward.Page.GetByTestId("agree-deletion").FillAsync("Xóa toàn bộ khi hết thời hạn");
            await steward.Page.GetByTestId("rq-confirm").ClickAsync();
            await Expect(requester.Page.GetByTestId("request-state")).ToHaveTextAsync("Đồng ý");
            await Expect(requester.Page.GetByTestId("agreed-term")).ToContainTextAsync(TaskSetup.Today.AddMonths(3).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

            await steward.Page.GetByTestId("rq-action-Provide").ClickAsync();
            await steward.Page.GetByTestId("rq-action-form").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "co-so-y-te.csv",
                MimeType = "text/csv",
                Buffer = System.Text.Encoding.UTF8.GetBytes("ten,dia_chi\nTrạm y tế Phú Xuân,12 Đinh Tiên Hoàng\n"),
            });
            await Expect(steward.Page.GetByTestId("rq-action-form").Locator(".mud-chip.mud-chip-size-small").Filter(new() { HasText = "co-so-y-te.csv" })).ToBeVisibleAsync();
            await steward.Page.GetByTestId("rq-confirm").ClickAsync();
            await Expect(requester.Page.GetByTestId("request-state")).ToHaveTextAsync("Đã cung cấp");
            await BrowserHost.ScreenshotAsync(steward.Page, "requests-02-provided");

            var requestId = Guid.Parse(new Uri(requester.Page.Url).Segments[^1]);
            var download = await requester.Page.RunAndWaitForDownloadAsync(() => requester.Page.GetByTestId("provided-file").ClickAsync());
            Assert.Equal("co-so-y-te.csv", download.SuggestedFilename);
            var fileUrl = await requester.Page.GetByTestId("provided-file").GetAttributeAsync("href");

            // The steward finds the download in the sharing log by picking the dataset (typed without diacritics).
            await steward.GoToAsync("/data-requests/log");
            var picker = steward.Page.GetByTestId("log-dataset");
            await picker.FillAsync(TextSearch.Normalize(dataset)[..12]);
            await steward.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = dataset }).First.ClickAsync();
            await steward.Page.WaitForURLAsync("**/data-requests/log?dataset=*");
            await Expect(steward.Page.GetByTestId("log-row").Filter(new() { HasText = "Tải tệp co-so-y-te.csv" })).ToBeVisibleAsync();
            await BrowserHost.ScreenshotAsync(steward.Page, "requests-04-log-by-dataset");

            // The agreed term ends (moved into the past, as the calendar would): the daily job expires the request, the
            // requester sees it without reloading, and the download is refused.
            var db = host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
            Assert.EndsWith($"/data-requests/{requestId}", requester.Page.Url);
            await using (var context = await db.CreateDbContextAsync())
            {
                await context.Database.ExecuteSqlAsync($"UPDATE \"DataRequests\" SET \"AgreedTo\" = {TaskSetup.Today.AddDays(-1)} WHERE \"Id\" = {requestId}");
            }

            var expired = await host.Factory.Services.GetRequiredService<HueWorkspace.Domain.DataRequests.DataRequestJob>().RunOnceAsync();
            await using (var context = await db.CreateDbContextAsync())
            {
                var stored = await context.DataRequests.AsNoTracking().SingleAsync(r => r.Id == requestId);
                Assert.True(expired == 1, $"job: {expired}, state {stored.State}, agreed to {stored.AgreedTo}");
            }
            await Expect(requester.Page.GetByTestId("request-state")).ToHaveTextAsync("Hết hạn");
            var refused = await requester.Page.APIRequest.GetAsync(fileUrl!);
            Assert.Equal(403, refused.Status);
        }
        finally
        {
            await requester.CloseAsync();
            await steward.CloseAsync();
        }
    }

    [Fact]
    public async Task ARefusal_IsWrittenWithItsReason_SeenLive_PrintedAsALetter_AndDraftedAsAnOutgoingDocument()
    {
        var dataset = await CertifiedDatasetAsync("ioc.chuyenvien", "Điểm đo mực nước ngập đợt");
        var db = host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        Guid datasetId;
        await using (var context = await db.CreateDbContextAsync())
        {
            datasetId = await context.Datasets.Where(d => d.Name == dataset).Select(d => d.Id).SingleAsync();
        }

        // The university sends its request (the E-Form's pages are the other journey's).
        var user = new HueWorkspace.Tests.Builders.TestCurrentUser { Actor = await HueWorkspace.Tests.Builders.DemoActors.ForAsync(db, "dhkh.khaithac") };
        var services = host.Factory.Services;
        var files = new HueWorkspace.Domain.Files.FileService(services.GetRequiredService<HueWorkspace.Domain.Files.IFileStore>(), services.GetRequiredService<HueWorkspace.Domain.Files.FileStoreOptions>(), user);
        var requests = HueWorkspace.Tests.Builders.TestWorkflow.Requests(HueWorkspace.Tests.Builders.TestWorkflow.Of(db, user, services.GetRequiredService<HueWorkspace.Domain.Notifications.INotificationPublisher>(), TimeProvider.System), files);
        var id = await requests.SaveDraftAsync(null, null, new HueWorkspace.Domain.DataRequests.RequestForm(null, null, [datasetId], null, null, "Vị trí, mực nước", "Quảng cáo bất động sản",
            "Không có", HueWorkspace.Domain.DataRequests.RequestMethod.File, HueWorkspace.Domain.DataRequests.RequestFrequency.Once, TaskSetup.Today, TaskSetup.Today.AddMonths(1), false, true));
        await using (var context = await db.CreateDbContextAsync())
        {
            await requests.SubmitAsync(id, await context.DataRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        }

        var requester = await host.SignInAsync("dhkh.khaithac");
        var steward = await host.SignInAsync("ioc.chuyenvien");
        try
        {
            await requester.GoToAsync($"/data-requests/{id}");
            await steward.GoToAsync($"/data-requests/{id}");
            await Act(steward, "Refuse", "Mục đích quảng cáo bất động sản không thuộc trường hợp được chia sẻ dữ liệu.");
            await Expect(requester.Page.GetByTestId("request-state")).ToHaveTextAsync("Từ chối");
            await Expect(requester.Page.GetByTestId("refusal-reason")).ToContainTextAsync("quảng cáo bất động sản");
            await BrowserHost.ScreenshotAsync(requester.Page, "requests-03-refused");

            var letter = await requester.Page.APIRequest.GetAsync((await requester.Page.GetByTestId("refusal-pdf").GetAttributeAsync("href"))!);
            Assert.Equal("application/pdf", letter.Headers["content-type"]);
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await letter.BodyAsync()))
            {
                var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
                Assert.Contains("Kính gửi: Trường Đại học Khoa học, Đại học Huế", text);
                Assert.Contains("bất động sản", text);
            }

            // The written answer is an outgoing document of the centre, for its leader to sign and the clerk to number.
            await steward.Page.GetByTestId("refusal-letter").ClickAsync();
            await steward.WaitUntilInteractiveAsync();
            await Expect(steward.Page.GetByTestId("excerpt")).ToContainTextAsync("trả lời yêu cầu khai thác dữ liệu");
            await Expect(steward.Page.GetByTestId("recipient")).ToContainTextAsync("Trường Đại học Khoa học, Đại học Huế");
        }
        finally
        {
            await requester.CloseAsync();
            await steward.CloseAsync();
        }
    }

    private static async Task Act(ShellPage page, string operation, string text)
    {
        await page.Page.GetByTestId($"rq-action-{operation}").ClickAsync();
        await page.Page.GetByTestId("rq-text").FillAsync(text);
        await page.Page.GetByTestId("rq-confirm").ClickAsync();
        await page.Page.GetByTestId("rq-action-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>A certified dataset of Sở Y tế the outside organisation may ask for (made through the services).</summary>
    private Task<string> PublishedDatasetAsync() => CertifiedDatasetAsync("yt.dulieu", "Danh sách trạm y tế đợt");

    /// <summary>A certified dataset of the steward's unit (made through the services, the council included).</summary>
    private async Task<string> CertifiedDatasetAsync(string stewardName, string namePrefix)
    {
        var db = host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        var services = host.Factory.Services;
        var name = $"{namePrefix} {Random.Shared.Next(1000, 9999)}";
        async Task<HueWorkspace.Tests.Builders.TestCurrentUser> As(string user) => new() { Actor = await HueWorkspace.Tests.Builders.DemoActors.ForAsync(db, user) };
        var owner = await As(stewardName);
        var files = new HueWorkspace.Domain.Files.FileService(services.GetRequiredService<HueWorkspace.Domain.Files.IFileStore>(), services.GetRequiredService<HueWorkspace.Domain.Files.FileStoreOptions>(), owner);
        var publisher = services.GetRequiredService<HueWorkspace.Domain.Notifications.INotificationPublisher>();
        var datasets = HueWorkspace.Tests.Builders.TestWorkflow.Datasets(HueWorkspace.Tests.Builders.TestWorkflow.Of(db, owner, publisher, TimeProvider.System), files);
        var id = await datasets.CreateAsync(new DatasetInput(name, "Trạm y tế phường, xã.", DatasetType.SectorData, [new("Tên trạm", FieldType.Text, null, false)], [], null,
            UpdateFrequency.Monthly, "Phòng Nghiệp vụ", false, false, null, null));
        async Task<Guid> Version()
        {
            await using var context = await db.CreateDbContextAsync();
            return await context.Datasets.Where(d => d.Id == id).Select(d => d.Version).SingleAsync();
        }

        await datasets.RegisterAsync(id, await Version(), "Đợt mới của danh sách.");
        var members = new List<Guid>();
        foreach (var m in new[] { "vp.lanhdao", "khcn.lanhdao", stewardName })
        {
            members.Add(await HueWorkspace.Tests.Builders.DemoActors.UserIdAsync(db, m));
        }

        var options = services.GetRequiredService<DatasetOptions>();
        var council = await new HueWorkspace.Domain.Datasets.CouncilService(HueWorkspace.Tests.Builders.TestWorkflow.Of(db, await As("khcn.dulieu"), publisher, TimeProvider.System), options).OpenAsync(id, await Version(), TaskSetup.Today, members, members[1]);
        foreach (var m in new[] { "vp.lanhdao", "khcn.lanhdao", stewardName })
        {
            var councils = new HueWorkspace.Domain.Datasets.CouncilService(HueWorkspace.Tests.Builders.TestWorkflow.Of(db, await As(m), publisher, TimeProvider.System), options);
            foreach (var criterion in Council.Criteria)
            {
                await councils.CheckAsync(council, criterion, Verdict.Met, null);
            }

            await councils.VoteAsync(council, Vote.Agree, null);
        }

        await new HueWorkspace.Domain.Datasets.CouncilService(HueWorkspace.Tests.Builders.TestWorkflow.Of(db, await As("khcn.lanhdao"), publisher, TimeProvider.System), options).CloseAsync(council);
        return name;
    }
}
