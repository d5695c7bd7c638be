namespace Msd.Computation;

/// <summary>
/// One computed value of a KPI before disclosure control: a period, an area and a breakdown cell
/// (empty for the total, otherwise <c>dimension=value</c>), with its exact numerator and denominator,
/// the number of records behind it, and the value in the KPI's unit.
/// </summary>
public sealed record KpiValue(
    string KpiId,
    int KpiVersion,
    ReportingPeriod Period,
    string AreaCode,
    string Breakdown,
    decimal? Numerator,
    decimal? Denominator,
    long Cases,
    decimal? Value,
    string Unit,
    bool Provisional)
{
    /// <summary>The value of a KPI type from its numerator and denominator (null when it cannot be computed).</summary>
    public static decimal? ValueOf(string type, string unit, decimal? numerator, decimal? denominator)
    {
        if (type is "count" or "sum" or "mean" or "median")
            return numerator;
        if (numerator is not { } n || denominator is not { } d || d == 0)
            return null;
        var factor = unit switch
        {
            "procent" => 100m,
            "per_1000" => 1_000m,
            "per_10000" => 10_000m,
            _ => 1m,
        };
        return Math.Round(n * factor / d, 4, MidpointRounding.AwayFromZero);
    }
}
