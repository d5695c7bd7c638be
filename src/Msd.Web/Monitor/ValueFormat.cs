using System.Globalization;
using Msd.Computation;

namespace Msd.Web.Monitor;

/// <summary>Numbers, units and periods the way Dutch readers expect them (nl-NL).</summary>
public static class ValueFormat
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A value with its unit: "12,9 %", "45,2 per 10.000", "€ 1.234", "34 dagen".</summary>
    public static string Value(decimal? value, string unit) => value is not { } v ? "–" : unit switch
    {
        "procent" => Number(v, unit) + " %",
        "per_1000" => Number(v, unit) + " per 1.000",
        "per_10000" => Number(v, unit) + " per 10.000",
        "euro" => "€ " + Number(v, unit),
        "dagen" => Number(v, unit) + (Shown(v, unit) == 1 ? " dag" : " dagen"),
        _ => Number(v, unit),
    };

    /// <summary>The number alone, for table cells whose column names the unit.</summary>
    public static string Number(decimal? value, string unit) =>
        value is { } v ? Shown(v, unit).ToString("N" + Decimals(v, unit).ToString(CultureInfo.InvariantCulture), Dutch) : "–";

    /// <summary>
    /// The number as the page shows it, rounded half away from zero: what charts draw and exports
    /// write, so no channel carries more precision than the page.
    /// </summary>
    public static decimal Shown(decimal value, string unit) => Math.Round(value, Decimals(value, unit), MidpointRounding.AwayFromZero);

    public static decimal? Shown(decimal? value, string unit) => value is { } v ? Shown(v, unit) : null;

    /// <summary>Decimals per unit: rates one, ratios two, amounts in whole euros from € 100, counts and days none.</summary>
    public static int Decimals(decimal value, string unit) => unit switch
    {
        "procent" or "per_1000" or "per_10000" => 1,
        "ratio" => 2,
        "euro" => Math.Abs(value) >= 100 ? 0 : 2,
        _ => 0,
    };

    public static string Count(decimal? value) => value is { } v ? Math.Round(v, MidpointRounding.AwayFromZero).ToString("N0", Dutch) : "–";

    public static string UnitName(string unit) => unit switch
    {
        "procent" => "procent",
        "per_1000" => "per 1.000",
        "per_10000" => "per 10.000",
        "euro" => "euro",
        "dagen" => "dagen",
        "ratio" => "verhouding",
        _ => "aantal",
    };

    private static readonly (string Grain, string Word)[] GrainWords =
        [("year", "jaar"), ("half_year", "halfjaar"), ("quarter", "kwartaal"), ("month", "maand"), (ReportingPeriod.ReferenceDateGrain, "peildatum")];

    /// <summary>The Dutch word for a grain, also used in URLs (<c>?per=kwartaal</c>).</summary>
    public static string GrainName(string grain) => GrainWords.FirstOrDefault(w => w.Grain == grain).Word ?? grain;

    /// <summary>The grain a Dutch word names, or null.</summary>
    public static string? ParseGrain(string? word) => GrainWords.FirstOrDefault(w => w.Word == word).Grain;

    /// <summary>"2024", "1e halfjaar 2024", "3e kwartaal 2024", "mei 2024", "31 december 2024".</summary>
    public static string Period(string label)
    {
        var parts = label.Split('-');
        return parts switch
        {
            [var year] => year,
            [var year, ['H', var h]] => $"{h}e halfjaar {year}",
            [var year, ['Q', var q]] => $"{q}e kwartaal {year}",
            [_, _] when DateOnly.TryParseExact(label + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) => month.ToString("MMMM yyyy", Dutch),
            [_, _, _] when DateOnly.TryParseExact(label, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day.ToString("d MMMM yyyy", Dutch),
            _ => label,
        };
    }

    public static string Date(DateTime? moment) => moment is { } m ? m.ToString("d MMMM yyyy HH:mm", Dutch) : "nog niet";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
