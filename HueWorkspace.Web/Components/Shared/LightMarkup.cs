using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HueWorkspace.Web.Components.Shared;

/// <summary>
/// MudBlazor's look without MudBlazor's components, for what a page repeats per row or keeps on screen all day (chips,
/// captions, progress bars, icons, link buttons): the same CSS classes, written as encoded HTML (<see cref="HtmlWriter"/>),
/// so a list of tasks does not hold a few hundred component instances per circuit (each a few kilobytes;
/// docs/capacity.md). Only for display: nothing here takes input. Each piece comes as a <see cref="RenderFragment"/>
/// (one frame) and as a writer step, for rows written whole.
/// </summary>
public static class LightMarkup
{
    /// <summary>A small chip, as <c>MudChip Size="Size.Small"</c> draws it.</summary>
    public static RenderFragment Chip(string text, Color color, Variant variant, string? testId = null) =>
        HtmlWriter.Fragment(w => w.Chip(text, color, variant, testId));

    public static HtmlWriter Chip(this HtmlWriter w, string text, Color color, Variant variant, string? testId = null) =>
        w.Open("div", ("class", $"mud-chip mud-chip-{VariantName(variant)} mud-chip-size-small mud-chip-color-{ColorName(color)}"), ("data-testid", testId))
            .Element("span", "mud-chip-content", text)
            .Close("div");

    /// <summary>A caption line, as <c>MudText Typo="Typo.caption" Class="d-block"</c>.</summary>
    public static RenderFragment Caption(string? text, string extraClass = "d-block") => HtmlWriter.Fragment(w => w.Caption(text, extraClass));

    public static HtmlWriter Caption(this HtmlWriter w, string? text, string extraClass = "d-block") =>
        w.Element("span", $"mud-typography mud-typography-caption {extraClass}", text);

    /// <summary>A determinate progress bar, as <c>MudProgressLinear Size="Size.Medium" Color="Color.Primary"</c>.</summary>
    public static RenderFragment Progress(int percent, string label) => HtmlWriter.Fragment(w => w.Progress(percent, label));

    public static HtmlWriter Progress(this HtmlWriter w, int percent, string label)
    {
        var value = Math.Clamp(percent, 0, 100).ToString(CultureInfo.InvariantCulture);
        return w.Open("div", ("role", "progressbar"), ("aria-valuenow", value), ("aria-valuemin", "0"), ("aria-valuemax", "100"), ("aria-label", label),
                ("class", "mud-progress-linear mud-progress-linear-medium mud-progress-linear-color-primary mud-progress-linear-background horizontal flex-grow-1"))
            .Open("div", ("class", "mud-progress-linear-bars mud-flip-x-rtl"))
            .Open("div", ("class", "mud-progress-linear-bar"), ("style", string.Create(CultureInfo.InvariantCulture, $"transform: translateX(-{100 - Math.Clamp(percent, 0, 100)}%);")))
            .Close("div").Close("div").Close("div");
    }

    /// <summary>A small icon with its title (it carries meaning), as <c>MudIcon Size="Size.Small" Title="…"</c>.</summary>
    public static RenderFragment Icon(string svg, string title) => HtmlWriter.Fragment(w => w.Icon(svg, title));

    public static HtmlWriter Icon(this HtmlWriter w, string svg, string title) =>
        w.Open("svg", ("class", "mud-icon-root mud-svg-icon mud-icon-size-small"), ("focusable", "false"), ("viewBox", "0 0 24 24"), ("role", "img"))
            .Element("title", null, title)
            .Trusted(svg)
            .Close("svg");

    /// <summary>A decorative icon (its meaning is in the text beside it), as <c>MudIcon</c> draws it.</summary>
    public static RenderFragment SvgIcon(string svg, string extraClass) => HtmlWriter.Fragment(w => w.SvgIcon(svg, extraClass));

    public static HtmlWriter SvgIcon(this HtmlWriter w, string svg, string extraClass) =>
        w.Open("svg", ("class", $"mud-icon-root mud-svg-icon {extraClass}"), ("focusable", "false"), ("viewBox", "0 0 24 24"), ("aria-hidden", "true"))
            .Trusted(svg)
            .Close("svg");

    /// <summary>
    /// A link drawn as a button, as <c>MudButton Href="…"</c> draws it (text or outlined, a colour, a size, an optional
    /// start icon): the page navigates, nothing else happens on the server.
    /// </summary>
    public static RenderFragment LinkButton(string href, string text, Variant variant = Variant.Text, Color color = Color.Primary, Size size = Size.Medium,
        string? startIcon = null, string? extraClass = null, string? testId = null, bool download = false) => HtmlWriter.Fragment(w =>
    {
        var v = VariantName(variant);
        var z = size.ToString().ToLowerInvariant();
        w.Open("a", ("class", $"mud-button-root mud-button mud-button-{v} mud-button-{v}-{ColorName(color)} mud-button-{v}-size-{z} mud-ripple {extraClass}".TrimEnd()),
                ("href", href), ("data-testid", testId), ("download", download ? "" : null))
            .Open("span", ("class", "mud-button-label"));
        if (startIcon is not null)
        {
            w.Open("span", ("class", $"mud-button-icon-start mud-button-icon-size-{z}")).SvgIcon(startIcon, $"mud-icon-size-{z}").Close("span");
        }

        w.Text(text).Close("span").Close("a");
    });

    private static string ColorName(Color color) => color.ToString().ToLowerInvariant();

    private static string VariantName(Variant variant) => variant switch
    {
        Variant.Filled => "filled",
        Variant.Outlined => "outlined",
        _ => "text",
    };
}
