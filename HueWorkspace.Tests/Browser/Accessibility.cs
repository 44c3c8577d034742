using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HueWorkspace.Tests.Browser;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA rules) on every page the journeys visit, at the size the journey uses and at the
/// other one (desktop 1366 × 800, phone 390 × 844): each page the first time it is reached through
/// <see cref="Pages.ShellPage.WaitUntilInteractiveAsync"/>. A serious or critical violation fails the journey. Later
/// modules' pages join by being visited.
/// </summary>
public static partial class Accessibility
{
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 800 };

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly ConcurrentDictionary<string, bool> Audited = new();

    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>The serious and critical violations on the page as it is now, one line per element.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // Snackbars fade in and out, so axe would measure them half transparent; their colours are the theme's, whose
        // contrast with their white text is asserted in WorkspaceThemeTests. Everything else on the page is audited.
        var result = await page.RunAxe(new AxeRunContext { Exclude = [new AxeSelector("#mud-snackbar-container"), new AxeSelector(".mud-snackbar")] }, Rules);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} — {n.Target} {n.Html[..Math.Min(n.Html.Length, 160)]}"))
            .ToList();
    }

    /// <summary>
    /// Audits the page at both sizes the first time its kind of address is seen; throws on a serious violation. The other
    /// size is a second tab of the same person (same cookies) on the same address, so the journey's own page is untouched.
    /// </summary>
    public static async Task AuditOnceAsync(IPage page)
    {
        var key = PathPattern().Replace(new Uri(page.Url).AbsolutePath, "{id}");
        if (!Audited.TryAdd(key, true))
        {
            return;
        }

        var width = page.ViewportSize?.Width ?? Desktop.Width;
        var problems = (await SeriousViolationsAsync(page)).Select(p => $"{key} at {width}px: {p}").ToList();
        var other = width > 600 ? Phone : Desktop;
        var twin = await page.Context.NewPageAsync();
        try
        {
            await twin.SetViewportSizeAsync(other.Width, other.Height);
            await twin.GotoAsync(page.Url);
            await twin.Locator(BrowserHost.LiveSelector).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            problems.AddRange((await SeriousViolationsAsync(twin)).Select(p => $"{key} at {other.Width}px: {p}"));
        }
        finally
        {
            await twin.CloseAsync();
        }

        if (problems.Count > 0)
        {
            Audited.TryRemove(key, out _);
            throw new InvalidOperationException("Accessibility violations (serious or critical):\n" + string.Join("\n", problems));
        }
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex PathPattern();
}
