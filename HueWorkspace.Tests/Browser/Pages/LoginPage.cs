using Microsoft.Playwright;

namespace HueWorkspace.Tests.Browser.Pages;

/// <summary>The built-in provider's Vietnamese sign-in page.</summary>
public sealed class LoginPage(IPage page)
{
    public ILocator UserName => page.GetByLabel("Tên đăng nhập");

    public ILocator Password => page.GetByLabel("Mật khẩu");

    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" });

    public ILocator Error => page.GetByTestId("signin-error");

    public async Task SignInAsync(string userName, string password)
    {
        await page.WaitForURLAsync("**/sso/dang-nhap**");
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }
}
