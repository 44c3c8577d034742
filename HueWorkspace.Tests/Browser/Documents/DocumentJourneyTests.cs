using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Browser.A11y;
using HueWorkspace.Tests.Browser;
using HueWorkspace.Tests.Browser.Pages;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Documents;

/// <summary>
/// The morning route of an incoming document, with the people concerned watching live: the People's Committee office
/// registers a Khẩn letter and presents it; the chairman sees it arrive, directs it to Sở KH&amp;CN (lead) and Sở Tài
/// chính (coordinating) with deadlines; the department sees it arrive; its handling completes; the office, still on the
/// document's page, sees both units' statuses change.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DocumentJourneyTests(BrowserHost host)
{
    private IDbContextFactory<WorkspaceDbContext> Db => host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    [Fact]
    public async Task AKhanDocument_RegisteredPresentedDirected_IsFollowedLiveByEveryoneConcerned()
    {
        var symbol = $"{Random.Shared.Next(1000, 9999)}/BTTTT-CĐSQG";
        var clerk = await host.SignInAsync("vp.vanthu");
        var leader = await host.SignInAsync("chutich");
        var department = await host.SignInAsync("khcn.lanhdao");
        var coordinating = await host.SignInAsync("tc.lanhdao", viewport: Accessibility.Phone);
        try
        {
            await leader.GoToAsync("/documents?tab=WaitingForMe");
            await department.GoToAsync("/documents");
            await coordinating.GoToAsync("/documents");

            var form = new RegisterDocumentPage(clerk);
            await form.OpenAsync();
            await form.RegisterAsync("Bộ Thông tin và Truyền thông", symbol, TaskSetup.Today.AddDays(-1), "Về việc đôn đốc triển khai nền tảng làm việc số", "Khẩn");
            var document = new DocumentPage(clerk);
            await Expect(document.Number).ToContainTextAsync("/2026 — Văn phòng UBND thành phố");
            await Expect(clerk.Page.GetByTestId("pdf-preview")).ToBeVisibleAsync();
            await BrowserHost.ScreenshotAsync(clerk.Page, "documents-01-registered");
            await document.PresentAsync("Lê Minh Tâm");
            await Expect(document.State).ToHaveTextAsync("Đã trình");

            // The chairman's "waiting for me" list shows it without a reload.
            var waiting = leader.Page.GetByTestId("document-row").Filter(new() { HasText = "đôn đốc triển khai" });
            await Expect(waiting).ToHaveCountAsync(1);
            await Expect(waiting.GetByTestId("urgency")).ToHaveTextAsync("Khẩn");
            await BrowserHost.ScreenshotAsync(leader.Page, "documents-02-waiting");
            await waiting.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
            await leader.WaitUntilInteractiveAsync();
            var direct = new DocumentPage(leader);
            await direct.DirectAsync("Giao Sở KH&CN chủ trì, Sở Tài chính phối hợp, báo cáo kết quả.", "Sở Khoa học và Công nghệ", TaskSetup.Today.AddDays(10),
                "Sở Tài chính", TaskSetup.Today.AddDays(7));
            await Expect(direct.State).ToHaveTextAsync("Đã chỉ đạo xử lý");

            // Both departments see it arrive in their lists (the coordinating one on a phone), and the office sees both units.
            await Expect(department.Page.GetByTestId("document-row").Filter(new() { HasText = "đôn đốc triển khai" })).ToHaveCountAsync(1);
            await Expect(coordinating.Page.GetByTestId("document-row").Filter(new() { HasText = "đôn đốc triển khai" })).ToHaveCountAsync(1);
            await BrowserHost.ScreenshotAsync(coordinating.Page, "documents-phone-list");
            // The department saves the search (without diacritics) and opens it again in one click.
            var search = department.Page.GetByTestId("search");
            await search.FillAsync("don doc trien khai nen tang");
            await Expect(department.Page.GetByTestId("document-row")).ToHaveCountAsync(1);
            await department.Page.GetByTestId("save-search").ClickAsync();
            await department.Page.GetByTestId("saved-name").FillAsync("Đôn đốc nền tảng");
            await department.Page.GetByTestId("saved-confirm").ClickAsync();
            await Expect(department.Page.GetByTestId("saved-search").Filter(new() { HasText = "Đôn đốc nền tảng" })).ToBeVisibleAsync();
            await department.GoToAsync("/documents");
            await department.Page.GetByTestId("saved-search").Filter(new() { HasText = "Đôn đốc nền tảng" }).ClickAsync();
            await Expect(search).ToHaveValueAsync("don doc trien khai nen tang");
            await Expect(department.Page.GetByTestId("document-row")).ToHaveCountAsync(1);

            await Expect(document.Handling).ToHaveCountAsync(2);
            await Expect(document.Handling.First).ToContainTextAsync("Sở Khoa học và Công nghệ");
            await Expect(document.Handling.First).ToContainTextAsync("Mới giao");
            await BrowserHost.ScreenshotAsync(clerk.Page, "documents-03-directed");

            // The units handle it (through the tasks they already know); the office watches the statuses change.
            await using (var db = await Db.CreateDbContextAsync())
            {
                var documentId = await db.IncomingDocuments.Where(d => d.NumberSymbol == symbol).Select(d => d.Id).SingleAsync();
                var taskId = (await db.IncomingDocuments.SingleAsync(d => d.Id == documentId)).TaskId!.Value;
                var setup = new TaskSetup(host);
                var khcn = await DemoActors.UnitIdAsync(Db, "SKHCN");
                await (await setup.AsAsync("khcn.lanhdao")).AssignHandlerAsync(taskId, await setup.VersionAsync(taskId), khcn,
                    await DemoActors.UserIdAsync(Db, "khcn.chuyenvien"), TaskSetup.Today.AddDays(9));
                await Expect(document.Handling.First).ToContainTextAsync("Lê Thị Hồng Nhung");
                var handler = await setup.AsAsync("khcn.chuyenvien");
                await handler.StartAsync(taskId, await setup.VersionAsync(taskId));

                // The lead unit alone has started: the coordinating unit's row is its own (no handler yet), live on the clerk's page.
                await Expect(document.Handling.Nth(0)).ToContainTextAsync("Đang thực hiện");
                await Expect(document.Handling.Nth(1).GetByTestId("unit-status")).ToContainTextAsync("Chưa giao người xử lý");
                await Expect(document.Handling.Nth(1)).Not.ToContainTextAsync("Đang thực hiện");
                await handler.SubmitAsync(taskId, await setup.VersionAsync(taskId), "Đã triển khai tại các phòng, đơn vị.");
                await (await setup.AsAsync("chutich")).ApproveAsync(taskId, await setup.VersionAsync(taskId), "Đồng ý.");
            }

            await Expect(document.Handling.Nth(0)).ToContainTextAsync("Hoàn thành");
            await Expect(document.Handling.Nth(1)).ToContainTextAsync("Hoàn thành");
            await BrowserHost.ScreenshotAsync(clerk.Page, "documents-04-completed");
        }
        finally
        {
            await clerk.CloseAsync();
            await leader.CloseAsync();
            await department.CloseAsync();
            await coordinating.CloseAsync();
        }
    }
}
