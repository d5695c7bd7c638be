using Msd.Catalog;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// The $filter of a data request: the wanted regions (as code prefixes, so GM1690 also brings
/// WK1690xx when asked), the table's fixed codes and, in v4, the mapped measures. v3 keys are
/// right-padded with spaces, so v3 compares with startswith; rows are filtered exactly when read.
/// </summary>
internal static class StatLineFilter
{
    public static string? V3(CbsTableMapping table, IReadOnlyList<string>? regions) =>
        Join([Regions(table, regions), .. table.Filters.Select(f => $"startswith({f.Dimension.Value},{Quote(f.Code.Value)})")]);

    public static string? V4(CbsTableMapping table, IReadOnlyList<string>? regions) =>
        Join([
            Any(table.Measures.Select(m => m.Measure.Value).Distinct(StringComparer.Ordinal).Select(m => $"Measure eq {Quote(m)}")),
            Regions(table, regions),
            .. table.Filters.Select(f => $"{f.Dimension.Value} eq {Quote(f.Code.Value)}"),
        ]);

    private static string? Regions(CbsTableMapping table, IReadOnlyList<string>? regions) =>
        regions is null ? null : Any(regions.Select(r => $"startswith({table.Region.Value},{Quote(r)})"));

    private static string? Any(IEnumerable<string> terms)
    {
        var list = terms.ToList();
        return list.Count switch { 0 => null, 1 => list[0], _ => "(" + string.Join(" or ", list) + ")" };
    }

    private static string? Join(IEnumerable<string?> terms)
    {
        var list = terms.OfType<string>().ToList();
        return list.Count == 0 ? null : string.Join(" and ", list);
    }

    private static string Quote(string code) => "'" + code.Replace("'", "''", StringComparison.Ordinal) + "'";
}
