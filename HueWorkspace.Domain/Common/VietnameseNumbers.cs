using System.Globalization;

namespace HueWorkspace.Domain.Common;

/// <summary>
/// Numbers as Vietnamese write them, the one format of every page, paper and e-mail: "1.234" for a count, "44,4%" for
/// a rate (a comma before the decimal, at most one decimal), "—" when there is nothing to count.
/// </summary>
public static class VietnameseNumbers
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static string Count(int value) => value.ToString("N0", Culture);

    public static string Percent(double? rate) => rate is { } v ? v.ToString("0.#", Culture) + "%" : "—";

    /// <summary>A change with its sign: "+3", "-2,5".</summary>
    public static string Signed(double delta) => (delta > 0 ? "+" : "") + delta.ToString("0.#", Culture);
}
