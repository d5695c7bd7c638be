using System.Globalization;
using Msd.Catalog;

namespace Msd.Computation;

/// <summary>
/// One breakdown of a KPI as a SQL expression over one dataset. Bands on a date column are age bands
/// on the period's last day; a population count with a <c>leeftijd</c> column takes the same bands,
/// so a percentage per age band has a denominator per age band. A breakdown with a code-list mapping
/// groups by the mapped value (CBS hulpvorm) and is named after the mapping.
/// </summary>
public sealed record KpiBreakdownSql(string Dimension, string Sql)
{
    /// <summary>The breakdown value of a row whose column is empty or outside every band.</summary>
    public const string Unknown = "onbekend";

    public const string AgeDimension = "leeftijd";

    /// <summary>The breakdown on <paramref name="dataset"/>; null when that dataset cannot be split this way (the total applies).</summary>
    public static KpiBreakdownSql? For(KpiBreakdown breakdown, DatasetDefinition dataset, DatasetDefinition primary, KpiCatalog catalog)
    {
        var name = breakdown.Column.Value;
        var column = dataset.Column(name);
        var primaryColumn = primary.Column(name);
        if (breakdown.Mapping is { } mapping)
        {
            var list = column is null ? null : KpiChecks.CodeListOf(catalog, dataset, name);
            return list?.Mapping(mapping.Value) is { } m ? new KpiBreakdownSql(m.Id, ExpressionSql.Mapped("d." + name, m.Pairs(list))) : null;
        }
        if (breakdown.Bands.Count == 0)
            return column is null ? null : new KpiBreakdownSql(name, $"CAST(d.{name} AS VARCHAR)");
        var ageBands = primaryColumn?.Type is ColumnType.Date or ColumnType.Timestamp;
        var dimension = ageBands ? AgeDimension : name;
        string? banded = column switch
        {
            { Type: ColumnType.Date or ColumnType.Timestamp } => ExpressionSql.AgeOn("d." + name, "p.msd_end"),
            not null => "d." + name,
            null when ageBands && dataset.Column(AgeDimension) is { Type: ColumnType.Integer } => "d." + AgeDimension,
            _ => null,
        };
        return banded is null ? null : new KpiBreakdownSql(dimension, Bands(banded, breakdown.Bands));
    }

    public static string BandLabel(int lower, int upper) => string.Create(CultureInfo.InvariantCulture, $"{lower}-{upper - 1}");

    private static string Bands(string value, IReadOnlyList<int> bounds)
    {
        var cases = bounds.Zip(bounds.Skip(1)).Select(b => string.Create(CultureInfo.InvariantCulture, $"WHEN {value} < {b.Second} THEN '{BandLabel(b.First, b.Second)}'"));
        return string.Create(CultureInfo.InvariantCulture, $"CASE WHEN {value} < {bounds[0]} THEN NULL ") + string.Join(" ", cases) + " END";
    }
}
