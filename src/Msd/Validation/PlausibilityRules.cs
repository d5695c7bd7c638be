using Msd.Catalog;
using Msd.Computation;
using Msd.Publication;

namespace Msd.Validation;

/// <summary>
/// The plausibility of a KPI's published values (after disclosure control, so a finding never reveals a hidden
/// figure): within bounds, numerator within denominator, change per period within the band, close to the CBS
/// benchmark, districts together within their municipality. One result per rule; a finding is a warning, for
/// the key user to judge at sign-off — an unlikely value is not proof of an error.
/// </summary>
public static class PlausibilityRules
{
    public const string Kind = "plausibiliteit";
    private const int SampleSize = 10;
    private static readonly string[] GrainsCoarseFirst = ["year", "half_year", "quarter", "month", ReportingPeriod.ReferenceDateGrain];

    public static IReadOnlyList<CheckResult> Judge(KpiDefinition kpi, IReadOnlyList<ExportRow> published, IReadOnlyList<BenchmarkFigure> benchmark, int roundingBase)
    {
        var rules = kpi.Plausibility;
        var values = published.Where(r => r.Value is not null).ToList();
        var results = new List<CheckResult>();
        if (rules.Min is not null || rules.Max is not null)
            results.Add(Result(kpi, "grenzen", values.Count, values.Where(r => r.Value < rules.Min || r.Value > rules.Max).Select(r => Where(r, r.Value)).ToList(),
                Outside(rules.Min, rules.Max), null));
        if (rules.NumeratorWithinDenominator)
        {
            var pairs = values.Where(r => r is { Numerator: not null, Denominator: not null }).ToList();
            results.Add(Result(kpi, "teller-noemer", pairs.Count, pairs.Where(r => r.Numerator > r.Denominator).Select(r => Where(r, r.Value) + $" (teller {Number(r.Numerator)}, noemer {Number(r.Denominator)})").ToList(),
                "hebben een teller groter dan de noemer", null));
        }
        var grain = GrainsCoarseFirst.FirstOrDefault(g => values.Any(r => r.Grain == g));
        var totals = values.Where(r => r.Grain == grain && r.Breakdown.Length == 0).ToList();
        if (rules.MaxChangePercent is { } band)
            results.Add(Changes(kpi, totals, band));
        if (rules.MaxBenchmarkDifference is { } distance && kpi.Benchmark is not null)
            results.Add(Benchmark(kpi, totals, benchmark, distance));
        if (rules.DistrictsWithinMunicipality)
            results.Add(Districts(kpi, published.Where(r => r.Grain == grain && r.Breakdown.Length == 0).ToList(), roundingBase));
        return results;
    }

    private static CheckResult Changes(KpiDefinition kpi, IReadOnlyList<ExportRow> totals, decimal band)
    {
        var steps = totals.Where(r => !KpiAreas.IsDistrict(r.AreaCode)).GroupBy(r => r.AreaCode)
            .Select(area => area.OrderBy(r => r.Period, StringComparer.Ordinal).ToList())
            .SelectMany(ordered => ordered.Zip(ordered.Skip(1)))
            .Where(s => s.First.Value != 0).ToList();
        var findings = steps.Select(s => (s.Second, Change: (s.Second.Value!.Value - s.First.Value!.Value) * 100 / Math.Abs(s.First.Value!.Value)))
            .Where(s => Math.Abs(s.Change) > band)
            .Select(s => Where(s.Second, s.Second.Value) + $" ({(s.Change > 0 ? "+" : "")}{s.Change.ToString("0.#", CheckText.Dutch)} %)").ToList();
        return Result(kpi, "verandering", steps.Count, findings, $"veranderen meer dan {CheckText.Percent(band)} ten opzichte van de periode ervoor", band);
    }

    private static CheckResult Benchmark(KpiDefinition kpi, IReadOnlyList<ExportRow> totals, IReadOnlyList<BenchmarkFigure> benchmark, decimal distance)
    {
        var figures = benchmark.Where(b => b.Value is not null).ToDictionary(b => (b.RegionCode, b.PeriodLabel), b => b.Value!.Value);
        var pairs = totals.Where(r => figures.ContainsKey((r.AreaCode, r.Period))).Select(r => (Row: r, Cbs: figures[(r.AreaCode, r.Period)])).ToList();
        var findings = pairs.Where(p => Math.Abs(p.Row.Value!.Value - p.Cbs) > distance).Select(p => Where(p.Row, p.Row.Value) + $" (CBS {Number(p.Cbs)})").ToList();
        return Result(kpi, "cbs-vergelijking", pairs.Count, findings, $"wijken meer dan {Number(distance)} af van het CBS-cijfer", distance);
    }

    /// <summary>Districts add up to at most their municipality, allowing for the rounding of each published count.</summary>
    private static CheckResult Districts(KpiDefinition kpi, IReadOnlyList<ExportRow> rows, int roundingBase)
    {
        var compared = 0;
        var findings = new List<string>();
        foreach (var municipality in rows.Where(r => r.AreaCode.StartsWith("GM", StringComparison.Ordinal) && r.Numerator is not null))
        {
            var districts = rows.Where(r => r.Period == municipality.Period && KpiAreas.IsDistrict(r.AreaCode)
                && r.AreaCode.AsSpan(2).StartsWith(municipality.AreaCode.AsSpan(2), StringComparison.Ordinal)).ToList();
            // a hidden district would make the sum too small to judge
            if (districts.Count == 0 || districts.Any(d => d.Numerator is null))
                continue;
            compared++;
            var sum = districts.Sum(d => d.Numerator!.Value);
            if (sum > municipality.Numerator + (districts.Count + 1) * roundingBase / 2m)
                findings.Add($"{municipality.AreaCode}, {municipality.Period}: wijken samen {Number(sum)}, gemeente {Number(municipality.Numerator)}");
        }
        return Result(kpi, "wijken-gemeente", compared, findings, "hebben een kleinere teller dan hun wijken samen", null, "gemeentecijfers");
    }

    private static CheckResult Result(KpiDefinition kpi, string rule, int judged, IReadOnlyList<string> findings, string what, decimal? threshold, string values = "gepubliceerde waarden")
    {
        var passed = findings.Count == 0;
        var message = judged == 0
            ? $"Geen gepubliceerde waarden om te beoordelen ({Title(rule)})."
            : $"{CheckText.N(findings.Count)} van {CheckText.N(judged)} {values} {what}.";
        return new CheckResult(rule, Kind, CheckResult.Warning, "", null, null, findings.Count, threshold,
            passed ? CheckResult.Passed : CheckResult.Warning, message, [.. findings.Take(SampleSize)])
        { KpiId = kpi.Id };
    }

    private static string Title(string rule) => rule switch
    {
        "grenzen" => "grenzen",
        "teller-noemer" => "teller en noemer",
        "verandering" => "verandering per periode",
        "cbs-vergelijking" => "vergelijking met CBS",
        _ => "wijken en gemeente",
    };

    private static string Where(ExportRow row, decimal? value) => $"{row.AreaCode}{(row.Breakdown.Length == 0 ? "" : " " + row.Breakdown)}, {row.Period}: {Number(value)}";

    private static string Outside(decimal? min, decimal? max) => (min, max) switch
    {
        ({ } lo, { } hi) => $"liggen buiten {Number(lo)} tot en met {Number(hi)}",
        ({ } lo, null) => $"liggen onder {Number(lo)}",
        _ => $"liggen boven {Number(max)}",
    };

    private static string Number(decimal? value) => value is { } v ? v.ToString("#,##0.##", CheckText.Dutch) : "–";
}
