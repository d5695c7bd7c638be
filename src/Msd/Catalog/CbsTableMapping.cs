namespace Msd.Catalog;

/// <summary>
/// One CBS StatLine table the monitor imports (catalog/cbs/&lt;id&gt;.yaml): the API that serves it,
/// the dimension holding the region and the one holding the period (or a fixed period for tables
/// without one), fixed codes for every other dimension, and per measure (topic) the cbs-indicator
/// code and unit it becomes in dataset cbs_indicator.
/// </summary>
public sealed record CbsTableMapping(
    string Id,
    string Table,
    string Title,
    string? Description,
    string Api,
    Located<string> Region,
    Located<string>? Period,
    Located<string>? FixedPeriod,
    IReadOnlyList<CbsFilter> Filters,
    IReadOnlyList<CbsMeasureMapping> Measures,
    SourceLocation At)
{
    /// <summary>The filters that hold for this measure: the table's, then the measure's own (which win on the same dimension).</summary>
    public IReadOnlyList<CbsFilter> FiltersFor(CbsMeasureMapping measure) =>
        [.. Filters.Where(f => !measure.Filters.Any(m => string.Equals(m.Dimension.Value, f.Dimension.Value, StringComparison.Ordinal))), .. measure.Filters];
}

/// <summary>One measure (v3 DataProperties Key, v4 MeasureCodes Identifier) and the indicator it becomes.</summary>
public sealed record CbsMeasureMapping(
    Located<string> Measure,
    Located<string> Indicator,
    Located<string> Unit,
    string? ReferenceDate,
    IReadOnlyList<CbsFilter> Filters,
    SourceLocation At);

/// <summary>A fixed code for a dimension that is neither region nor period, such as Geslacht = T001038 (totaal).</summary>
public sealed record CbsFilter(Located<string> Dimension, Located<string> Code);
