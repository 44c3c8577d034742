using HueWorkspace.Tests.Browser.Pages;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Cluster;

/// <summary>
/// Through nginx onto two instances on PostgreSQL and Redis (deploy/cluster.sh): a leader whose circuit is on instance a
/// gives a task, and the unit leader whose circuit is on instance b sees it arrive without reloading; when b is killed
/// with SIGKILL, that page reconnects to a, reloads from the database, loses nothing and receives nothing twice.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterJourneyTests(ClusterHost cluster)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh"));

    private static async Task<string?> NodeOfAsync(ShellPage shell) =>
        (await shell.Page.Context.CookiesAsync()).FirstOrDefault(c => c.Name == "hwnode")?.Value;

    private async Task<long> CountAsync(string sql, string title)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("title", title);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private Task<long> TasksNamedAsync(string title) => CountAsync("SELECT count(*) FROM \"Tasks\" WHERE \"Title\" = @title", title);

    /// <summary>The unit leader's notifications that link to the task.</summary>
    private Task<long> NotificationsAboutAsync(string title) => CountAsync(
        "SELECT count(*) FROM \"Notifications\" n JOIN \"UserProfiles\" p ON p.\"Id\" = n.\"RecipientId\" JOIN \"Tasks\" t ON n.\"Link\" = '/tasks/' || t.\"Id\"::text " +
        "WHERE p.\"UserName\" = 'khcn.lanhdao' AND t.\"Title\" = @title",
        title);

    private static async Task GiveAsync(ShellPage leader, string title)
    {
        var form = new NewTaskPage(leader);
        await form.OpenAsync();
        await form.AssignAsync(title, "Giao qua hai máy chủ.", "Sở Khoa học và Công nghệ", Today.AddDays(14));
        await Expect(new TaskDetailPage(leader).State).ToHaveAttributeAsync("data-state", "New");
    }

    [Fact]
    public async Task ATaskGivenOnOneInstance_ArrivesLive_OnTheOther_AndSurvivesThatInstanceBeingKilled()
    {
        cluster.RequireParts();
        var leader = await cluster.SignInOnAsync("a", "chutich");
        var department = await cluster.SignInOnAsync("b", "khcn.lanhdao");
        try
        {
            Assert.Equal("a", await NodeOfAsync(leader));
            Assert.Equal("b", await NodeOfAsync(department));
            await department.GoToAsync("/tasks");
            await Expect(department.Page.GetByTestId("task-table")).ToBeVisibleAsync();

            // Given on a, seen on b without a reload.
            var first = $"Rà soát hạ tầng máy chủ {Guid.NewGuid().ToString()[..4]}";
            await GiveAsync(leader, first);
            await Expect(department.Page.GetByTestId("task-row").Filter(new() { HasText = first })).ToBeVisibleAsync();
            await BrowserHost.ScreenshotAsync(department.Page, "cluster-01-live-across-instances");

            // b is killed: the page reconnects through nginx to a, which does not know the circuit, so it reloads from the
            // database; the acknowledged task is there, and the person is on a from now on.
            await cluster.KillAsync("b");
            for (var i = 0; i < 120 && await NodeOfAsync(department) != "a"; i++)
            {
                await Task.Delay(500);
            }

            Assert.Equal("a", await NodeOfAsync(department));
            await department.WaitUntilInteractiveAsync();
            await Expect(department.Page.GetByTestId("task-row").Filter(new() { HasText = first })).ToBeVisibleAsync();
            await BrowserHost.ScreenshotAsync(department.Page, "cluster-02-reloaded-on-the-survivor");

            // Work goes on, live, on the surviving instance.
            var second = $"Kiểm tra sao lưu dữ liệu {Guid.NewGuid().ToString()[..4]}";
            await GiveAsync(leader, second);
            await Expect(department.Page.GetByTestId("task-row").Filter(new() { HasText = second })).ToBeVisibleAsync();

            // Every acknowledged change once, and one notification each: nothing lost, nothing sent twice.
            Assert.Equal(1, await TasksNamedAsync(first));
            Assert.Equal(1, await TasksNamedAsync(second));
            Assert.Equal(1, await NotificationsAboutAsync(first));
            Assert.Equal(1, await NotificationsAboutAsync(second));
        }
        finally
        {
            await leader.Page.Context.CloseAsync();
            await department.Page.Context.CloseAsync();
        }
    }
}
