using HueWorkspace.Tests.Browser.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Announcements;

/// <summary>
/// A city leader and a member of another unit, signed in side by side: the leader sends an announcement to
/// the member's unit; the member's bell and home page update without a reload; a third unit sees nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnnouncementJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task LeaderAnnouncesToAUnit_TheMemberSeesItLive_AThirdUnitSeesNothing()
    {
        var leader = await host.SignInAsync("phochutich");
        var member = await host.SignInAsync("thuanhoa.chuyenvien");
        var outsider = await host.SignInAsync("gd.chuyenvien");
        try
        {
            await Expect(member.UserName).ToHaveTextAsync("Phạm Thị Kim Oanh");
            await Expect(member.UserUnit).ToHaveTextAsync("UBND phường Thuận Hóa");
            await Expect(member.UnreadCount).ToHaveTextAsync("0");
            await Expect(outsider.UnreadCount).ToHaveTextAsync("0");
            await BrowserHost.ScreenshotAsync(member.Page, "01-member-home-before");

            var send = new SendAnnouncementPage(leader);
            await send.OpenAsync();
            await BrowserHost.ScreenshotAsync(leader.Page, "02-leader-send-form");
            await send.SendToUnitAsync("Lịch tiếp công dân tháng 12", "Kính gửi UBND phường Thuận Hóa: lịch tiếp công dân tháng 12/2026 đính kèm.", "UBND phường Thuận Hóa");
            await Expect(leader.Page.GetByTestId("announcement-body")).ToContainTextAsync("lịch tiếp công dân tháng 12/2026");
            await BrowserHost.ScreenshotAsync(leader.Page, "03-leader-announcement");

            // No reload: the member's circuit receives it.
            await Expect(member.UnreadCount).ToHaveTextAsync("1");
            await Expect(member.HomeAnnouncements).ToContainTextAsync("Lịch tiếp công dân tháng 12");
            await Expect(member.Page.Locator(".mud-snackbar")).ToContainTextAsync("Thông báo: Lịch tiếp công dân tháng 12");
            await BrowserHost.ScreenshotAsync(member.Page, "04-member-home-after");

            // The member opens it from the bell's list; reading it lowers the count everywhere.
            await member.GoToAsync("/notifications");
            await member.Page.GetByRole(AriaRole.Link, new() { Name = "Thông báo: Lịch tiếp công dân tháng 12" }).ClickAsync();
            await Expect(member.Page.GetByTestId("announcement-body")).ToContainTextAsync("đính kèm");
            await Expect(member.UnreadCount).ToHaveTextAsync("0");

            // The third unit's person: nothing live, nothing after a reload either.
            await Expect(outsider.UnreadCount).ToHaveTextAsync("0");
            await outsider.GoToAsync("/");
            await Expect(outsider.UnreadCount).ToHaveTextAsync("0");
            await Expect(outsider.Page.GetByText("Lịch tiếp công dân tháng 12")).ToHaveCountAsync(0);
            await Expect(outsider.Page.GetByTestId("home-announcements-empty")).ToBeVisibleAsync();
        }
        finally
        {
            await leader.CloseAsync();
            await member.CloseAsync();
            await outsider.CloseAsync();
        }
    }
}
