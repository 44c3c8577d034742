using HueWorkspace.Tests.Browser.A11y;
using HueWorkspace.Tests.Browser.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Dashboards;

/// <summary>
/// Art. 18: a department's leader keeps the dashboard open; the city leader approves a task of that department in another
/// browser; the number of completed tasks moves on the first screen without a reload, and opens the list behind it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task ATaskCompletedElsewhere_MovesTheLeadersNumber_Live_AndTheNumberOpensItsList()
    {
        var title = $"Tổng hợp số liệu điều hành {Guid.NewGuid().ToString()[..4]}";
        var setup = new TaskSetup(host);
        var id = await setup.InProgressForSpecialistAsync(title);
        await (await setup.AsAsync("khcn.chuyenvien")).SubmitAsync(id, await setup.VersionAsync(id), "Đã tổng hợp xong.");

        var department = await host.SignInAsync("khcn.lanhdao");
        var city = await host.SignInAsync("chutich");
        try
        {
            await department.GoToAsync("/dashboard");
            var page = department.Page;
            await Expect(page.GetByTestId("dashboard-path")).ToContainTextAsync("Sở Khoa học và Công nghệ");
            var completed = page.GetByTestId("tasks-completed-value");
            var before = int.Parse(await completed.TextContentAsync() ?? "0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
            await BrowserHost.ScreenshotAsync(page, "dashboard-01-before");

            var task = new TaskDetailPage(city);
            await task.OpenAsync($"/tasks/{id}");
            await task.DoAsync("Approve", "Đồng ý, hoàn thành.");

            await Expect(completed).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await BrowserHost.ScreenshotAsync(page, "dashboard-02-after");

            // The number is the list behind it: this month's completed tasks led by the department, filtered in the address.
            await completed.ClickAsync();
            await department.WaitUntilInteractiveAsync();
            Assert.Contains("on=Completed&from=", page.Url); // the keys every list shares (issue 22): on, from, to, unit
            await Expect(page.GetByTestId("from-dashboard")).ToContainTextAsync("Sở Khoa học và Công nghệ");
            await Expect(page.GetByTestId("task-row").Filter(new() { HasText = title })).ToHaveCountAsync(1);
        }
        finally
        {
            await department.CloseAsync();
            await city.CloseAsync();
        }
    }
}
