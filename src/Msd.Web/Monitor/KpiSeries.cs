using Msd.Catalog;
using Msd.Computation;
using Msd.Publication;

namespace Msd.Web.Monitor;

/// <summary>
/// The published values of one KPI, indexed for the pages: by grain ("year", "quarter", …), period,
/// area and breakdown. KPIs on a reference date are shown per year, quarter or month by the date's
/// position (a year is its 31 December).
/// </summary>
public sealed class KpiSeries
{
    private readonly Dictionary<(string Period, string Area, string Breakdown), ExportRow> _byKey;
    private readonly Dictionary<string, string[]> _periods;

    public KpiSeries(KpiDefinition kpi, IReadOnlyList<ExportRow> rows)
    {
        Kpi = kpi;
        Rows = rows;
        _byKey = rows.ToDictionary(r => (r.Period, r.AreaCode, r.Breakdown));
        // a reference date closes every finer period too: offer only the grains the catalogue names
        // pages ask for the periods of a grain many times; they are worked out once per publication
        _periods = ReportingPeriod.Grains.ToDictionary(g => g, g =>
            rows.Where(r => InGrain(r, g)).Select(r => r.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        Grains = [.. ReportingPeriod.Grains.Where(g => kpi.Period.Grains.Contains(g) && _periods[g].Length > 0)];
        HasDistricts = rows.Any(r => KpiAreas.IsDistrict(r.AreaCode));
    }

    public KpiDefinition Kpi { get; }

    public IReadOnlyList<ExportRow> Rows { get; }

    /// <summary>The grains with values, coarsest first.</summary>
    public IReadOnlyList<string> Grains { get; }

    public bool IsEmpty => Rows.Count == 0;

    /// <summary>Whether any value is published per district (the districts page lists only those KPIs).</summary>
    public bool HasDistricts { get; }

    /// <summary>The grain the monitor shows first: the year when there is one, else the coarsest there is.</summary>
    public string DefaultGrain => Grains.Count > 0 ? Grains[0] : "year";

    public string ChooseGrain(string? requested) => requested is not null && Grains.Contains(requested) ? requested : DefaultGrain;

    /// <summary>The periods of a grain, oldest first.</summary>
    public IReadOnlyList<string> Periods(string grain) => _periods.GetValueOrDefault(grain) ?? [];

    /// <summary>The newest period of a grain with a value for the area, final periods before provisional ones.</summary>
    public string? LatestPeriod(string grain, string areaCode)
    {
        var totals = Periods(grain).Select(p => Total(p, areaCode)).OfType<ExportRow>().Where(r => r.Status != "ontbreekt").ToList();
        return (totals.LastOrDefault(r => r.Status != "voorlopig") ?? totals.LastOrDefault())?.Period;
    }

    public ExportRow? Total(string period, string areaCode) => _byKey.GetValueOrDefault((period, areaCode, ""));

    public ExportRow? Value(string period, string areaCode, string breakdown) => _byKey.GetValueOrDefault((period, areaCode, breakdown));

    /// <summary>The period before <paramref name="period"/> in the same grain, for the trend.</summary>
    public string? Previous(string grain, string period)
    {
        var periods = _periods.GetValueOrDefault(grain) ?? [];
        var index = Array.IndexOf(periods, period);
        return index > 0 ? periods[index - 1] : null;
    }

    /// <summary>
    /// The breakdown rows for a period and area, grouped by dimension ("regeling", "leeftijd", …). A
    /// breakdown by district is left out: the districts are areas of their own on every page.
    /// </summary>
    public IReadOnlyList<IGrouping<string, ExportRow>> Breakdowns(string period, string areaCode) =>
        [.. Rows.Where(r => r.Period == period && r.AreaCode == areaCode && r.Breakdown.Length > 0 && Dimension(r.Breakdown) != DistrictDimension)
            .GroupBy(r => Dimension(r.Breakdown), StringComparer.Ordinal)];

    public const string DistrictDimension = "wijk_code";

    public static string Dimension(string breakdown) => breakdown.Split('=', 2)[0];

    public static string Category(string breakdown) => breakdown.Split('=', 2) is [_, var value] ? value : breakdown;

    private static bool InGrain(ExportRow row, string grain)
    {
        if (row.Grain != ReportingPeriod.ReferenceDateGrain)
            return row.Grain == grain;
        // a reference date: 2024-12-31 closes the year, its half-years, quarters and months
        var month = int.Parse(row.Period.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture);
        return grain switch
        {
            "year" => month == 12,
            "half_year" => month % 6 == 0,
            "quarter" => month % 3 == 0,
            _ => true,
        };
    }
}
