using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Browser.A11y;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Notifications;

/// <summary>
/// The notifications list is rendered by the server without a circuit of its own (docs/decisions/0012-all-day-pages.md),
/// and still live: a notification that arrives appears without a reload, and the filter, the marking and the page stay in
/// the address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationsPageJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task ANotificationArrives_WithoutAReload_AndIsMarkedReadUnderTheUnreadFilter()
    {
        var title = $"Rà soát hạ tầng số {Guid.NewGuid().ToString()[..6]}";
        // Sở Tài chính, not the department other journeys watch on their home page's first inbox lines.
        var leader = await host.SignInAsync("tc.lanhdao");
        try
        {
            await leader.GoToAsync("/notifications");
            await leader.Page.EvaluateAsync("() => { window.__stayed = true; }");
            var before = int.Parse(await leader.UnreadCount.TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);

            // The city leader gives the department a task: its leader is told, and the open list shows it live.
            var setup = new TaskSetup(host);
            await (await setup.AsAsync("chutich")).CreateAsync(new CreateTask(title, "Theo kế hoạch năm.", TaskPriority.High,
                new TaskUnitDue(await DemoActors.UnitIdAsync(host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), "STC"), "", TaskSetup.Today.AddDays(12)), []));
            var arrived = leader.Page.GetByTestId("notification").Filter(new() { HasText = title });
            await Expect(arrived).ToHaveCountAsync(1);
            await Expect(leader.UnreadCount).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(leader.Page.GetByTestId("mark-all")).ToBeEnabledAsync();
            Assert.True(await leader.Page.EvaluateAsync<bool>("() => window.__stayed === true"), "the list should change in place, not reload");
            await BrowserHost.ScreenshotAsync(leader.Page, "notifications-01-arrived");

            // Unread only: the switch puts the filter in the address; marking the notification read takes it off the list.
            await leader.Page.GetByTestId("unread-only").CheckAsync();
            await Expect(leader.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/notifications\?unread=true$"));
            await Expect(arrived).ToHaveCountAsync(1);
            await arrived.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu đã đọc" }).ClickAsync();
            await Expect(arrived).ToHaveCountAsync(0);
            await Expect(leader.UnreadCount).ToHaveTextAsync(before.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(leader.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/notifications\?unread=true$"));
            Assert.True(await leader.Page.EvaluateAsync<bool>("() => window.__stayed === true"), "filtering and marking should not reload the page");

            // Read notifications are on the whole list, and the page is still live after the form posts.
            await leader.Page.GetByTestId("unread-only").UncheckAsync();
            await Expect(arrived).ToHaveCountAsync(1);
            await Expect(arrived).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("unread"));

            // Another task arrives; marking everything read empties the bell and leaves nothing to mark.
            var second = title + " (2)";
            await (await setup.AsAsync("chutich")).CreateAsync(new CreateTask(second, "Theo kế hoạch năm.", TaskPriority.Normal,
                new TaskUnitDue(await DemoActors.UnitIdAsync(host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), "STC"), "", TaskSetup.Today.AddDays(12)), []));
            await Expect(leader.Page.GetByTestId("notification").Filter(new() { HasText = second })).ToHaveCountAsync(1);
            await Expect(leader.Page.GetByTestId("mark-all")).ToBeEnabledAsync();
            await leader.Page.GetByTestId("mark-all").ClickAsync();
            await Expect(leader.UnreadCount).ToHaveTextAsync("0");
            await Expect(leader.Page.GetByTestId("mark-all")).ToBeDisabledAsync();
            await Expect(leader.Page.GetByTestId("notification").Locator("xpath=self::*[contains(@class,'unread')]")).ToHaveCountAsync(0);
            Assert.True(await leader.Page.EvaluateAsync<bool>("() => window.__stayed === true"), "marking all should not reload the page");
            await BrowserHost.ScreenshotAsync(leader.Page, "notifications-02-read");
        }
        finally
        {
            await leader.CloseAsync();
        }
    }

    [Fact]
    public async Task TheMenuOfAStaticPage_OpensAndClosesOnAPhone_AndOnADesk_AndStaysAsChosenAfterALiveRefresh()
    {
        var phone = await host.SignInAsync("tc.chuyenvien", viewport: Accessibility.Phone);
        var desk = await host.SignInAsync("tc.chuyenvien");
        try
        {
            // On a phone the menu starts closed; the button opens it over the page, a tap beside it closes it.
            await phone.GoToAsync("/notifications");
            var toggle = phone.Page.GetByRole(AriaRole.Button, new() { Name = "Mở/đóng menu" });
            var menu = phone.Page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
            await Expect(menu).ToBeHiddenAsync();
            await toggle.ClickAsync();
            await Expect(menu).ToBeVisibleAsync();
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
            await BrowserHost.ScreenshotAsync(phone.Page, "notifications-phone-menu");
            await phone.Page.Mouse.ClickAsync(370, 400);
            await ExpectMenuGoneAsync(phone.Page);

            // Choosing a page in the open menu goes there and closes the menu.
            await toggle.ClickAsync();
            await menu.GetByRole(AriaRole.Link, new() { Name = "Hội đồng thẩm định" }).ClickAsync();
            await Expect(phone.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/councils$"));
            await phone.WaitUntilInteractiveAsync();
            await ExpectMenuGoneAsync(phone.Page);

            // On a desk it starts open; closed by the person, it stays closed when a change refreshes the page.
            await desk.GoToAsync("/notifications");
            var deskMenu = desk.Page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
            await Expect(deskMenu).ToBeVisibleAsync();
            await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Mở/đóng menu" }).ClickAsync();
            await Expect(desk.Page.Locator("aside.mud-drawer")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
            var before = await desk.UnreadCount.TextContentAsync();
            var setup = new TaskSetup(host);
            var title = $"Menu đóng {Guid.NewGuid().ToString()[..6]}";
            var id = await (await setup.AsAsync("chutich")).CreateAsync(new CreateTask(title, "Theo kế hoạch năm.", TaskPriority.Normal,
                new TaskUnitDue(await DemoActors.UnitIdAsync(host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), "STC"), "", TaskSetup.Today.AddDays(12)), []));
            await (await setup.AsAsync("tc.lanhdao")).AssignHandlerAsync(id, await setup.VersionAsync(id),
                await DemoActors.UnitIdAsync(host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), "STC"),
                await DemoActors.UserIdAsync(host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), "tc.chuyenvien"), TaskSetup.Today.AddDays(10));
            await Expect(desk.Page.GetByTestId("notification").Filter(new() { HasText = title })).Not.ToHaveCountAsync(0);
            await Expect(desk.UnreadCount).Not.ToHaveTextAsync(before ?? "");
            await Expect(desk.Page.Locator("aside.mud-drawer")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
        }
        finally
        {
            await phone.CloseAsync();
            await desk.CloseAsync();
        }
    }

    /// <summary>The menu is closed and out of sight: the toggle says so and the drawer is off the screen or not drawn.</summary>
    private static async Task ExpectMenuGoneAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mở/đóng menu" })).ToHaveAttributeAsync("aria-expanded", "false");
        for (var i = 0; i < 50; i++)
        {
            if (await page.EvaluateAsync<bool>(@"() => { const d = document.querySelector('aside.mud-drawer');
                return getComputedStyle(d).display === 'none' || d.getBoundingClientRect().right <= 1; }"))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the menu should be out of sight");
    }
}
