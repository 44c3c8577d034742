using HueWorkspace.Tests.Browser.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Admin;

/// <summary>
/// A newcomer signs in and waits; the administrator finds them without typing diacritics, gives them a unit
/// and a role; the newcomer reloads and is in. The change shows in the audit trail.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssignmentJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task AdministratorAssignsAWaitingPerson_WhoThenGetsIn()
    {
        var newcomerContext = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseUrl, Locale = "vi-VN" });
        var admin = await host.SignInAsync("admin");
        try
        {
            var newcomer = await newcomerContext.NewPageAsync();
            await newcomer.GotoAsync("/");
            await new LoginPage(newcomer).SignInAsync("dhkh.khaithac", "Hue@2026");
            await new ShellPage(newcomer).WaitUntilInteractiveAsync();

            await admin.GoToAsync("/admin/people");
            await admin.Page.GetByLabel("Tìm theo tên, tên đăng nhập, e-mail").FillAsync("luong thi thu");
            var rows = admin.Page.Locator("[data-testid=people-table] tbody tr");
            await Expect(rows).ToHaveCountAsync(1);
            var row = rows.Filter(new() { HasText = "Lương Thị Thu" });
            await Expect(row).ToHaveCountAsync(1);
            await BrowserHost.ScreenshotAsync(admin.Page, "20-admin-people");

            // Take the external requester's role away: they now wait for an assignment.
            await row.GetByRole(AriaRole.Button, new() { Name = "Gỡ phân công" }).ClickAsync();
            await Expect(admin.Page.GetByTestId("error")).ToHaveCountAsync(0);
            await Expect(row.GetByText("Chờ phân công")).ToBeVisibleAsync();
            await newcomer.ReloadAsync();
            await Expect(newcomer.GetByTestId("pending-title")).ToBeVisibleAsync();

            // Give it back.
            await row.GetByRole(AriaRole.Button, new() { Name = "Phân công" }).ClickAsync();
            var form = admin.Page.GetByTestId("assign-form");
            await form.Locator(".mud-select").First.ClickAsync();
            await admin.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Trường Đại học Khoa học" }).First.ClickAsync();
            await form.GetByLabel("Tổ chức khai thác dữ liệu").CheckAsync();
            await BrowserHost.ScreenshotAsync(admin.Page, "21-admin-assign");
            await form.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
            await Expect(row.GetByText("Tổ chức khai thác dữ liệu")).ToBeVisibleAsync();

            await newcomer.GotoAsync("/");
            var shell = new ShellPage(newcomer);
            await shell.WaitUntilInteractiveAsync();
            await Expect(shell.UserUnit).ToHaveTextAsync("Trường Đại học Khoa học, Đại học Huế");
            await Expect(newcomer.GetByRole(AriaRole.Link, new() { Name = "Giao việc" })).ToHaveCountAsync(0);

            await admin.GoToAsync("/admin/audit");
            var byAdmin = admin.Page.Locator("[data-testid=audit-table] tbody tr").Filter(new() { HasText = "Phạm Quốc Huy" });
            await Expect(byAdmin.First).ToContainTextAsync("Người dùng");
            await Expect(byAdmin.First).ToContainTextAsync("Cập nhật");
            await BrowserHost.ScreenshotAsync(admin.Page, "22-admin-audit");

            // Filtered on the server by record (its name without diacritics) and by person: the assignment, in Vietnamese;
            // the newcomer's sign-in is theirs, not a visitor's.
            await admin.Page.GetByTestId("audit-record").FillAsync("luong thi thu");
            await admin.Page.GetByTestId("audit-filter").ClickAsync();
            var lines = admin.Page.GetByTestId("audit-row");
            await Expect(lines.First).ToContainTextAsync("Lương Thị Thu");
            await Expect(lines.Filter(new() { HasText = "Phạm Quốc Huy" }).Filter(new() { HasText = "Cập nhật: Vai trò" }).First).ToBeVisibleAsync();
            await admin.Page.GetByTestId("audit-record").FillAsync("dhkh.khaithac");
            await admin.Page.GetByTestId("audit-actor").FillAsync("luong thi thu");
            await admin.Page.GetByTestId("audit-filter").ClickAsync();
            await Expect(lines.First).ToContainTextAsync("Đăng nhập thành công");
            await Expect(admin.Page.GetByTestId("audit-table")).Not.ToContainTextAsync("Khách (chưa đăng nhập)");
            await Expect(admin.Page.GetByTestId("audit-export")).ToHaveAttributeAsync("href", "/admin/audit.xlsx?actor=luong%20thi%20thu&record=dhkh.khaithac");
            await admin.GoToAsync("/admin/units");
            await Expect(admin.Page.GetByTestId("unit-table")).ToContainTextAsync("Trung tâm Giám sát, điều hành đô thị thông minh");
            await BrowserHost.ScreenshotAsync(admin.Page, "23-admin-units");
            await admin.GoToAsync("/admin/holidays");
            await Expect(admin.Page.GetByTestId("holiday-table")).ToContainTextAsync("Tết Nguyên đán");
            await BrowserHost.ScreenshotAsync(admin.Page, "24-admin-holidays");
        }
        catch
        {
            await BrowserHost.ScreenshotAsync(admin.Page, "29-admin-failure");
            throw;
        }
        finally
        {
            await admin.CloseAsync();
            await newcomerContext.DisposeAsync();
        }
    }
}
