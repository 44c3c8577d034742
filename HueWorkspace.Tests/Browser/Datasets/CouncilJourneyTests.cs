using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Browser.A11y;
using HueWorkspace.Tests.Browser.Pages;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Datasets;

/// <summary>
/// The Art. 5 review with three members in three browsers: Sở Y tế registers a dataset (seeing the closest datasets as it
/// types), the platform authority opens the council, each member works through the checklist and votes while the others
/// see it happen, the chair closes it, the owner publishes, and the dataset appears on /open-data to someone signed out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CouncilJourneyTests(BrowserHost host)
{
    private IDbContextFactory<WorkspaceDbContext> Db => host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    [Fact]
    public async Task ThreeMembersVote_EachSeesTheOthersLive_AndTheCertifiedDatasetIsPublishedForThePublic()
    {
        var tag = Random.Shared.Next(1000, 9999);
        var name = $"Trạm sạc xe điện công cộng đợt {tag}";
        var owner = await host.SignInAsync("yt.dulieu");
        var office = await host.SignInAsync("vp.lanhdao");
        var chair = await host.SignInAsync("khcn.lanhdao");
        try
        {
            // The owner describes the dataset; an existing one with the same words shows up as it types.
            await SeedSimilarAsync($"Trạm sạc xe điện đợt {tag}");
            await owner.GoToAsync("/datasets/new");
            await owner.Page.GetByTestId("name").FillAsync($"tram sac dien xe {tag}");
            await Expect(owner.Page.GetByTestId("similar-row").First).ToContainTextAsync($"Trạm sạc xe điện đợt {tag}");
            await BrowserHost.ScreenshotAsync(owner.Page, "datasets-01-similar");
            await owner.Page.GetByTestId("name").FillAsync(name);
            await owner.Page.GetByTestId("description").FillAsync("Vị trí, công suất và giờ hoạt động của các trạm sạc xe điện công cộng.");
            await owner.Page.GetByTestId("field-name").First.FillAsync("Tên trạm");
            await owner.Page.GetByTestId("responsible").FillAsync("Phòng Kế hoạch - Tài chính");
            await owner.Page.GetByTestId("public").ClickAsync();
            await owner.Page.GetByTestId("save").ClickAsync();
            await owner.Page.WaitForURLAsync("**/datasets/*-*");
            await owner.WaitUntilInteractiveAsync();
            await owner.Page.GetByTestId("ds-action-Register").ClickAsync();
            await owner.Page.GetByTestId("justification").FillAsync("Bộ dữ liệu đợt mới, bổ sung công suất và giờ hoạt động.");
            await owner.Page.GetByTestId("ds-confirm").ClickAsync();
            await Expect(owner.Page.GetByTestId("dataset-state")).ToHaveTextAsync("Đã đăng ký");
            // The page as it is now (with the near-duplicate's link in its sentence) is audited too, not only as it first opened.
            await Expect(owner.Page.GetByTestId("similar-to")).ToBeVisibleAsync();
            Assert.Empty(await Accessibility.SeriousViolationsAsync(owner.Page));
            var datasetUrl = owner.Page.Url;

            // The platform authority's leader (who will chair) opens the review from the dataset's page: date, members, chair.
            await chair.GoToAsync(new Uri(datasetUrl).PathAndQuery);
            await chair.Page.GetByTestId("ds-action-OpenReview").ClickAsync();
            await chair.Page.GetByTestId("members").ClickAsync();
            foreach (var member in new[] { "Nguyễn Đức Thắng", "Đặng Ngọc Bảo", "Mai Xuân Phúc" })
            {
                await chair.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = member }).First.ClickAsync();
            }

            for (var attempt = 0; attempt < 20 && await chair.Page.Locator(".mud-popover-open .mud-list-item").CountAsync() > 0; attempt++)
            {
                await chair.Page.Keyboard.PressAsync("Escape");
                await chair.Page.WaitForTimeoutAsync(250);
            }

            await chair.Page.GetByTestId("chair").ClickAsync();
            await chair.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Đặng Ngọc Bảo" }).First.ClickAsync();
            await chair.Page.GetByTestId("ds-confirm").ClickAsync();
            await chair.Page.WaitForURLAsync("**/councils/*-*");
            await chair.WaitUntilInteractiveAsync();
            var council = new Uri(chair.Page.Url).AbsolutePath;
            await office.GoToAsync(council);
            await owner.GoToAsync(council);

            // Each member works through the checklist and votes; the other two see the vote appear without reloading.
            foreach (var (member, who) in new[] { (office, "Nguyễn Đức Thắng"), (owner, "Mai Xuân Phúc"), (chair, "Đặng Ngọc Bảo") })
            {
                foreach (var criterion in await member.Page.GetByTestId("criterion").AllAsync())
                {
                    await criterion.GetByTestId("met").ClickAsync();
                    await Expect(criterion.GetByTestId("met")).ToHaveAttributeAsync("aria-pressed", "true");
                }

                await member.Page.GetByTestId("vote-agree").ClickAsync();
                foreach (var other in new[] { office, owner, chair })
                {
                    var row = other.Page.Locator($"[data-testid=member-row][data-name=\"{who}\"]");
                    await Expect(row.GetByTestId("member-vote")).ToHaveTextAsync("Đồng ý");
                    await Expect(row.GetByTestId("member-progress")).ToContainTextAsync("5/5");
                }
            }

            await BrowserHost.ScreenshotAsync(office.Page, "datasets-02-council-votes");
            await chair.Page.GetByTestId("close-council").ClickAsync();
            await Expect(chair.Page.GetByTestId("outcome")).ToHaveTextAsync("Đạt chuẩn");
            await Expect(office.Page.GetByTestId("outcome")).ToHaveTextAsync("Đạt chuẩn");
            await BrowserHost.ScreenshotAsync(chair.Page, "datasets-03-closed");

            // The owner publishes; the public finds it on /open-data without signing in.
            await owner.GoToAsync(new Uri(datasetUrl).PathAndQuery);
            await Expect(owner.Page.GetByTestId("dataset-state")).ToHaveTextAsync("Đạt chuẩn");
            // The file the public downloads first (CSV), then publish.
            await owner.Page.GetByTestId("ds-action-RecordUpdate").ClickAsync();
            await owner.Page.GetByTestId("ds-action-form").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "tram-sac.csv",
                MimeType = "text/csv",
                Buffer = System.Text.Encoding.UTF8.GetBytes("ten_tram,cong_suat_kw\nTrạm Lê Lợi,60\n"),
            });
            await Expect(owner.Page.GetByTestId("ds-action-form").Locator(".mud-chip.mud-chip-size-small").Filter(new() { HasText = "tram-sac.csv" })).ToBeVisibleAsync();
            await owner.Page.GetByTestId("ds-confirm").ClickAsync();
            await Expect(owner.Page.GetByTestId("dataset-facts")).ToContainTextAsync("tram-sac.csv");
            await owner.Page.GetByTestId("ds-action-Publish").ClickAsync();
            await owner.Page.GetByTestId("ds-confirm").ClickAsync();
            await Expect(owner.Page.GetByTestId("dataset-state")).ToHaveTextAsync("Đã công bố");

            var publicContext = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseUrl });
            var visitor = await publicContext.NewPageAsync();
            await visitor.GotoAsync($"/open-data?q=tram+sac+xe+dien+dot+{tag}");
            await Expect(visitor.GetByTestId("open-dataset")).ToHaveCountAsync(1);
            await Expect(visitor.GetByTestId("open-dataset")).ToContainTextAsync(name);
            await visitor.GetByTestId("open-dataset").GetByRole(AriaRole.Link).ClickAsync();
            await Expect(visitor.GetByTestId("open-title")).ToHaveTextAsync(name);
            await Expect(visitor.GetByTestId("open-files")).ToContainTextAsync("tram-sac.csv");
            await BrowserHost.ScreenshotAsync(visitor, "datasets-04-open-data");

            // The public pages are audited like the workspace's (axe-core, WCAG 2.1 A/AA), at both sizes.
            var openPage = visitor.Url;
            foreach (var (width, height) in new[] { (1366, 800), (390, 844) })
            {
                await visitor.SetViewportSizeAsync(width, height);
                foreach (var path in new[] { openPage, $"{host.BaseUrl}/open-data", $"{host.BaseUrl}/open-data/catalogue" })
                {
                    await visitor.GotoAsync(path);
                    Assert.Empty(await Accessibility.SeriousViolationsAsync(visitor));
                }
            }

            await publicContext.CloseAsync();
        }
        finally
        {
            await owner.CloseAsync();
            await office.CloseAsync();
            await chair.CloseAsync();
        }
    }

    private async Task SeedSimilarAsync(string name)
    {
        var user = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "ioc.chuyenvien") };
        var services = host.Factory.Services;
        var files = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), user);
        var service = HueWorkspace.Tests.Builders.TestWorkflow.Datasets(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, user, services.GetRequiredService<INotificationPublisher>(), TimeProvider.System), files);
        var id = await service.CreateAsync(new DatasetInput(name, "Trạm sạc do IOC giám sát.", DatasetType.SensorData, [new("Mã trạm", FieldType.Code, null, false)], [], null,
            UpdateFrequency.Monthly, "IOC", false, false, null, null));
        await service.RegisterAsync(id, await VersionAsync(id), "Dữ liệu thiết bị của IOC.");
    }

    private async Task<Guid> VersionAsync(Guid id)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Datasets.Where(d => d.Id == id).Select(d => d.Version).SingleAsync();
    }
}
