using Microsoft.Playwright;

namespace HueWorkspace.Tests.Browser.Pages;

/// <summary>"Soạn văn bản đi": the specialist's draft form.</summary>
public sealed class DraftOutgoingPage(ShellPage shell)
{
    private IPage Page => shell.Page;

    public Task OpenAsync() => shell.GoToAsync("/outgoing/new");

    public async Task DraftAsync(string issuer, string excerpt, string signer, string[] recipients, string outside)
    {
        await Pick(Page.GetByTestId("issuer"), issuer);
        await Page.GetByTestId("excerpt").FillAsync(excerpt);
        await Pick(Page.GetByTestId("signer"), signer);
        await Page.GetByTestId("recipients").ClickAsync();
        foreach (var recipient in recipients)
        {
            await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = recipient }).First.ClickAsync();
        }

        // A multiple choice stays open after each pick; Escape closes it once the last pick has reached the server.
        for (var attempt = 0; attempt < 20 && await Page.Locator(".mud-popover-open .mud-list-item").CountAsync() > 0; attempt++)
        {
            await Page.Keyboard.PressAsync("Escape");
            await Page.WaitForTimeoutAsync(250);
        }

        await Assertions.Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("recipients")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(recipients[0]));
        await Page.GetByTestId("outside").FillAsync(outside);
        await Page.GetByTestId("main-file").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "du-thao.pdf",
            MimeType = "application/pdf",
            Buffer = HueWorkspace.Web.Reports.SampleDocumentPdf.Build(excerpt),
        });
        await Assertions.Expect(Page.GetByTestId("main-file").Locator(".mud-chip.mud-chip-size-small").Filter(new() { HasText = "du-thao.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("main-file").GetByTestId("uploading")).ToHaveCountAsync(0);
        await Page.GetByTestId("submit").ClickAsync();
        await Page.WaitForURLAsync("**/outgoing/*-*");
        await shell.WaitUntilInteractiveAsync();
    }

    private async Task Pick(ILocator select, string text)
    {
        await select.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text }).First.ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}

/// <summary>An outgoing document's page: state, number, the actions, each recipient's status.</summary>
public sealed class OutgoingDocumentPage(ShellPage shell)
{
    private IPage Page => shell.Page;

    public ILocator State => Page.GetByTestId("outgoing-state").First;

    public ILocator Number => Page.GetByTestId("number-symbol");

    public ILocator RecipientStatus(string name) => Page.Locator($"[data-testid=recipient][data-name=\"{name}\"]").GetByTestId("recipient-status");

    /// <summary>Opens an action's form, fills its text (and capacity), confirms, and waits for the form to close.</summary>
    public async Task ActAsync(string operation, string? text = null, string? capacity = null)
    {
        await Page.GetByTestId($"out-action-{operation}").ClickAsync();
        if (capacity is not null)
        {
            await Page.GetByTestId("capacity").ClickAsync();
            await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = capacity }).First.ClickAsync();
        }

        if (text is not null)
        {
            await Page.GetByTestId("out-text").FillAsync(text);
        }

        await Page.GetByTestId("out-confirm").ClickAsync();
        await Page.GetByTestId("out-action-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
