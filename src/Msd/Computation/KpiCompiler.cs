using System.Globalization;
using System.Text;
using Msd.Catalog;
using Msd.Storage;

namespace Msd.Computation;

/// <summary>
/// Compiles a KPI definition to plain SQL, one query per measure: the dataset's rows joined to the
/// periods they fall in (by the dataset's time block and the KPI's period kind), filtered, then
/// aggregated per municipality (with the KPI's breakdowns as grouping sets), per group of
/// municipalities and per district. Distinct counts are therefore exact at every level.
/// </summary>
public static class KpiCompiler
{
    public static KpiQuery Compile(KpiDefinition kpi, KpiCatalog catalog, KpiAreas areas, IReadOnlyList<ReportingPeriod> periods, DatabaseEngine engine)
    {
        var deadline = kpi.Type == "share_within_deadline";
        var primary = deadline ? kpi.Denominator : kpi.Numerator;
        var primaryDataset = primary is null ? null : catalog.Dataset(primary.Dataset.Value);
        MeasureQuery? Build(string role, KpiMeasure? measure) =>
            measure is null ? null : Measure(role, kpi, measure, Dataset(catalog, kpi, measure), primaryDataset!, catalog, areas, periods, engine, deadline);
        return deadline
            ? new KpiQuery(kpi.Id, null, Build("noemer (met het aantal binnen de termijn)", kpi.Denominator))
            : new KpiQuery(kpi.Id, Build("teller", kpi.Numerator), Build("noemer", kpi.Denominator));
    }

    private static DatasetDefinition Dataset(KpiCatalog catalog, KpiDefinition kpi, KpiMeasure measure) =>
        catalog.Dataset(measure.Dataset.Value)
        ?? throw new MsdUserException($"KPI {kpi.Id} telt in dataset '{measure.Dataset.Value}', die niet in de catalogus staat. Controleer met 'msd catalog check'.");

    private static MeasureQuery Measure(
        string role, KpiDefinition kpi, KpiMeasure measure, DatasetDefinition dataset, DatasetDefinition primaryDataset,
        KpiCatalog catalog, KpiAreas areas, IReadOnlyList<ReportingPeriod> periods, DatabaseEngine engine, bool deadline)
    {
        // a breakdown by a column the numerator selects on (an end reason) splits the numerator only: the share per reason
        var selectedByNumerator = role == "noemer" ? Columns(kpi.Numerator?.Filter).Except(Columns(measure.Filter)).ToHashSet() : [];
        var dimensions = kpi.Breakdowns
            .Where(b => !selectedByNumerator.Contains(b.Column.Value))
            .Select(b => KpiBreakdownSql.For(b, dataset, primaryDataset, catalog))
            .OfType<KpiBreakdownSql>()
            .ToList();
        var hasDistricts = areas.Districts && dataset.Column("wijk_code") is not null;
        string Map(string column, string mapping) =>
            KpiChecks.CodeListOf(catalog, dataset, column) is { } list && list.Mapping(mapping) is { } m
                ? ExpressionSql.Mapped("d." + column, m.Pairs(list))
                : throw new MsdUserException($"KPI {kpi.Id}: kolom '{column}' van dataset '{dataset.Id}' heeft geen codelijst met mapping '{mapping}'.");
        var value = measure.Expression is { } e ? ExpressionSql.Translate(e.Value, engine, Map) : "1";
        var aggregate = Aggregate(measure.Aggregate, measure.Expression is null, engine);
        var within = deadline && kpi.Deadline is { } d ? Within(d) : null;

        var sql = new StringBuilder();
        sql.AppendLine("WITH periods (msd_grain, msd_period, msd_start, msd_end) AS (");
        sql.AppendLine("    VALUES");
        sql.AppendLine(string.Join(",\n", periods.Select(p => $"        ('{p.Grain}', '{p.Label}', {Date(p.Start)}, {Date(p.End)})")));
        sql.AppendLine("),");
        if (areas.Groups.Count > 0)
        {
            var members = areas.Groups.SelectMany(g => g.Members.Select(m => $"('{g.Code}', '{m}')"));
            sql.AppendLine(CultureInfo.InvariantCulture, $"area_groups (group_code, gemeente_code) AS (VALUES {string.Join(", ", members)}),");
        }
        sql.AppendLine("measured AS (");
        sql.Append("    SELECT p.msd_grain, p.msd_period, d.gemeente_code");
        sql.Append(hasDistricts ? ", d.wijk_code" : "");
        foreach (var (dimension, i) in dimensions.Select((x, i) => (x, i)))
            sql.Append(CultureInfo.InvariantCulture, $",\n        {dimension.Sql} AS dim_{i + 1}");
        sql.Append(CultureInfo.InvariantCulture, $",\n        {value} AS msd_value");
        if (within is not null)
            sql.Append(CultureInfo.InvariantCulture, $",\n        CASE WHEN {within} THEN 1 ELSE 0 END AS msd_within");
        sql.AppendLine();
        sql.AppendLine(CultureInfo.InvariantCulture, $"    FROM {Rows(dataset)} d");
        sql.AppendLine(CultureInfo.InvariantCulture, $"    JOIN periods p ON {PeriodCondition(dataset, kpi.Period.Kind)}");
        sql.Append(CultureInfo.InvariantCulture, $"    WHERE d.gemeente_code IN ({string.Join(", ", areas.Municipalities.Select(m => $"'{m}'"))})");
        if (measure.Filter is { } filter)
            sql.Append(CultureInfo.InvariantCulture, $"\n      AND ({ExpressionSql.Translate(filter.Value, engine, Map)})");
        sql.AppendLine();
        sql.AppendLine(")");

        var measures = $"CAST({aggregate} AS DECIMAL(18,4)) AS measure, {(within is null ? "CAST(NULL AS BIGINT)" : "CAST(sum(msd_within) AS BIGINT)")} AS within, count(*) AS cases";
        var branches = new List<string> { Branch("'GM' || gemeente_code", "gemeente_code", "measured", dimensions, measures) };
        if (areas.Groups.Count > 0)
            branches.Add(Branch("g.group_code", "g.group_code", "measured m\nJOIN area_groups g ON g.gemeente_code = m.gemeente_code", dimensions, measures));
        if (hasDistricts)
            branches.Add(Branch("wijk_code", "wijk_code", "measured\nWHERE wijk_code IS NOT NULL", [], measures));
        sql.Append(string.Join("\nUNION ALL\n", branches));
        return new MeasureQuery(role, dataset.Id, sql.ToString(), dimensions.Select(x => x.Dimension).ToHashSet(StringComparer.Ordinal), hasDistricts);
    }

    /// <summary>The dataset's table, or — when it keeps revisions of a figure — only the newest revision of each.</summary>
    internal static string Rows(DatasetDefinition dataset)
    {
        if (dataset.RevisionColumn is not { } revision)
            return dataset.TableName;
        // IS NOT DISTINCT FROM: an empty key part (a region without municipality code) still names the same figure
        var same = string.Join(" AND ", dataset.Key.Where(k => k.Value != revision.Value).Select(k => $"n.{k.Value} IS NOT DISTINCT FROM r.{k.Value}"));
        return $"(SELECT r.* FROM {dataset.TableName} r WHERE NOT EXISTS (SELECT 1 FROM {dataset.TableName} n WHERE {same} AND n.{revision.Value} > r.{revision.Value}))";
    }

    private static string Branch(string area, string areaColumn, string from, IReadOnlyList<KpiBreakdownSql> dimensions, string measures)
    {
        var breakdown = dimensions.Count == 0
            ? "''"
            : "CASE " + string.Join(" ", dimensions.Select((x, i) => $"WHEN grouping(dim_{i + 1}) = 0 THEN '{x.Dimension}=' || coalesce(dim_{i + 1}, '{KpiBreakdownSql.Unknown}')")) + " ELSE '' END";
        var sets = dimensions.Count == 0
            ? $"msd_grain, msd_period, {areaColumn}"
            : "GROUPING SETS (" + string.Join(", ", new[] { "" }.Concat(dimensions.Select((_, i) => $", dim_{i + 1}")).Select(x => $"(msd_grain, msd_period, {areaColumn}{x})")) + ")";
        return $"SELECT msd_grain AS grain, msd_period AS period, {area} AS area_code, {breakdown} AS breakdown,\n    {measures}\nFROM {from}\nGROUP BY {sets}";
    }

    private static string Aggregate(string aggregate, bool noExpression, DatabaseEngine engine) => aggregate switch
    {
        "count" => noExpression ? "count(*)" : "count(msd_value)",
        "count_distinct" => "count(DISTINCT msd_value)",
        "sum" => "sum(msd_value)",
        "mean" => "avg(msd_value)",
        "median" => engine == DatabaseEngine.DuckDb ? "quantile_cont(msd_value, 0.5)" : "percentile_cont(0.5) WITHIN GROUP (ORDER BY msd_value)",
        "min" => "min(msd_value)",
        "max" => "max(msd_value)",
        _ => throw new MsdUserException($"Onbekende aggregatie '{aggregate}'. Controleer de catalogus met 'msd catalog check'."),
    };

    /// <summary>Which rows of a dataset belong to a period: events in it, intervals overlapping it, counts on its last day.</summary>
    private static string PeriodCondition(DatasetDefinition dataset, string periodKind)
    {
        if (dataset.Time is not { } time)
            return "TRUE";
        var from = "d." + time.From.Value;
        return (time.Kind, periodKind) switch
        {
            ("event", _) => $"{from} BETWEEN p.msd_start AND p.msd_end",
            ("interval", "reference_date") => $"{from} <= p.msd_end AND (d.{time.To!.Value} IS NULL OR d.{time.To.Value} >= p.msd_end)",
            ("interval", _) => $"{from} <= p.msd_end AND (d.{time.To!.Value} IS NULL OR d.{time.To.Value} >= p.msd_start)",
            _ => $"{from} = p.msd_end",
        };
    }

    private static string Within(KpiDeadline deadline)
    {
        var from = "d." + deadline.From.Value;
        var to = "d." + deadline.To.Value;
        return deadline.Unit switch
        {
            "working_days" => $"{ExpressionSql.WorkingDaysBetween(from, to)} <= {deadline.Limit}",
            "weeks" => $"{ExpressionSql.DaysBetween(from, to)} <= {deadline.Limit * 7}",
            _ => $"{ExpressionSql.DaysBetween(from, to)} <= {deadline.Limit}",
        };
    }

    private static IEnumerable<string> Columns(Located<string>? filter) =>
        filter is null ? [] : SqlExpression.Scan(filter.Value).Tokens.Where(t => t.Kind == SqlExpression.TokenKind.Column).Select(t => t.Text.ToLowerInvariant());

    private static string Date(DateOnly day) => $"DATE '{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";
}
