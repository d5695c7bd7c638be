using System.Globalization;

namespace Msd.Generation;

/// <summary>
/// One true KPI value in the engine's export contract: kpi_id, period (2024, 2024-H1, …),
/// area_code (CBS gemeentecode or group code), breakdown ("" for the total), numerator,
/// denominator (empty where the KPI has none) and value.
/// </summary>
internal sealed record GroundTruthRow(string KpiId, string Period, string AreaCode, string Breakdown, decimal Numerator, decimal? Denominator, decimal? Value)
{
    /// <summary>Value = numerator × Scale ÷ denominator (100 for %, 1,000 for per 1,000), so areas can be combined.</summary>
    public decimal Scale { get; init; } = 1;

    /// <summary>Counts, percentages and rates add up over municipalities; medians do not.</summary>
    public bool Additive { get; init; } = true;

    /// <summary>For a mean: the number of cases, so a group's mean is the members' means weighted by it.</summary>
    public decimal? Cases { get; init; }

    /// <summary>The same KPI and period for a group of municipalities (such as SWO), from the members' numerators and denominators.</summary>
    public static IEnumerable<GroundTruthRow> Combine(string group, IEnumerable<GroundTruthRow> members) =>
        members.Where(r => r.Additive)
            .GroupBy(r => (r.KpiId, r.Period, r.Breakdown))
            .OrderBy(g => g.Key.KpiId, StringComparer.Ordinal).ThenBy(g => g.Key.Period, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                // a mean of the group is the mean over all cases, not the sum of the members' means
                var numerator = first.Cases is null ? g.Sum(r => r.Numerator) : g.Sum(r => r.Numerator * r.Cases!.Value) / g.Sum(r => r.Cases!.Value);
                decimal? denominator = first.Denominator is null ? null : g.Sum(r => r.Denominator ?? 0);
                decimal? value = denominator is null ? numerator : denominator == 0 ? null : numerator * first.Scale / denominator.Value;
                return first with { AreaCode = group, Numerator = numerator, Denominator = denominator, Value = value, Cases = g.Sum(r => r.Cases) };
            });

    public const string Header = "kpi_id,period,area_code,breakdown,numerator,denominator,value";

    public string ToCsv() => string.Join(',', KpiId, Period, AreaCode, Breakdown, Format(Numerator), Format(Denominator), Format(Value));

    private static string Format(decimal? value) => value is { } v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : "";
}
