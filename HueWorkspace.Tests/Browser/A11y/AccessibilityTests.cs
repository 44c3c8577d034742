using System.Text.RegularExpressions;
using HueWorkspace.Tests.Browser.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Browser.A11y;

/// <summary>
/// What the journeys' automatic audit (<see cref="Accessibility"/>) cannot see: pages outside the circuit, the page's
/// language, the keyboard's way in, the names of the icon buttons, and live changes spoken to a screen reader.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessibilityTests(BrowserHost host)
{
    private async Task<IPage> NewPageAsync(ViewportSize size)
    {
        var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseUrl, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh", ViewportSize = size });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task TheStaticPages_SignInWaitingSignedOutNotFound_HaveNoSeriousViolation_AtBothSizes()
    {
        foreach (var size in new[] { Accessibility.Desktop, Accessibility.Phone })
        {
            var page = await NewPageAsync(size);
            try
            {
                var problems = new List<string>();
                async Task AuditAsync(string what) => problems.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(p => $"{what} at {size.Width}px: {p}"));

                await page.GotoAsync("/");
                await page.WaitForURLAsync("**/sso/dang-nhap**");
                await AuditAsync("sign-in");
                await new LoginPage(page).SignInAsync("moi.nhanvien", "sai-mat-khau");
                await Expect(page.GetByTestId("signin-error")).ToBeVisibleAsync();
                await AuditAsync("sign-in refused");
                await new LoginPage(page).SignInAsync("moi.nhanvien", "Hue@2026");
                await Expect(page.GetByTestId("pending-title")).ToBeVisibleAsync();
                await AuditAsync("waiting for assignment");
                await page.GotoAsync("/khong-co-trang-nay");
                await AuditAsync("not found");
                await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
                await page.WaitForURLAsync("**/signed-out**");
                await AuditAsync("signed out");
                Assert.True(problems.Count == 0, string.Join("\n", problems));
            }
            finally
            {
                await page.Context.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ThePageLanguage_FollowsTheChosenLanguage()
    {
        var shell = await host.SignInAsync("tc.chuyenvien");
        try
        {
            await Expect(shell.Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
            await shell.Page.GetByRole(AriaRole.Link, new() { Name = "EN – Chuyển sang tiếng Anh (English)" }).ClickAsync();
            await shell.WaitUntilInteractiveAsync();
            await Expect(shell.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await shell.Page.GetByRole(AriaRole.Link, new() { Name = "VI – Switch to Vietnamese (Tiếng Việt)" }).ClickAsync();
            await shell.WaitUntilInteractiveAsync();
            await Expect(shell.Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        }
        finally
        {
            await shell.CloseAsync();
        }
    }

    [Fact]
    public async Task TheSkipLink_IsTheFirstStopOfTheKeyboard_AndMovesFocusToTheContent()
    {
        var shell = await host.SignInAsync("tc.chuyenvien");
        try
        {
            await shell.GoToAsync("/tasks");

            // It is the first thing the keyboard reaches: before the menu button, by Shift+Tab from it.
            Assert.True(await shell.Page.EvaluateAsync<bool>(
                "() => document.querySelector('a[href], button, input, [tabindex]:not([tabindex=\"-1\"])').dataset.testid === 'skip-link'"));
            await shell.Page.GetByRole(AriaRole.Button, new() { Name = "Mở/đóng menu" }).FocusAsync();
            await shell.Page.Keyboard.PressAsync("Shift+Tab");
            var skip = shell.Page.GetByTestId("skip-link");
            await Expect(skip).ToBeFocusedAsync();
            await Expect(skip).ToBeInViewportAsync();
            await Expect(skip).ToHaveTextAsync("Bỏ qua, đến nội dung chính");
            await shell.Page.Keyboard.PressAsync("Enter");
            await Expect(shell.Page.Locator("#main-content")).ToBeFocusedAsync();
            Assert.EndsWith("/tasks", shell.Page.Url); // the link did not navigate home

            // The next Tab lands inside the content, not back in the app bar.
            await shell.Page.Keyboard.PressAsync("Tab");
            Assert.True(await shell.Page.EvaluateAsync<bool>("() => document.getElementById('main-content').contains(document.activeElement)"));
        }
        finally
        {
            await shell.CloseAsync();
        }
    }

    [Fact]
    public async Task AnActionForm_TakesTheKeyboardIn_AndGivesItBackToItsButton()
    {
        var id = await new TaskSetup(host).InProgressForSpecialistAsync($"Rà soát bàn phím {Guid.NewGuid().ToString()[..4]}");
        var shell = await host.SignInAsync("khcn.chuyenvien");
        try
        {
            var detail = new TaskDetailPage(shell);
            await detail.OpenAsync($"/tasks/{id}");
            var report = detail.Action("Report");
            await report.FocusAsync();
            await shell.Page.Keyboard.PressAsync("Enter");
            await Expect(report).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(shell.Page.Locator("#task-action-title")).ToBeFocusedAsync();
            await Expect(shell.Page.GetByRole(AriaRole.Region, new() { Name = "Báo cáo tiến độ" })).ToBeVisibleAsync();

            await shell.Page.GetByTestId("cancel").FocusAsync();
            await shell.Page.Keyboard.PressAsync("Enter");
            await Expect(detail.Actions.Locator("xpath=..").GetByTestId("action-form")).ToHaveCountAsync(0);
            await Expect(report).ToBeFocusedAsync();
            await Expect(report).ToHaveAttributeAsync("aria-expanded", "false");
        }
        finally
        {
            await shell.CloseAsync();
        }
    }

    [Fact]
    public async Task TheIconButtons_HaveVietnameseNames_AndTheBellSaysHowManyAreUnread()
    {
        var shell = await host.SignInAsync("tc.chuyenvien");
        try
        {
            var page = shell.Page;
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mở/đóng menu" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "EN – Chuyển sang tiếng Anh (English)" })).ToBeVisibleAsync();
            var unread = await shell.UnreadCount.TextContentAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Thông báo: {unread} chưa đọc" })).ToBeVisibleAsync();
        }
        finally
        {
            await shell.CloseAsync();
        }
    }

    [Fact]
    public async Task ATaskArrivingWhileTheListIsOpen_IsAnnouncedPolitely()
    {
        var leader = await host.SignInAsync("khcn.lanhdao");
        try
        {
            await leader.GoToAsync("/tasks?tab=MyUnit");
            await Expect(leader.Page.GetByTestId("live-region")).ToHaveAttributeAsync("aria-live", "polite");

            // Every line added to the region is what a screen reader says.
            await leader.Page.EvaluateAsync(@"() => { window.__spoken = []; const r = document.querySelector('[data-testid=live-region]');
                new MutationObserver(records => records.forEach(m => m.addedNodes.forEach(n => window.__spoken.push(n.textContent))))
                    .observe(r, { childList: true }); }");
            var title = $"Khảo sát hạ tầng số {Guid.NewGuid().ToString()[..4]}";
            await (await new TaskSetup(host).AsAsync("chutich")).CreateAsync(new HueWorkspace.Domain.Tasks.CreateTask(title, null,
                HueWorkspace.Domain.Tasks.TaskPriority.Normal,
                new HueWorkspace.Domain.Tasks.TaskUnitDue(await HueWorkspace.Tests.Builders.DemoActors.UnitIdAsync(
                    host.Factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<HueWorkspace.Domain.Persistence.WorkspaceDbContext>>(), "SKHCN"), "", TaskSetup.Today.AddDays(9)), []));

            await Expect(leader.Page.GetByTestId("task-row").Filter(new() { HasText = title })).ToHaveCountAsync(1);
            await leader.Page.WaitForFunctionAsync("() => window.__spoken.some(t => t.includes('Danh sách công việc vừa được cập nhật')) && window.__spoken.some(t => t.includes('Thông báo mới'))");
            var spoken = await leader.Page.EvaluateAsync<string[]>("() => window.__spoken");
            Assert.Contains(spoken, s => s.Contains("Thông báo mới") && s.Contains(title));
            Assert.Contains(spoken, s => CountPattern().IsMatch(s));
        }
        finally
        {
            await leader.CloseAsync();
        }
    }

    [GeneratedRegex(@"Danh sách công việc vừa được cập nhật: \d+ việc\.")]
    private static partial Regex CountPattern();
}
