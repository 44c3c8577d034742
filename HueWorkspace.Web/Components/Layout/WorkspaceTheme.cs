using MudBlazor;

namespace HueWorkspace.Web.Components.Layout;

/// <summary>
/// Huế purple (màu tím Huế) on a calm grey; system fonts that carry Vietnamese well. Every colour that text is written in
/// (or on) reaches a contrast of at least 4.5:1 (WCAG 2.1 AA) on white and on the page's grey, so chips, overdue dates,
/// helper text and buttons are readable everywhere without a page fixing its own colours. MudBlazor's defaults do not
/// (its error red is 3.7:1, its warning orange 2.2:1).
/// </summary>
public static class WorkspaceTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#5B2C83",           // 9.9:1 on white
            Secondary = "#7A5A07",         // Huế gold, darkened: 6.4:1
            Info = "#1565C0",              // 5.8:1
            Success = "#1B6E20",           // 6.4:1
            Warning = "#8A5300",           // 6.3:1
            Error = "#B3261E",             // 6.5:1
            TextPrimary = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(0,0,0,0.68)", // 6.9:1 on the page's grey (MudBlazor's 0.54 is 4.5:1 on white, less on grey)
            AppbarBackground = "#5B2C83",
            Background = "#F6F5F8",
            DrawerBackground = "#FFFFFF",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Sans", "Segoe UI", "Roboto", "Arial", "sans-serif"] },
        },
    };
}
