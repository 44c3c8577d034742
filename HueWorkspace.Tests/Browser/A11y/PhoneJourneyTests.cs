using HueWorkspace.Tests.Browser.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.A11y;

/// <summary>
/// Between two meetings, on a 390 × 844 phone: a specialist signs in, filters the task list behind the "Lọc" button,
/// opens a task from its card and reports progress — and no page ever scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task EveryMainPage_FitsAPhone_WithFormsInOneColumn()
    {
        var id = await new TaskSetup(host).InProgressForSpecialistAsync($"Vừa màn hình {Guid.NewGuid().ToString()[..4]}");
        var shell = await host.SignInAsync("khcn.lanhdao", viewport: Accessibility.Phone);
        try
        {
            foreach (var (path, name) in new[] { ("/", "home"), ("/tasks", "tasks"), ("/tasks/new", "new-task"), ($"/tasks/{id}", "task"),
                         ("/notifications", "notifications"), ("/inbox", "inbox"), ("/announcements", "announcements"), ("/announcements/new", "new-announcement") })
            {
                await shell.GoToAsync(path);
                await AssertNoSidewaysScrollAsync(shell.Page, name);
                await BrowserHost.ScreenshotAsync(shell.Page, "phone-page-" + name);
            }

            // The new-task form is one column: the lead unit and its deadline are stacked, each the width of the screen.
            await shell.GoToAsync("/tasks/new");
            var lead = shell.Page.GetByTestId("lead");
            var unit = await lead.Locator(".mud-select").First.BoundingBoxAsync();
            var due = await lead.Locator(".mud-picker").First.BoundingBoxAsync();
            Assert.True(due!.Y >= unit!.Y + unit.Height - 1, "the deadline should be below the unit on a phone");
            Assert.True(unit.Width > 300 && due.Width > 300, $"fields should use the width: {unit.Width} and {due.Width}");

            // The deadline is typed with the phone's keyboard (dd/MM/yyyy), no calendar needed.
            await NewTaskPage.TypeDateAsync(lead, TaskSetup.Today.AddDays(5));
        }
        finally
        {
            await shell.CloseAsync();
        }
    }

    [Fact]
    public async Task TheAdministrationPages_FitAPhone_AsCards()
    {
        var shell = await host.SignInAsync("admin", viewport: Accessibility.Phone);
        try
        {
            foreach (var (path, table) in new[] { ("/admin/people", "people-table"), ("/admin/units", "unit-table"), ("/admin/holidays", "holiday-table"), ("/admin/audit", "audit-table") })
            {
                await shell.GoToAsync(path);
                await Expect(shell.Page.GetByTestId(table).Locator("thead")).ToBeHiddenAsync();
                await AssertNoSidewaysScrollAsync(shell.Page, path.Replace('/', '-'));
                await BrowserHost.ScreenshotAsync(shell.Page, "phone-admin" + path.Replace('/', '-'));
            }
        }
        finally
        {
            await shell.CloseAsync();
        }
    }

    [Fact]
    public async Task TheListsPeopleKeepOpen_AndThePublicCatalogue_FitAPhone_WithEveryTabLabelWhole()
    {
        foreach (var (user, paths) in new[]
                 {
                     ("vp.vanthu", new[] { "/documents", "/outgoing" }),
                     ("khcn.dulieu", new[] { "/data-requests", "/datasets", "/data-requests/log" }),
                     ("khcn.lanhdao", new[] { "/tasks", "/dashboard" }),
                 })
        {
            var shell = await host.SignInAsync(user, viewport: Accessibility.Phone);
            try
            {
                foreach (var path in paths)
                {
                    await shell.GoToAsync(path);
                    await AssertNoSidewaysScrollAsync(shell.Page, path);
                    await BrowserHost.ScreenshotAsync(shell.Page, "phone-list" + path.Replace('/', '-'));

                    // No tab label is cut: each tab is as wide as its text and inside the screen.
                    var cut = await shell.Page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('.hw-tabs .mud-tab')]
                        .filter(t => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .map(t => t.textContent.trim())");
                    Assert.True(cut.Length == 0, $"{path}: cut tabs {string.Join(", ", cut)}");
                }
            }
            finally
            {
                await shell.CloseAsync();
            }
        }

        // Signed out, the open catalogue is a column of cards, the validity date of each readable: on the demo's own
        // certified datasets (an instance seeded with them, beside the shared one, which has none).
        await using var demo = new HueWorkspace.Tests.Integration.WorkspaceFactory { OnKestrel = true, DemoDatasets = true };
        demo.UseKestrel(BrowserHost.FreePort());
        demo.StartServer();
        var demoUrl = demo.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        await using var context = await host.Browser.NewContextAsync(new() { BaseURL = demoUrl, ViewportSize = Accessibility.Phone });
        var visitor = await context.NewPageAsync();
        await visitor.GotoAsync("/open-data/catalogue");
        await AssertNoSidewaysScrollAsync(visitor, "open-data catalogue");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(visitor));
        await Expect(visitor.GetByTestId("catalogue-row").First).ToBeVisibleAsync();
        var validity = visitor.GetByTestId("catalogue-row").First.Locator("td").Last;
        var box = await validity.BoundingBoxAsync();
        Assert.True(box!.X + box.Width <= Accessibility.Phone.Width + 1, $"the validity date ends at {box.X + box.Width}");
        await BrowserHost.ScreenshotAsync(visitor, "phone-open-data-catalogue");
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (widths[0] > widths[1])
        {
            // Name the widest culprits: the quickest way to the rule to fix.
            var wide = await page.EvaluateAsync<string[]>(@"(w) => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1 && e.children.length === 0)
                .slice(0, 8).map(e => e.tagName + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right))", widths[1]);
            await BrowserHost.ScreenshotAsync(page, "phone-failed-" + where.Replace(' ', '-'));
            Assert.Fail($"{where}: the page is {widths[0]} px wide on a {widths[1]} px screen: {string.Join("; ", wide)}");
        }
    }

    [Fact]
    public async Task ASpecialistOnAPhone_FiltersOpensAndReports_WithoutScrollingSideways()
    {
        var title = $"Cập nhật dữ liệu đất đai {Guid.NewGuid().ToString()[..4]}";
        var id = await new TaskSetup(host).InProgressForSpecialistAsync(title);
        var shell = await host.SignInAsync("khcn.chuyenvien", viewport: Accessibility.Phone);
        var page = shell.Page;
        try
        {
            // The bar keeps the product name and the bell; name and unit are in the menu.
            await Expect(shell.UserName).ToBeHiddenAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "HueWorkspace" })).ToBeVisibleAsync();
            await AssertNoSidewaysScrollAsync(page, "home");
            await BrowserHost.ScreenshotAsync(page, "phone-01-home");

            await shell.GoToAsync("/tasks?tab=HandledByMe");
            var filters = page.GetByTestId("task-filters");
            await Expect(page.GetByTestId("search")).ToBeVisibleAsync();
            await Expect(filters.GetByTestId("filter-state")).ToBeHiddenAsync();
            await AssertNoSidewaysScrollAsync(page, "task list");
            await BrowserHost.ScreenshotAsync(page, "phone-02-list");

            // Filters fold behind one button that counts those in use.
            var toggle = page.GetByTestId("filter-toggle");
            await Expect(toggle).ToHaveTextAsync("Lọc");
            await toggle.ClickAsync();
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
            await filters.GetByTestId("filter-state").SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện" });
            await Expect(toggle).ToHaveTextAsync("Lọc (1)");
            await BrowserHost.ScreenshotAsync(page, "phone-03-filters-open");
            await toggle.ClickAsync();
            await Expect(filters.GetByTestId("filter-state")).ToBeHiddenAsync();

            // Each task is a card; the whole card is one tap.
            var card = page.GetByTestId("task-row").Filter(new() { HasText = title });
            await Expect(card).ToHaveCountAsync(1);
            await Expect(card).ToContainTextAsync("Sở Khoa học và Công nghệ");
            await Expect(card).ToContainTextAsync("Đang thực hiện");
            await AssertNoSidewaysScrollAsync(page, "filtered list");
            await BrowserHost.ScreenshotAsync(page, "phone-04-cards");
            // A tap near the card's bottom-right corner, far from the title's text, still opens it.
            var box = (await card.BoundingBoxAsync())!;
            await card.TapAsync(new() { Position = new() { X = box.Width - 20, Y = box.Height - 10 } });
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/tasks/{id}$"));
            await shell.WaitUntilInteractiveAsync();

            // The facts come first; the actions fit the screen.
            var facts = await page.GetByTestId("task-facts").BoundingBoxAsync();
            var timeline = await page.GetByTestId("timeline").BoundingBoxAsync();
            Assert.True(facts!.Y < timeline!.Y, "the facts should be above the timeline on a phone");
            await AssertNoSidewaysScrollAsync(page, "task");
            await BrowserHost.ScreenshotAsync(page, "phone-05-task");

            var detail = new TaskDetailPage(shell);
            await detail.ReportAsync(40, "Đã rà soát 2 phường.");
            await Expect(detail.Percent).ToContainTextAsync("40%");
            await Expect(detail.Timeline).ToContainTextAsync("Đã rà soát 2 phường.");
            await AssertNoSidewaysScrollAsync(page, "task after report");
            await BrowserHost.ScreenshotAsync(page, "phone-06-reported");
        }
        finally
        {
            await shell.CloseAsync();
        }
    }
}
