namespace Msd.Catalog;

/// <summary>
/// The fixed values of a CBS table mapping (catalog/cbs). The JSON Schema cbs.schema.json repeats
/// them; a test keeps both equal.
/// </summary>
public static class CbsVocabulary
{
    /// <summary>v3: opendata.cbs.nl (ODataApi/ODataFeed); v4: datasets.cbs.nl (odata/v1/CBS).</summary>
    public static readonly string[] Apis = ["v3", "v4"];

    /// <summary>A stock counted on the first or last day of the period (population on 1 January) instead of over the period.</summary>
    public static readonly string[] ReferenceDates = ["period_start", "period_end"];

    /// <summary>The dataset every CBS table fills.</summary>
    public const string Dataset = "cbs_indicator";

    /// <summary>The publisher written in column bron.</summary>
    public const string Publisher = "CBS";
}
