using HueWorkspace.Tests.Browser.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Auth;

/// <summary>Signing in and out in a real browser, and the waiting page of a person with no assignment.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task WrongPassword_ThenRightPassword_ThenSignOut()
    {
        var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseUrl, Locale = "vi-VN" });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/dashboard");
            var login = new LoginPage(page);
            await login.SignInAsync("khcn.lanhdao", "sai");
            await Expect(login.Error).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
            await BrowserHost.ScreenshotAsync(page, "10-signin-wrong-password");

            await login.SignInAsync("khcn.lanhdao", "Hue@2026");
            var shell = new ShellPage(page);
            await shell.WaitUntilInteractiveAsync();
            await Expect(page).ToHaveURLAsync(host.BaseUrl + "/dashboard");
            await Expect(shell.UserName).ToHaveTextAsync("Đặng Ngọc Bảo");
            await Expect(shell.UserUnit).ToHaveTextAsync("Sở Khoa học và Công nghệ");

            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bạn đã đăng xuất" })).ToBeVisibleAsync();
            await page.GotoAsync("/");
            await page.WaitForURLAsync("**/sso/dang-nhap**");
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task APersonWithoutAssignment_SeesOnlyTheWaitingPage()
    {
        var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseUrl, Locale = "vi-VN" });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await new LoginPage(page).SignInAsync("moi.nhanvien", "Hue@2026");
            await Expect(page.GetByTestId("pending-title")).ToHaveTextAsync("Tài khoản đang chờ phân công");
            await BrowserHost.ScreenshotAsync(page, "11-pending-assignment");
            await page.GotoAsync("/admin/people");
            await Expect(page.GetByTestId("pending-title")).ToBeVisibleAsync();
        }
        finally
        {
            await context.DisposeAsync();
        }
    }
}
