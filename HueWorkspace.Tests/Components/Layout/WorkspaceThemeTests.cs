using System.Globalization;
using HueWorkspace.Web.Components.Layout;

namespace HueWorkspace.Tests.Components.Layout;

/// <summary>WCAG 2.1 AA: every theme colour that text is written in, or on, reaches 4.5:1 — in the theme, not per page.</summary>
public sealed class WorkspaceThemeTests
{
    private static double Luminance(string hex)
    {
        var h = hex.TrimStart('#');
        double Channel(int i)
        {
            var c = int.Parse(h.Substring(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Fact]
    public void EveryTextColour_ReachesFourAndAHalfToOne_OnWhiteAndOnThePageGrey_AndUnderWhiteText()
    {
        var p = WorkspaceTheme.Theme.PaletteLight;
        foreach (var (name, colour) in new[] { ("Primary", p.Primary), ("Secondary", p.Secondary), ("Info", p.Info), ("Success", p.Success), ("Warning", p.Warning), ("Error", p.Error) })
        {
            var hex = colour.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex);
            Assert.True(Contrast(hex, "#FFFFFF") >= 4.5, $"{name} {hex} on white: {Contrast(hex, "#FFFFFF"):F2}");
            Assert.True(Contrast(hex, p.Background.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex)) >= 4.5, $"{name} {hex} on the page grey");
        }
    }
}
