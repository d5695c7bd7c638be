namespace Msd.Catalog;

/// <summary>
/// What a plausible value of a KPI looks like (<c>plausibility:</c>): bounds in the KPI's unit, a numerator no larger
/// than its denominator, a largest change from one period to the next, a largest distance from the CBS benchmark,
/// and districts that together do not exceed their municipality. Absent keys take defaults from the KPI's type.
/// </summary>
public sealed record KpiPlausibility(
    decimal? Min,
    decimal? Max,
    bool NumeratorWithinDenominator,
    decimal? MaxChangePercent,
    decimal? MaxBenchmarkDifference,
    bool DistrictsWithinMunicipality)
{
    private static readonly string[] Shares = ["percentage", "share_within_deadline"];

    /// <summary>
    /// The defaults: never below 0; shares between 0 and 100 with a numerator within the denominator (rates
    /// too: clients per 1,000 inhabitants are a part of the inhabitants); districts within the municipality
    /// when the numerator adds up (a count or a sum, not a distinct count, where one person may be in two districts).
    /// </summary>
    public static KpiPlausibility Defaults(string type, KpiMeasure? numerator) => new(
        0,
        Shares.Contains(type) ? 100 : null,
        Shares.Contains(type) || type == "rate",
        null,
        null,
        numerator?.Aggregate is "count" or "sum");

    internal static KpiPlausibility Read(YamlMap? map, string? type, KpiMeasure? numerator)
    {
        var defaults = Defaults(type ?? "", numerator);
        if (map is null)
            return defaults;
        // an explicit null (max: ~) switches a default bound off
        var result = new KpiPlausibility(
            map.Has("min") ? map.Decimal("min") : defaults.Min,
            map.Has("max") ? map.Decimal("max") : defaults.Max,
            map.Bool("numerator_within_denominator") ?? defaults.NumeratorWithinDenominator,
            map.Decimal("max_change_percent"),
            map.Decimal("max_benchmark_difference"),
            map.Bool("districts_within_municipality") ?? defaults.DistrictsWithinMunicipality);
        if (result is { Min: { } min, Max: { } max } && min > max)
            map.Issues.Error(map.At, $"'min' ({min}) is groter dan 'max' ({max}) onder 'plausibility'.");
        if (result.MaxChangePercent is <= 0 || result.MaxBenchmarkDifference is < 0)
            map.Issues.Error(map.At, "'max_change_percent' moet groter zijn dan 0 en 'max_benchmark_difference' mag niet negatief zijn.");
        map.RejectUnknownKeys();
        return result;
    }
}
