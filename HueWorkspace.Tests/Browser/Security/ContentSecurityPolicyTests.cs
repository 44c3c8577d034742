using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Browser.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Security;

/// <summary>
/// The main pages run under the Content-Security-Policy in Chromium: the circuit connects, MudBlazor's menus open,
/// and the browser reports no violation from sign-in to sign-out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserHost host)
{
    [Fact]
    public async Task TheMainPages_WorkUnderThePolicy_WithNoViolation()
    {
        var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseUrl, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" });
        var violations = new List<string>();
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("CSP violation", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        try
        {
            await page.GotoAsync("/");
            await new LoginPage(page).SignInAsync("chutich", "Hue@2026");
            var shell = new ShellPage(page);
            await shell.WaitUntilInteractiveAsync();

            var db = host.Factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
            await using var reader = await db.CreateDbContextAsync();
            var task = await reader.Tasks.OrderBy(t => t.CreatedAtUtc).Select(t => t.Id).FirstAsync();
            foreach (var path in new[] { "/tasks", "/tasks/new", $"/tasks/{task}", "/notifications", "/announcements", "/" })
            {
                await shell.GoToAsync(path);
            }

            // MudBlazor's script works: a select opens its list.
            await shell.GoToAsync("/tasks/new");
            await page.Locator(".mud-select").First.ClickAsync();
            await Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();

            // A live update still arrives over the circuit's WebSocket (connect-src 'self').
            await shell.GoToAsync("/");
            await Expect(shell.UnreadCount).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
            await page.WaitForURLAsync("**/signed-out**");
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }
        finally
        {
            await context.DisposeAsync();
        }
    }
}
