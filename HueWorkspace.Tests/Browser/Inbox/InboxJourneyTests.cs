using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Browser.A11y;
using HueWorkspace.Tests.Browser.Pages;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Inbox;

/// <summary>
/// "Việc chờ tôi" follows the work (issue 24): a task given to Sở KH&amp;CN appears in its leader's inbox; the leader names
/// the handler from the task's page, which says who holds it; the step leaves the leader's inbox and arrives in the
/// specialist's, live; her result, submitted, leaves her inbox and arrives in the chairman's — each seen in the browser
/// of the person concerned without a reload, the menu counting along.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InboxJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task AStep_LeavesOnePersonsInbox_AndArrivesInTheNextOnes_Live()
    {
        var title = $"Rà soát hạ tầng dữ liệu {Random.Shared.Next(1000, 9999)}";
        var setup = new TaskSetup(host);
        var db = host.Factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<HueWorkspace.Domain.Persistence.WorkspaceDbContext>>();
        var leader = await host.SignInAsync("khcn.lanhdao");
        var specialist = await host.SignInAsync("khcn.chuyenvien", viewport: Accessibility.Phone);
        var chairman = await host.SignInAsync("chutich");
        try
        {
            foreach (var person in new[] { leader, specialist, chairman })
            {
                await person.GoToAsync("/");
                await Expect(person.Page.GetByTestId("home-inbox")).ToBeVisibleAsync();
            }

            Microsoft.Playwright.ILocator Item(ShellPage p) => p.Page.GetByTestId("inbox-item").Filter(new() { HasText = title });

            // The chairman gives the task; it arrives in the leader's inbox, asking for a handler.
            var id = await (await setup.AsAsync("chutich")).CreateAsync(new CreateTask(title, "Theo kế hoạch năm.", TaskPriority.High,
                new TaskUnitDue(await DemoActors.UnitIdAsync(db, "SKHCN"), "", TaskSetup.Today.AddDays(12)), []));
            await Expect(Item(leader).GetByTestId("inbox-step")).ToContainTextAsync("Phân công xử lý");
            await Expect(leader.Page.Locator("a[href='/tasks'] [data-testid='nav-count']")).ToBeVisibleAsync();
            await BrowserHost.ScreenshotAsync(leader.Page, "inbox-01-leader");

            // The leader opens it from the inbox; its page says it waits for her; she names the handler there.
            await Item(leader).GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
            await leader.WaitUntilInteractiveAsync();
            var task = new TaskDetailPage(leader);
            await Expect(leader.Page.GetByTestId("waiting-line")).ToContainTextAsync("Phân công xử lý");
            await Expect(leader.Page.GetByTestId("waiting-line")).ToContainTextAsync("Sở Khoa học và Công nghệ");
            await task.AssignHandlerAsync("Nhung", "Lê Thị Hồng Nhung");
            await Expect(leader.Page.GetByTestId("waiting-line")).ToContainTextAsync("Lê Thị Hồng Nhung");
            await Expect(leader.Page.GetByTestId("waiting-line")).ToContainTextAsync("Bắt đầu thực hiện");

            // The specialist, on her phone, sees it arrive; the leader's inbox no longer holds it.
            await Expect(Item(specialist).GetByTestId("inbox-step")).ToContainTextAsync("Bắt đầu thực hiện");
            await BrowserHost.ScreenshotAsync(specialist.Page, "inbox-02-specialist-phone");
            await leader.GoToAsync("/");
            await Expect(leader.Page.GetByTestId("home-inbox")).ToBeVisibleAsync();
            await Expect(Item(leader)).ToHaveCountAsync(0);

            // She starts and submits the result: it leaves her inbox and arrives in the chairman's, both live.
            var handler = await setup.AsAsync("khcn.chuyenvien");
            await handler.StartAsync(id, await setup.VersionAsync(id));
            await Expect(Item(specialist).GetByTestId("inbox-step")).ToContainTextAsync("Trình kết quả");
            await handler.SubmitAsync(id, await setup.VersionAsync(id), "Đã rà soát xong.");
            await Expect(Item(specialist)).ToHaveCountAsync(0);
            await Expect(Item(chairman).GetByTestId("inbox-step")).ToContainTextAsync("Duyệt hoàn thành");
            await BrowserHost.ScreenshotAsync(chairman.Page, "inbox-03-chairman");

            // The whole inbox pages on the server and opens on one module's part.
            await chairman.GoToAsync("/inbox?module=Tasks");
            await Expect(Item(chairman)).ToHaveCountAsync(1);
            await Expect(chairman.Page.GetByTestId("inbox-tabs").GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Selected = true })).ToContainTextAsync("Công việc");
            await BrowserHost.ScreenshotAsync(chairman.Page, "inbox-04-page");
        }
        finally
        {
            await leader.CloseAsync();
            await specialist.CloseAsync();
            await chairman.CloseAsync();
        }
    }
}
