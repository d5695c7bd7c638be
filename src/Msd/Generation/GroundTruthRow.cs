using System.Globalization;

namespace Msd.Generation;

/// <summary>
/// One true KPI value in the engine's export contract: kpi_id, period (2024, 2024-H1, …),
/// area_code (CBS gemeentecode or group code), breakdown ("" for the total), numerator,
/// denominator (empty where the KPI has none) and value.
/// </summary>
internal sealed record GroundTruthRow(string KpiId, string Period, string AreaCode, string Breakdown, decimal Numerator, decimal? Denominator, decimal? Value)
{
    public const string Header = "kpi_id,period,area_code,breakdown,numerator,denominator,value";

    public string ToCsv() => string.Join(',', KpiId, Period, AreaCode, Breakdown, Format(Numerator), Format(Denominator), Format(Value));

    private static string Format(decimal? value) => value is { } v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : "";
}
