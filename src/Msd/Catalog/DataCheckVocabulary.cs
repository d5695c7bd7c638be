namespace Msd.Catalog;

/// <summary>The kinds of data-quality check and which keys each takes. The JSON Schema of datasets repeats them.</summary>
public static class DataCheckVocabulary
{
    public const string AreaTable = "gebiedsindeling";

    public static readonly string[] Kinds = ["volledigheid", "geldigheid", "uniciteit", "referentie", "actualiteit", "volume", "tijdigheid"];
    public static readonly string[] Severities = ["fout", "waarschuwing"];
    public static readonly string[] VolumeBases = ["levering", "maand"];
    public static readonly string[] TimelinessUnits = ["days", "working_days"];

    internal static readonly string[] CommonKeys = ["id", "kind", "title", "severity", "description"];

    /// <summary>The keys each kind takes besides the common ones; the first ones listed are required.</summary>
    internal static readonly IReadOnlyDictionary<string, (string[] Required, string[] Optional)> Keys =
        new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
        {
            ["volledigheid"] = (["column"], ["max_percent"]),
            ["geldigheid"] = (["column"], ["codelist", "max_percent"]),
            ["uniciteit"] = ([], ["columns"]),
            ["referentie"] = (["columns", "references"], ["referenced_columns", "max_percent"]),
            ["actualiteit"] = (["max_age_days"], []),
            ["volume"] = (["per"], ["max_decrease_percent", "max_increase_percent", "min_count"]),
            ["tijdigheid"] = (["from", "to", "limit", "unit"], ["max_percent"]),
        };
}
