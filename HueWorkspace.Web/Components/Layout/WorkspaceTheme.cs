using MudBlazor;

namespace HueWorkspace.Web.Components.Layout;

/// <summary>Huế purple (màu tím Huế) on a calm grey; system fonts that carry Vietnamese well.</summary>
public static class WorkspaceTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#5B2C83",
            Secondary = "#B8860B",
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
