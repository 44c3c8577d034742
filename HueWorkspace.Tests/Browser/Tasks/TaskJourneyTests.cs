using HueWorkspace.Tests.Browser.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Tasks;

/// <summary>
/// The chain of the handling slip, in three signed-in browsers: Chủ tịch assigns to Sở KH&amp;CN with Sở Tài chính
/// coordinating → the department's leader names a specialist → the specialist reports and submits → Chủ tịch
/// returns it once, then approves. The department leader's page follows every step without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task LeaderAssigns_DepartmentAssignsSpecialist_SpecialistReports_ReturnedOnceThenApproved_SeenLive()
    {
        var chutich = await host.SignInAsync("chutich");
        var department = await host.SignInAsync("khcn.lanhdao");
        var specialist = await host.SignInAsync("khcn.chuyenvien");
        try
        {
            var title = $"Triển khai ứng dụng Hue-S cho cán bộ {Guid.NewGuid().ToString()[..4]}";
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh"));

            // The department leader watches their unit's list while the city leader assigns.
            await department.GoToAsync("/tasks");
            await Expect(department.Page.GetByTestId("task-table")).ToBeVisibleAsync();

            var form = new NewTaskPage(chutich);
            await form.OpenAsync();
            await BrowserHost.ScreenshotAsync(chutich.Page, "tasks-01-new-form");
            await form.AssignAsync(title, "Hướng dẫn **cán bộ, công chức** cài đặt và sử dụng.\n\n- Tổng hợp kết quả", "Sở Khoa học và Công nghệ",
                today.AddDays(14), "Sở Tài chính", today.AddDays(10));
            var url = chutich.Page.Url;
            var leader = new TaskDetailPage(chutich);
            await Expect(leader.State).ToHaveAttributeAsync("data-state", "New");

            // Live: the new task appears in the department's list, and their bell rings.
            var row = department.Page.GetByTestId("task-row").Filter(new() { HasText = title });
            await Expect(row).ToBeVisibleAsync();
            await Expect(department.UnreadCount).Not.ToHaveTextAsync("0");
            await BrowserHost.ScreenshotAsync(department.Page, "tasks-02-department-list-live");

            // The list as a spreadsheet: a real download, not a page.
            var download = await department.Page.RunAndWaitForDownloadAsync(() => department.Page.GetByTestId("export").ClickAsync());
            Assert.Matches(@"^cong-viec-\d{8}-\d{4}\.xlsx$", download.SuggestedFilename);

            await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            var watcher = new TaskDetailPage(department);
            await Expect(watcher.Actions).ToBeVisibleAsync();
            await watcher.AssignHandlerAsync("Nhung", "Lê Thị Hồng Nhung");
            await Expect(watcher.LeadHandler).ToContainTextAsync("Lê Thị Hồng Nhung");

            // The specialist opens it and reports; the department leader's page moves without a reload.
            var handler = new TaskDetailPage(specialist);
            await handler.OpenAsync(url);
            await handler.ReportAsync(40, "Đã hướng dẫn 3 phòng chuyên môn.");
            await Expect(watcher.Percent).ToHaveTextAsync("Hoàn thành 40%");
            await Expect(watcher.Timeline).ToContainTextAsync("Đã hướng dẫn 3 phòng chuyên môn.");
            await Expect(watcher.State).ToHaveAttributeAsync("data-state", "InProgress");

            await handler.DoAsync("Submit", "Đã hoàn thành hướng dẫn toàn bộ cán bộ của Sở.");
            await Expect(watcher.State).ToHaveAttributeAsync("data-state", "AwaitingReview");
            await Expect(leader.State).ToHaveAttributeAsync("data-state", "AwaitingReview");
            await BrowserHost.ScreenshotAsync(chutich.Page, "tasks-03-leader-review");

            // Returned once, with a reason everyone sees.
            await leader.DoAsync("Return", "Bổ sung danh sách cán bộ đã cài đặt.");
            await Expect(watcher.State).ToHaveAttributeAsync("data-state", "Returned");
            await Expect(department.Page.GetByTestId("state-reason")).ToContainTextAsync("Bổ sung danh sách cán bộ đã cài đặt.");
            await Expect(handler.State).ToHaveAttributeAsync("data-state", "Returned");

            await handler.DoAsync("Submit", "Đã bổ sung danh sách (đính kèm).");
            await Expect(leader.Action("Approve")).ToBeVisibleAsync();
            await leader.DoAsync("Approve", "Đồng ý.");
            await Expect(watcher.State).ToHaveAttributeAsync("data-state", "Completed");
            await Expect(watcher.Timeline.GetByTestId("timeline-item")).ToHaveCountAsync(7);
            await Expect(department.Page.GetByTestId("task-actions")).ToHaveCountAsync(0);
            await BrowserHost.ScreenshotAsync(department.Page, "tasks-04-department-completed");

            // Someone the task does not concern cannot open it by its address.
            var outsider = await host.SignInAsync("yt.chuyenvien");
            try
            {
                await outsider.GoToAsync(new Uri(url).PathAndQuery);
                await Expect(outsider.Page.GetByTestId("not-found")).ToBeVisibleAsync();
                await Expect(outsider.Page.GetByText(title)).ToHaveCountAsync(0);
            }
            finally
            {
                await outsider.CloseAsync();
            }
        }
        finally
        {
            await chutich.CloseAsync();
            await department.CloseAsync();
            await specialist.CloseAsync();
        }
    }
}
