using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>How values look in a municipal export: dd-mm-jjjj dates, decimal commas, J/N and "1234 AB" postcodes.</summary>
internal static class ExtractValues
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "" };

    public static string Date(DateOnly? date) => date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>An amount in eurocent written in euros with two decimals: 41250 becomes "412,50".</summary>
    public static string Euro(long? cents) => cents is { } c ? (c / 100m).ToString("0.00", DecimalComma) : "";

    public static string Decimal(decimal? value) => value?.ToString("0.0", DecimalComma) ?? "";

    public static string Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string YesNo(bool value) => value ? "J" : "N";

    public static string Postcode(string pc6) => pc6.Length == 6 ? string.Concat(pc6.AsSpan(0, 4), " ", pc6.AsSpan(4)) : pc6;

    /// <summary>A date as the system knows it on the reference date: later dates have not happened yet.</summary>
    public static DateOnly? Known(DateOnly? date, DateOnly referenceDate) => date <= referenceDate ? date : null;

    /// <summary>A code translated to the source system's own code (the reverse of the mapping's 'codes').</summary>
    public static string Code(IReadOnlyDictionary<string, string> sourceCodes, string? canonical) =>
        canonical is null ? "" : sourceCodes[canonical];
}
