using System.Globalization;
using Microsoft.Playwright;

namespace HueWorkspace.Tests.Browser.Pages;

/// <summary>"Vào sổ văn bản đến": the clerk's registration form.</summary>
public sealed class RegisterDocumentPage(ShellPage shell)
{
    private IPage Page => shell.Page;

    public Task OpenAsync() => shell.GoToAsync("/documents/new");

    public async Task RegisterAsync(string issuer, string symbol, DateOnly issued, string excerpt, string urgency)
    {
        await Page.GetByTestId("issuer").FillAsync(issuer);
        await Page.GetByTestId("symbol").FillAsync(symbol);
        await Page.GetByTestId("excerpt").FillAsync(excerpt);
        await NewTaskPage.TypeDateAsync(Page.GetByTestId("issue-date-field"), issued);
        await Page.GetByTestId("urgency").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = urgency }).First.ClickAsync();
        await Page.GetByTestId("main-file").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "cong-van.pdf",
            MimeType = "application/pdf",
            Buffer = HueWorkspace.Web.Reports.SampleDocumentPdf.Build(excerpt),
        });
        await Assertions.Expect(Page.GetByTestId("main-file").Locator(".mud-chip.mud-chip-size-small").Filter(new() { HasText = "cong-van.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("main-file").GetByTestId("uploading")).ToHaveCountAsync(0);
        await Page.GetByTestId("submit").ClickAsync();
        await Page.WaitForURLAsync("**/documents/*-*");
        await shell.WaitUntilInteractiveAsync();
    }
}

/// <summary>A document's page: its facts, the inline PDF, the actions, each unit's handling.</summary>
public sealed class DocumentPage(ShellPage shell)
{
    private IPage Page => shell.Page;

    public ILocator State => Page.GetByTestId("document-state").First;

    public ILocator Number => Page.GetByTestId("arrival-number");

    public ILocator Handling => Page.GetByTestId("unit-handling");

    public ILocator Action(string operation) => Page.GetByTestId($"doc-action-{operation}");

    public async Task PresentAsync(string leaderName)
    {
        await Action("Present").ClickAsync();
        await Page.GetByTestId("present-to").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = leaderName }).First.ClickAsync();
        await Page.GetByTestId("doc-confirm").ClickAsync();
        await Page.GetByTestId("doc-action-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    public async Task DirectAsync(string text, string lead, DateOnly leadDue, string coordinator, DateOnly coordinatorDue)
    {
        await Action("Direct").ClickAsync();
        await Page.GetByTestId("direction-text").FillAsync(text);
        var leadRow = Page.GetByTestId("direct-lead");
        await NewTaskPage.PickUnitAsync(leadRow, lead);
        await NewTaskPage.TypeDateAsync(leadRow, leadDue);
        await Page.GetByTestId("add-coordinator").ClickAsync();
        var row = Page.GetByTestId("direct-coordinator").Last;
        await NewTaskPage.PickUnitAsync(row, coordinator);
        await NewTaskPage.TypeDateAsync(row, coordinatorDue);
        await Page.GetByTestId("doc-confirm").ClickAsync();
        await Page.GetByTestId("doc-action-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
