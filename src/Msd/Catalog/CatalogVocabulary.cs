namespace Msd.Catalog;

/// <summary>The fixed values catalogue keys may take. The JSON Schema in catalog/schema repeats them; a test keeps both equal.</summary>
public static class CatalogVocabulary
{
    public static readonly string[] KpiStatuses = ["concept", "vastgesteld", "vervallen"];
    public static readonly string[] KpiTypes = ["count", "percentage", "rate", "ratio", "mean", "median", "sum", "share_within_deadline"];
    public static readonly string[] Units = ["aantal", "procent", "per_1000", "per_10000", "dagen", "euro", "ratio"];
    public static readonly string[] Aggregates = ["count", "count_distinct", "sum", "mean", "median", "min", "max"];
    public static readonly string[] PeriodKinds = ["period", "reference_date"];
    public static readonly string[] Grains = ["month", "quarter", "half_year", "year"];
    public static readonly string[] Directions = ["higher_is_better", "lower_is_better", "none"];
    public static readonly string[] Priorities = ["hoog", "middel", "laag"];
    public static readonly string[] Sensitivities = ["normaal", "gevoelig"];
    public static readonly string[] DeadlineUnits = ["days", "working_days", "weeks"];
    public static readonly string[] DocumentKinds = ["wet", "landelijk", "lokaal", "indicatorenset"];
    public static readonly string[] DatasetKinds = ["fact", "population", "reference", "benchmark", "finance"];
    public static readonly string[] TimeKinds = ["event", "interval", "reference_date"];
    public static readonly string[] ColumnTypes = ["text", "integer", "decimal", "eurocent", "date", "timestamp", "boolean"];
    public static readonly string[] PersonalDataKinds = ["none", "personal", "pseudonymised", "special_category"];

    /// <summary>Which units fit which KPI type.</summary>
    public static IReadOnlyList<string> UnitsFor(string type) => type switch
    {
        "count" => ["aantal"],
        "percentage" or "share_within_deadline" => ["procent"],
        "rate" => ["per_1000", "per_10000"],
        "ratio" => ["ratio"],
        "sum" => ["euro", "aantal"],
        _ => ["dagen", "euro", "aantal"],
    };

    /// <summary>Types that divide a numerator by a denominator.</summary>
    public static bool NeedsDenominator(string type) => type is "percentage" or "rate" or "ratio";

    public static ColumnType ParseColumnType(string type) => type switch
    {
        "integer" => ColumnType.Integer,
        "decimal" => ColumnType.Decimal,
        "eurocent" => ColumnType.Eurocent,
        "date" => ColumnType.Date,
        "timestamp" => ColumnType.Timestamp,
        "boolean" => ColumnType.Boolean,
        _ => ColumnType.Text,
    };
}
