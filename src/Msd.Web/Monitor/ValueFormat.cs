using System.Globalization;
using Msd.Computation;

namespace Msd.Web.Monitor;

/// <summary>Numbers, units and periods the way Dutch readers expect them (nl-NL).</summary>
public static class ValueFormat
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly string[] Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>A value with its unit: "12,9 %", "45,2 per 10.000", "€ 1.234", "34 dagen".</summary>
    public static string Value(decimal? value, string unit) => value is not { } v ? "–" : unit switch
    {
        "procent" => v.ToString("N1", Dutch) + " %",
        "per_1000" => v.ToString("N1", Dutch) + " per 1.000",
        "per_10000" => v.ToString("N1", Dutch) + " per 10.000",
        "euro" => "€ " + v.ToString(Math.Abs(v) >= 100 ? "N0" : "N2", Dutch),
        "dagen" => v.ToString("N0", Dutch) + (Math.Round(v) == 1 ? " dag" : " dagen"),
        "ratio" => v.ToString("N2", Dutch),
        _ => v.ToString("N0", Dutch),
    };

    /// <summary>The number alone, for table cells whose column names the unit.</summary>
    public static string Number(decimal? value, string unit) => value is not { } v ? "–" : unit switch
    {
        "procent" or "per_1000" or "per_10000" => v.ToString("N1", Dutch),
        "euro" => v.ToString(Math.Abs(v) >= 100 ? "N0" : "N2", Dutch),
        "ratio" => v.ToString("N2", Dutch),
        _ => v.ToString("N0", Dutch),
    };

    /// <summary>How many decimals a value of this unit is shown with; exports round the same way.</summary>
    public static int Decimals(string unit) => unit switch
    {
        "procent" or "per_1000" or "per_10000" => 1,
        "ratio" or "euro" => 2,
        _ => 0,
    };

    public static string Count(decimal? value) => value is { } v ? v.ToString("N0", Dutch) : "–";

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

    public static string GrainName(string grain) => grain switch
    {
        "year" => "jaar",
        "half_year" => "halfjaar",
        "quarter" => "kwartaal",
        "month" => "maand",
        ReportingPeriod.ReferenceDateGrain => "peildatum",
        _ => grain,
    };

    /// <summary>"2024", "1e halfjaar 2024", "3e kwartaal 2024", "mei 2024", "31 december 2024".</summary>
    public static string Period(string label)
    {
        var parts = label.Split('-');
        return parts switch
        {
            [var year] => year,
            [var year, ['H', var h]] => $"{h}e halfjaar {year}",
            [var year, ['Q', var q]] => $"{q}e kwartaal {year}",
            [var year, var month] => $"{Months[int.Parse(month, CultureInfo.InvariantCulture) - 1]} {year}",
            [var year, var month, var day] => $"{int.Parse(day, CultureInfo.InvariantCulture)} {Months[int.Parse(month, CultureInfo.InvariantCulture) - 1]} {year}",
            _ => label,
        };
    }

    public static string Date(DateTime? moment) => moment is { } m ? m.ToString("d MMMM yyyy HH:mm", Dutch) : "nog niet";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
