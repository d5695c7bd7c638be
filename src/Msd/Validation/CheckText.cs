using System.Globalization;

namespace Msd.Validation;

/// <summary>Numbers and dates in the Dutch messages of check results.</summary>
internal static class CheckText
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string N(long n) => n.ToString("N0", Dutch);

    public static string Percent(decimal p) => p.ToString("0.##", Dutch) + " %";

    public static string Date(DateOnly d) => d.ToString("dd-MM-yyyy", Dutch);

    /// <summary>A share in percent, rounded to two decimals; 0 when there is nothing to divide.</summary>
    public static decimal Share(long part, long whole) => whole == 0 ? 0 : Math.Round(part * 100m / whole, 2);
}
