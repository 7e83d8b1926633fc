using MudBlazor;

namespace UongBi.Recruitment.Web.Infrastructure.Ui;

/// <summary>
/// A calm light theme for long office days: a deep party red used sparingly (app bar, primary actions),
/// neutral warm greys elsewhere, the app's own Roboto (with its Vietnamese subset).
/// </summary>
public static class AppTheme
{
    private static readonly string[] Font = ["Roboto", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#9b1c1f",
            PrimaryContrastText = "#ffffff",
            Secondary = "#455a64",
            Tertiary = "#b8860b",
            AppbarBackground = "#8e1b1e",
            AppbarText = "#ffffff",
            Background = "#f6f5f3",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#2b2b2b",
            DrawerIcon = "#5f5f5f",
            TextPrimary = "#1f1f1f",
            TextSecondary = "#555555",
            LinesDefault = "#e0ddd8",
            TableLines = "#ebe8e3",
            Success = "#2e7d32",
            Warning = "#b26a00",
            Error = "#c62828",
            Info = "#1565c0",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Font, FontSize = "0.9375rem", LineHeight = "1.5" },
            H4 = new H4Typography { FontFamily = Font, FontSize = "1.6rem", FontWeight = "500" },
            H5 = new H5Typography { FontFamily = Font, FontSize = "1.3rem", FontWeight = "500" },
            H6 = new H6Typography { FontFamily = Font, FontSize = "1.1rem", FontWeight = "500" },
            Button = new ButtonTypography { FontFamily = Font, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "232px" },
    };
}
