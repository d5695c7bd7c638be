using Msd.Catalog;
using Msd.Computation;

namespace Msd.Validation;

/// <summary>The two queries of a check over rows: failing rows per municipality, and a sample of them.</summary>
internal sealed record RowCheckSql(string Counts, string Sample);

/// <summary>
/// Compiles checks to SQL that DuckDB and PostgreSQL read the same way. Every query groups by
/// municipality (<c>area</c>; NULL for reference tables without <c>gemeente_code</c>).
/// </summary>
internal static class CheckSql
{
    public const int SampleSize = 10;

    /// <summary>
    /// volledigheid, geldigheid, uniciteit, referentie and tijdigheid: which rows count, and which of them fail, per
    /// municipality and — for a dataset with a time column — per month of that column (<c>month</c>; NULL otherwise),
    /// so a failing row holds back only the periods it belongs to.
    /// </summary>
    public static RowCheckSql Rows(DataCheck check, DatasetDefinition dataset, KpiCatalog catalog, IReadOnlyCollection<string> districts)
    {
        var (where, failing) = Condition(check, dataset, catalog, districts);
        var rows = Base(dataset, where);
        var key = SampleKey(check, dataset);
        var month = dataset.Time is { } time ? $"CAST(CAST(date_trunc('month', d.{time.From.Value}) AS DATE) AS TIMESTAMP)" : "CAST(NULL AS TIMESTAMP)";
        // a row of an interval dataset counts in every period until its end (or for good, without one):
        // so does a failing one, and the finding lasts until the latest end among its failing rows
        var until = dataset.Time is { Kind: "interval", To: { } to }
            ? $"CAST(max(CASE WHEN {failing} THEN coalesce(d.{to.Value}, DATE '9999-12-31') END) AS TIMESTAMP)"
            : "CAST(NULL AS TIMESTAMP)";
        return new(
            $"SELECT msd_area AS area, {month} AS month, {until} AS until, count(*) AS total, CAST(sum(CASE WHEN {failing} THEN 1 ELSE 0 END) AS BIGINT) AS failing FROM ({rows}) d GROUP BY msd_area, {month}",
            $"""
            SELECT area, month, sample FROM (
                SELECT msd_area AS area, {month} AS month, {key} AS sample, row_number() OVER (PARTITION BY msd_area, {month} ORDER BY {key}) AS n
                FROM ({rows}) d WHERE {failing}
            ) s WHERE n <= {SampleSize} ORDER BY area, sample
            """);
    }

    /// <summary>actualiteit: the newest date of the dataset's time column per municipality.</summary>
    public static string Newest(DatasetDefinition dataset) =>
        $"SELECT msd_area AS area, CAST(max(d.{dataset.Time!.From.Value}) AS TIMESTAMP) AS newest FROM ({Base(dataset, null)}) d GROUP BY msd_area";

    /// <summary>The newest reference date of any loaded delivery: the moment the workspace's data describes.</summary>
    public const string NewestDelivery = "SELECT CAST(max(reference_date) AS TIMESTAMP) FROM msd_load WHERE status = 'geladen'";

    /// <summary>volume per maand: rows per municipality and month of the time column.</summary>
    public static string RowsPerMonth(DatasetDefinition dataset)
    {
        var from = "d." + dataset.Time!.From.Value;
        return $"SELECT msd_area AS area, CAST(CAST(date_trunc('month', {from}) AS DATE) AS TIMESTAMP) AS period, count(*) AS total " +
            $"FROM ({Base(dataset, $"{from} IS NOT NULL")}) d GROUP BY msd_area, CAST(date_trunc('month', {from}) AS DATE)";
    }

    /// <summary>volume per levering: rows per municipality in the latest delivery for each reference date (a re-delivery replaces the first).</summary>
    public static string RowsPerDelivery(string datasetParameter) =>
        $"""
        SELECT gemeente_code AS area, CAST(reference_date AS TIMESTAMP) AS period, CAST(sum(records) AS BIGINT) AS total FROM (
            SELECT l.reference_date, v.gemeente_code, v.records,
                row_number() OVER (PARTITION BY l.source, l.reference_date, v.gemeente_code ORDER BY l.load_id DESC) AS n
            FROM msd_load l JOIN msd_load_volume v ON v.load_id = l.load_id
            WHERE l.status = 'geladen' AND l.target = {datasetParameter} AND l.reference_date IS NOT NULL
        ) latest WHERE n = 1 GROUP BY gemeente_code, reference_date
        """;

    private static string Base(DatasetDefinition dataset, string? where)
    {
        var area = dataset.Column("gemeente_code") is null ? "CAST(NULL AS VARCHAR)" : "d.gemeente_code";
        return $"SELECT {area} AS msd_area, d.* FROM {dataset.TableName} d" + (where is null ? "" : " WHERE " + where);
    }

    private static (string? Where, string Failing) Condition(DataCheck check, DatasetDefinition dataset, KpiCatalog catalog, IReadOnlyCollection<string> districts)
    {
        var columns = check.Columns.Select(c => c.Value).ToList();
        var first = columns.Count > 0 ? "d." + columns[0] : "";
        var notNull = string.Join(" AND ", columns.Select(c => $"d.{c} IS NOT NULL"));
        switch (check.Kind)
        {
            case "volledigheid":
                return (null, dataset.Column(columns[0])?.Type == ColumnType.Text ? $"({first} IS NULL OR trim({first}) = '')" : $"{first} IS NULL");
            case "geldigheid":
                var list = catalog.CodeList(check.CodeList?.Value ?? dataset.Column(columns[0])!.CodeList!.Value)!;
                var value = dataset.Column(columns[0])?.Type == ColumnType.Text ? first : $"CAST({first} AS VARCHAR)";
                return (notNull, $"NOT ({value} IN ({Literals(list.Codes.Select(c => c.Code))}))");
            case "uniciteit":
                var key = columns.Count > 0 ? columns : [.. dataset.Key.Select(k => k.Value)];
                var names = string.Join(", ", key);
                return (null, $"({string.Join(", ", key.Select(k => "d." + k))}) IN (SELECT {names} FROM {dataset.TableName} GROUP BY {names} HAVING count(*) > 1)");
            case "referentie" when check.References!.Value == DataCheckVocabulary.AreaTable:
                return (notNull, districts.Count == 0 ? "1 = 1" : $"NOT ({first} IN ({Literals(districts.Order(StringComparer.Ordinal))}))");
            case "referentie":
                var target = catalog.Dataset(check.References!.Value)!;
                var referenced = check.ReferencedColumns.Count > 0 ? check.ReferencedColumns.Select(c => c.Value).ToList() : columns;
                var match = string.Join(" AND ", columns.Select((c, i) => $"r.{referenced[i]} = d.{c}"));
                return (notNull, $"NOT EXISTS (SELECT 1 FROM {target.TableName} r WHERE {match})");
            case "tijdigheid":
                var (from, to) = ("d." + check.From!.Value, "d." + check.To!.Value);
                var duration = check.Unit == "working_days" ? ExpressionSql.WorkingDaysBetween(from, to) : ExpressionSql.DaysBetween(from, to);
                return ($"{from} IS NOT NULL AND {to} IS NOT NULL", $"{duration} > {check.Limit}");
            default:
                throw new InvalidOperationException($"Controle {check.Id}: soort {check.Kind} telt geen rijen.");
        }
    }

    /// <summary>The sample's text: the record's key columns as name=value, leaving out the municipality and any column with personal data.</summary>
    private static string SampleKey(DataCheck check, DatasetDefinition dataset)
    {
        var key = dataset.Key.Select(k => k.Value);
        var columns = check.Kind switch
        {
            "uniciteit" when check.Columns.Count > 0 => check.Columns.Select(c => c.Value),
            "referentie" => key.Concat(check.Columns.Select(c => c.Value)),
            "tijdigheid" => key.Append(check.From!.Value).Append(check.To!.Value),
            _ => dataset.Key.Count > 0 ? key : check.Columns.Select(c => c.Value),
        };
        columns = columns.Distinct(StringComparer.Ordinal);
        var shown = columns
            .Where(c => c != "gemeente_code" && dataset.Column(c)?.PersonalData is "none" or "pseudonymised")
            .Select(c => $"'{c}=' || coalesce(CAST(d.{c} AS VARCHAR), '')")
            .ToList();
        return shown.Count == 0 ? "''" : string.Join(" || ', ' || ", shown);
    }

    private static string Literals(IEnumerable<string> values) =>
        string.Join(", ", values.Select(v => "'" + v.Replace("'", "''", StringComparison.Ordinal) + "'"));
}
