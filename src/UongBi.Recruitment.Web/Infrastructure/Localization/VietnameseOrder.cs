using System.Globalization;

namespace UongBi.Recruitment.Web.Infrastructure.Localization;

/// <summary>
/// Vietnamese alphabetical order (a ă â b c d đ …), which SQLite cannot do: lists of units and names are
/// small enough to sort in memory after the query.
/// </summary>
public static class VietnameseOrder
{
    public static StringComparer Names { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);
}
