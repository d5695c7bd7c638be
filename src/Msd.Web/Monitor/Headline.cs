using Msd.Catalog;
using Msd.Publication;

namespace Msd.Web.Monitor;

/// <summary>
/// A KPI at a glance: its latest value for the main area, the same period for every municipality
/// and group, the previous period, the target and its status, and a small trend.
/// </summary>
public sealed record Headline(
    KpiDefinition Kpi,
    MonitorArea MainArea,
    string Grain,
    string? Period,
    ExportRow? Main,
    IReadOnlyList<(MonitorArea Area, ExportRow? Row)> Areas,
    string? PreviousPeriod,
    ExportRow? Previous,
    ChartSpec? Trend)
{
    private const int TrendLength = 8;

    /// <summary>The headline for a period; without one, the latest period (or nothing when <paramref name="latest"/> is false).</summary>
    public static Headline Of(MonitorData data, KpiSeries series, MonitorArea main, string? period = null, bool latest = true)
    {
        var grain = series.DefaultGrain;
        period ??= latest ? series.LatestPeriod(grain, main.Code) : null;
        var previous = period is null ? null : series.Previous(grain, period);
        var periods = series.Periods(grain).TakeWhile(p => period is null || string.CompareOrdinal(p, period) <= 0).TakeLast(TrendLength).ToList();
        var trend = periods.Count < 2 ? null : new ChartSpec(
            "trend-" + series.Kpi.Id, "spark",
            $"Verloop van {series.Kpi.Title} in {main.Name}, {ValueFormat.Period(periods[0])} tot en met {ValueFormat.Period(periods[^1])}.",
            series.Kpi.Unit, [.. periods.Select(ValueFormat.Period)],
            [new ChartSeries(main.Name, [.. periods.Select(p => Shown(series.Total(p, main.Code)))])]);
        return new Headline(
            series.Kpi, main, grain, period,
            period is null ? null : series.Total(period, main.Code),
            [.. data.Areas.Overview.Select(a => (a, period is null ? null : series.Total(period, a.Code)))],
            previous, previous is null ? null : series.Total(previous, main.Code), trend);
    }

    /// <summary>The value a chart may draw, rounded as the table shows it: none when it is hidden or missing.</summary>
    public static decimal? Shown(ExportRow? row) => row is { Status: "ok" or "voorlopig" } ? ValueFormat.Shown(row.Value, row.Unit) : null;

    /// <summary>
    /// The KPIs a domain leads with: up to four of high priority that have values, completed to three with
    /// the domain's other KPIs that have values; without any values, its high-priority KPIs.
    /// </summary>
    public static async Task<IReadOnlyList<KpiSeries>> LeadingAsync(MonitorData data, string domain, CancellationToken cancellationToken)
    {
        var all = new List<KpiSeries>();
        foreach (var kpi in data.Kpis.Where(k => k.Domain == domain))
            all.Add(await data.SeriesAsync(kpi, cancellationToken));
        var high = all.Where(s => s.Kpi.Priority == "hoog").ToList();
        var shown = high.Where(s => !s.IsEmpty).Take(4).ToList();
        shown.AddRange(all.Where(s => !s.IsEmpty && !shown.Contains(s)).Take(Math.Max(0, 3 - shown.Count)));
        return shown.Count > 0 ? shown : [.. high.Take(3)];
    }
}
