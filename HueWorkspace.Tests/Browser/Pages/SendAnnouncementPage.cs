using Microsoft.Playwright;

namespace HueWorkspace.Tests.Browser.Pages;

/// <summary>"Gửi thông báo": title, body, receiving unit, send.</summary>
public sealed class SendAnnouncementPage(ShellPage shell)
{
    private IPage Page => shell.Page;

    public async Task OpenAsync() => await shell.GoToAsync("/announcements/new");

    public async Task SendToUnitAsync(string title, string body, string unitName)
    {
        await Page.GetByLabel("Tiêu đề").FillAsync(title);
        await Page.GetByLabel("Nội dung").FillAsync(body);
        await Page.Locator(".mud-select").Filter(new() { HasText = "Đơn vị nhận" }).First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = unitName }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi thông báo" }).Last.ClickAsync();
        await Page.WaitForURLAsync("**/announcements/*-*");
    }

    public ILocator Error => Page.GetByTestId("error");
}
