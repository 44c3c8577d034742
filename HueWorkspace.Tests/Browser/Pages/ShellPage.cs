using Microsoft.Playwright;

namespace HueWorkspace.Tests.Browser.Pages;

/// <summary>The app shell every signed-in page has: the user's name and unit, the live bell, navigation.</summary>
public sealed class ShellPage(IPage page)
{
    public IPage Page => page;

    public ILocator UserName => page.GetByTestId("user-name");

    public ILocator UserUnit => page.GetByTestId("user-unit");

    public ILocator UnreadCount => page.GetByTestId("unread-count");

    public ILocator HomeAnnouncements => page.GetByTestId("home-announcements");

    /// <summary>
    /// The layout marks itself once the Blazor circuit is live; nothing waits on timers. The first time a kind of page is
    /// reached it is audited for accessibility at desktop and phone size (<see cref="Accessibility"/>).
    /// </summary>
    public async Task WaitUntilInteractiveAsync()
    {
        try
        {
            await page.Locator(BrowserHost.LiveSelector).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            await Accessibility.AuditOnceAsync(page);
        }
        catch (TimeoutException)
        {
            // What the page showed instead is the quickest way to the cause.
            await BrowserHost.ScreenshotAsync(page, "failed-" + new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '-'));
            throw;
        }
    }

    public async Task GoToAsync(string path)
    {
        await page.GotoAsync(path);
        await WaitUntilInteractiveAsync();
    }

    public ValueTask CloseAsync() => page.Context.DisposeAsync();
}
