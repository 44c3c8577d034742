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
        var leader = await host.SignInAsync("khcn.lanhdao");
        try
        {
            await leader.GoToAsync("/notifications");
            await leader.Page.EvaluateAsync("() => { window.__stayed = true; }");
            var before = int.Parse(await leader.UnreadCount.TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);

            // The city leader gives the department a task: its leader is told, and the open list shows it live.
            var setup = new TaskSetup(host);
            await (await setup.AsAsync("chutich")).CreateAsync(new CreateTask(title, "Theo kế hoạch năm.", TaskPriority.High,
                new TaskUnitDue(await DemoActors.UnitIdAsync(host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), "SKHCN"), "", TaskSetup.Today.AddDays(12)), []));
            var arrived = leader.Page.GetByTestId("notification").Filter(new() { HasText = title });
            await Expect(arrived).ToHaveCountAsync(1);
            await Expect(leader.UnreadCount).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
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
            await BrowserHost.ScreenshotAsync(leader.Page, "notifications-02-read");
        }
        finally
        {
            await leader.CloseAsync();
        }
    }
}
