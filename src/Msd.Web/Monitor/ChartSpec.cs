using System.Text.Json;
using System.Text.Json.Serialization;

namespace Msd.Web.Monitor;

/// <summary>One line or bar series of a chart; null points are gaps (hidden or missing values).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Data, bool Dashed = false);

/// <summary>
/// What monitor.js needs to draw a chart with ECharts. The table with the same numbers is always on
/// the page beside it, so the chart adds nothing a screen reader or a printout misses.
/// </summary>
public sealed record ChartSpec(string Id, string Kind, string Description, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>For a map: where the GeoJSON is, and which feature property holds the category codes.</summary>
    public string? MapUrl { get; init; }

    public string? MapCodeProperty { get; init; }

    /// <summary>Names shown for the categories (district names for a map whose categories are codes).</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
