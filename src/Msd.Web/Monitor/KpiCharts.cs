namespace Msd.Web.Monitor;

/// <summary>The charts of a KPI page, built from the same values as the tables beside them.</summary>
public static class KpiCharts
{
    /// <summary>Above this many categories (providers, say) a bar chart says less than its table.</summary>
    public const int MaxBars = 25;

    /// <summary>Every municipality and group over time, with the main area's target per period as a dashed line.</summary>
    public static ChartSpec? OverTime(MonitorData data, KpiSeries series, string grain)
    {
        var periods = series.Periods(grain);
        if (periods.Count == 0)
            return null;
        var kpi = series.Kpi;
        var lines = data.Areas.Overview
            .Select(a => new ChartSeries(a.Name, [.. periods.Select(p => Headline.Shown(series.Total(p, a.Code)))]))
            .ToList();
        var targets = periods.Select(p => series.Total(p, data.Areas.Main.Code)?.Target).ToList();
        if (targets.Any(t => t is not null))
            lines.Add(new ChartSeries($"Streefwaarde {data.Areas.Main.Name}", targets, Dashed: true));
        return new ChartSpec("tijdreeks", "line",
            $"Lijngrafiek van {kpi.Title} per {ValueFormat.GrainName(grain)}, {ValueFormat.Period(periods[0])} tot en met {ValueFormat.Period(periods[^1])}, voor {string.Join(", ", data.Areas.Overview.Select(a => a.Name))}.",
            kpi.Unit, [.. periods.Select(ValueFormat.Period)], lines);
    }

    /// <summary>A horizontal bar chart of a table's value column, in the table's order (a ranking).</summary>
    public static ChartSpec? Ranked(string id, string description, string unit, MonitorTable table, int valueColumn)
    {
        var rows = table.Rows.Where(r => r[valueColumn].Number is not null).ToList();
        return rows.Count == 0 ? null : new ChartSpec(id, "bar", description, unit,
            [.. rows.Select(r => r[1].Text)], [new ChartSeries("Waarde", [.. rows.Select(r => r[valueColumn].Number)])]);
    }

    /// <summary>One bar chart per breakdown dimension for the period and area.</summary>
    public static IReadOnlyList<ChartSpec> Breakdowns(MonitorData data, KpiSeries series, string period, string areaCode)
    {
        var kpi = series.Kpi;
        return [.. series.Breakdowns(period, areaCode)
            .Where(g => g.Count() <= MaxBars && g.Any(r => Headline.Shown(r) is not null))
            .Select(g =>
            {
                var title = MonitorTables.BreakdownTitle(kpi, g.Key);
                return new ChartSpec("uitsplitsing-" + g.Key, "bar",
                    $"Staafgrafiek van {kpi.Title} naar {title.ToLowerInvariant()}, {data.Areas.NameOf(areaCode)}, {ValueFormat.Period(period)}.",
                    kpi.Unit,
                    [.. g.Select(r => MonitorTables.CategoryName(data.Catalog, kpi, g.Key, KpiSeries.Category(r.Breakdown)))],
                    [new ChartSeries(title, [.. g.Select(Headline.Shown)])]);
            })];
    }
}
