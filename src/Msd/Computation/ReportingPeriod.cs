using System.Globalization;

namespace Msd.Computation;

/// <summary>
/// One period a KPI is reported for: a month, quarter, half-year or year, or — for KPIs measured on a
/// reference date — the last day of such a period. Labels follow the export contract:
/// <c>2024</c>, <c>2024-H1</c>, <c>2024-Q3</c>, <c>2024-05</c>, <c>2024-12-31</c>.
/// </summary>
public sealed record ReportingPeriod(string Grain, string Label, DateOnly Start, DateOnly End)
{
    public const string ReferenceDateGrain = "peildatum";

    /// <summary>The grains of the catalogue, coarsest first.</summary>
    public static readonly string[] Grains = ["year", "half_year", "quarter", "month"];

    public static int MonthsIn(string grain) => grain switch
    {
        "year" => 12,
        "half_year" => 6,
        "quarter" => 3,
        "month" => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, "Onbekende periodesoort."),
    };

    /// <summary>The periods of <paramref name="grain"/> that start within [from, to].</summary>
    public static IEnumerable<ReportingPeriod> Within(string grain, DateOnly from, DateOnly to)
    {
        var months = MonthsIn(grain);
        var start = new DateOnly(from.Year, 1, 1);
        while (start.AddMonths(months) <= from)
            start = start.AddMonths(months);
        for (; start <= to; start = start.AddMonths(months))
            yield return Of(grain, start);
    }

    public static ReportingPeriod Of(string grain, DateOnly start)
    {
        var end = start.AddMonths(MonthsIn(grain)).AddDays(-1);
        var label = grain switch
        {
            "year" => start.Year.ToString(CultureInfo.InvariantCulture),
            "half_year" => $"{start.Year}-H{(start.Month + 5) / 6}",
            "quarter" => $"{start.Year}-Q{(start.Month + 2) / 3}",
            _ => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        return new ReportingPeriod(grain, label, start, end);
    }

    /// <summary>The reference dates of a KPI measured on a peildatum: the distinct last days of its grains' periods.</summary>
    public static IEnumerable<ReportingPeriod> ReferenceDates(IEnumerable<string> grains, DateOnly from, DateOnly to) =>
        grains.SelectMany(g => Within(g, from, to)).Select(p => p.End).Distinct().Order()
            .Select(d => new ReportingPeriod(ReferenceDateGrain, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d, d));
}
