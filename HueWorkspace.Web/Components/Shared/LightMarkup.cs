using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace HueWorkspace.Web.Components.Shared;

/// <summary>
/// MudBlazor's look without MudBlazor's components, for what a page repeats per row (chips, captions, progress bars):
/// the same CSS classes, rendered as plain markup, so a list of tasks does not hold a few hundred component instances per
/// circuit (each a few kilobytes; docs/capacity.md). Only for display: nothing here takes input.
/// </summary>
public static class LightMarkup
{
    /// <summary>A small chip, as <c>MudChip Size="Size.Small"</c> draws it.</summary>
    public static RenderFragment Chip(string text, Color color, Variant variant, string? testId = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", $"mud-chip mud-chip-{VariantName(variant)} mud-chip-size-small mud-chip-color-{color.ToString().ToLowerInvariant()}");
        if (testId is not null)
        {
            builder.AddAttribute(2, "data-testid", testId);
        }

        builder.OpenElement(3, "span");
        builder.AddAttribute(4, "class", "mud-chip-content");
        builder.AddContent(5, text);
        builder.CloseElement();
        builder.CloseElement();
    };

    /// <summary>A caption line, as <c>MudText Typo="Typo.caption" Class="d-block"</c>.</summary>
    public static RenderFragment Caption(string? text, string extraClass = "d-block") => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", $"mud-typography mud-typography-caption {extraClass}");
        builder.AddContent(2, text);
        builder.CloseElement();
    };

    /// <summary>A determinate progress bar, as <c>MudProgressLinear Size="Size.Medium" Color="Color.Primary"</c>.</summary>
    public static RenderFragment Progress(int percent, string label) => builder =>
    {
        var value = Math.Clamp(percent, 0, 100);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "role", "progressbar");
        builder.AddAttribute(2, "aria-valuenow", value.ToString(CultureInfo.InvariantCulture));
        builder.AddAttribute(3, "aria-valuemin", "0");
        builder.AddAttribute(4, "aria-valuemax", "100");
        builder.AddAttribute(5, "aria-label", label);
        builder.AddAttribute(6, "class", "mud-progress-linear mud-progress-linear-medium mud-progress-linear-color-primary mud-progress-linear-background horizontal flex-grow-1");
        builder.OpenElement(7, "div");
        builder.AddAttribute(8, "class", "mud-progress-linear-bars mud-flip-x-rtl");
        builder.OpenElement(9, "div");
        builder.AddAttribute(10, "class", "mud-progress-linear-bar");
        builder.AddAttribute(11, "style", string.Create(CultureInfo.InvariantCulture, $"transform: translateX(-{100 - value}%);"));
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    /// <summary>A small icon with its title, as <c>MudIcon Size="Size.Small" Title="…"</c>.</summary>
    public static RenderFragment Icon(string svg, string title) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", "mud-icon-root mud-svg-icon mud-icon-size-small");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "role", "img");
        builder.OpenElement(5, "title");
        builder.AddContent(6, title);
        builder.CloseElement();
        builder.AddMarkupContent(7, svg);
        builder.CloseElement();
    };

    private static string VariantName(Variant variant) => variant switch
    {
        Variant.Filled => "filled",
        Variant.Outlined => "outlined",
        _ => "text",
    };
}
