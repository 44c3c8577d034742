using System.Globalization;
using Microsoft.Playwright;

namespace HueWorkspace.Tests.Browser.Pages;

/// <summary>"Giao việc mới": title, description, lead unit and deadline, coordinating units.</summary>
public sealed class NewTaskPage(ShellPage shell)
{
    private IPage Page => shell.Page;

    public Task OpenAsync() => shell.GoToAsync("/tasks/new");

    public async Task AssignAsync(string title, string description, string leadUnit, DateOnly leadDue, string? coordinator = null, DateOnly? coordinatorDue = null)
    {
        await Page.GetByTestId("title").FillAsync(title);
        await Page.GetByTestId("description").FillAsync(description);
        await PickUnitAsync(Page.GetByTestId("lead"), leadUnit);
        await TypeDateAsync(Page.GetByTestId("lead"), leadDue);
        if (coordinator is not null)
        {
            await Page.GetByTestId("add-coordinator").ClickAsync();
            var row = Page.GetByTestId("coordinator").Last;
            await PickUnitAsync(row, coordinator);
            await TypeDateAsync(row, coordinatorDue!.Value);
        }

        await Page.GetByTestId("submit").ClickAsync();
        try
        {
            await Page.WaitForURLAsync("**/tasks/*-*");
        }
        catch (TimeoutException)
        {
            // Say what the form said instead of only "timeout".
            await BrowserHost.ScreenshotAsync(Page, "failed-new-task");
            var errors = await Page.GetByTestId("error").AllInnerTextsAsync();
            throw new InvalidOperationException($"The task form did not open the new task. It shows: {string.Join(" | ", errors)}");
        }
    }

    /// <summary>Picks a unit and waits until the select shows it, so the next step starts from the chosen value.</summary>
    public static async Task PickUnitAsync(ILocator scope, string unitName)
    {
        await scope.Locator(".mud-select").First.ClickAsync();
        await scope.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = unitName }).First.ClickAsync();
        await Assertions.Expect(scope.Locator(".mud-select input").First).ToHaveValueAsync(unitName);
        await Assertions.Expect(scope.Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>Types a date as a person would (dd/MM/yyyy) and leaves the field, which commits it.</summary>
    public static async Task TypeDateAsync(ILocator scope, DateOnly date)
    {
        var input = scope.Locator(".mud-picker input").First;
        var text = date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await input.FillAsync(text);
        await input.PressAsync("Tab");
        await Assertions.Expect(input).ToHaveValueAsync(text);
    }
}

/// <summary>A task's page: its state, its facts, the actions offered and the timeline.</summary>
public sealed class TaskDetailPage(ShellPage shell)
{
    private IPage Page => shell.Page;

    public ILocator State => Page.GetByTestId("task-state").First;

    public ILocator Percent => Page.GetByTestId("percent");

    public ILocator Timeline => Page.GetByTestId("timeline");

    public ILocator Actions => Page.GetByTestId("task-actions");

    public ILocator LeadHandler => Page.Locator("[data-testid='task-unit'][data-role='lead'] [data-testid='handler-name']");

    public Task OpenAsync(string url) => shell.GoToAsync(url);

    public ILocator Action(string operation) => Page.GetByTestId($"action-{operation}");

    /// <summary>Opens an action, fills its text (when it has one) and confirms.</summary>
    public async Task DoAsync(string operation, string? text = null)
    {
        await Action(operation).ClickAsync();
        if (text is not null)
        {
            await Page.GetByTestId("action-form").GetByTestId("action-text").FillAsync(text);
        }

        await Page.GetByTestId("confirm").ClickAsync();
        await Page.GetByTestId("action-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    public async Task AssignHandlerAsync(string search, string fullName)
    {
        await Action("AssignHandler").ClickAsync();
        var input = Page.GetByTestId("handler");
        await input.FillAsync(search);
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = fullName }).First.ClickAsync();
        await Page.GetByTestId("confirm").ClickAsync();
        await Page.GetByTestId("action-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>Reports progress: the slider moves by keyboard, 5% a step, as a person using the keyboard would.</summary>
    public async Task ReportAsync(int percent, string text)
    {
        await Action("Report").ClickAsync();
        var slider = Page.GetByTestId("action-form").Locator("input[type=range]");
        await slider.FocusAsync();
        for (var i = 0; i < percent / 5; i++)
        {
            await slider.PressAsync("ArrowRight");
        }

        await Page.GetByTestId("action-form").GetByTestId("action-text").FillAsync(text);
        await Page.GetByTestId("confirm").ClickAsync();
        await Page.GetByTestId("action-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
