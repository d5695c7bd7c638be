using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Catalog;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Wijken;

/// <summary>Districts: one KPI ranked over every district, per municipality or all together.</summary>
public sealed class IndexModel(MonitorData data) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kpi")]
    public string? RequestedKpi { get; set; }

    [BindProperty(SupportsGet = true, Name = "periode")]
    public string? RequestedPeriod { get; set; }

    [BindProperty(SupportsGet = true, Name = "gemeente")]
    public string? Municipality { get; set; }

    public MonitorData Data => data;

    /// <summary>The KPIs that have district values.</summary>
    public IReadOnlyList<KpiDefinition> Kpis { get; private set; } = [];

    public KpiDefinition? Kpi { get; private set; }

    public IReadOnlyList<string> Periods { get; private set; } = [];

    public string? Period { get; private set; }

    public MonitorTable? Table { get; private set; }

    public ChartSpec? Chart { get; private set; }

    /// <summary>The districts on a map, when the workspace supplies their boundaries.</summary>
    public ChartSpec? Map { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        var withDistricts = new List<KpiDefinition>();
        foreach (var kpi in data.Kpis)
        {
            if ((await data.SeriesAsync(kpi, cancellationToken)).HasDistricts)
                withDistricts.Add(kpi);
        }
        Kpis = withDistricts;
        Kpi = Kpis.FirstOrDefault(k => k.Id == RequestedKpi) ?? Kpis.FirstOrDefault();
        if (Kpi is null)
            return;
        var series = await data.SeriesAsync(Kpi, cancellationToken);
        var grain = series.DefaultGrain;
        Periods = [.. series.Periods(grain).Reverse()];
        Period = RequestedPeriod is { } p && Periods.Contains(p) ? p : series.LatestPeriod(grain, data.Areas.Main.Code);
        if (Period is null)
            return;
        var municipality = data.Areas.Overview.FirstOrDefault(a => a.MunicipalityCode == Municipality)?.MunicipalityCode;
        Table = MonitorTables.Districts(data, series, Period, municipality);
        Chart = KpiCharts.Ranked("wijken", $"{Kpi.Title} per wijk, {ValueFormat.Period(Period)}, gerangschikt.", Kpi.Unit, Table, 3);
        if (data.Map is { } map)
        {
            var districts = data.Areas.Districts.Where(d => municipality is null || d.MunicipalityCode == municipality).ToList();
            Map = new ChartSpec("kaart", "map", $"Kaart van {Kpi.Title} per wijk, {ValueFormat.Period(Period)}.", Kpi.Unit,
                [.. districts.Select(d => d.Code)], [new ChartSeries(Kpi.Title, [.. districts.Select(d => Headline.Shown(series.Total(Period, d.Code)))])])
            {
                MapUrl = DistrictMap.Url,
                MapCodeProperty = map.CodeProperty,
                Labels = [.. districts.Select(d => d.Name)],
            };
        }
    }
}
