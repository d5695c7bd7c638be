using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Catalog;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Domeinen;

/// <summary>A domain: all its KPIs grouped by the policy goal they measure, for one area and year.</summary>
public sealed class DomeinModel(MonitorData data) : PageModel
{
    public sealed record GoalKpis(PolicyGoal? Goal, PolicyDocument? Document, IReadOnlyList<Headline> Headlines);

    [BindProperty(SupportsGet = true, Name = "gebied")]
    public string? RequestedArea { get; set; }

    [BindProperty(SupportsGet = true, Name = "jaar")]
    public string? RequestedYear { get; set; }

    public string Id { get; private set; } = "";

    public string Name => Domains.NameOf(Id);

    public MonitorData Data => data;

    public MonitorArea Area { get; private set; } = null!;

    public IReadOnlyList<string> Years { get; private set; } = [];

    /// <summary>The chosen year, or null for each KPI's latest period.</summary>
    public string? Year { get; private set; }

    public IReadOnlyList<GoalKpis> Groups { get; private set; } = [];

    public MonitorTable Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Domains.Names.ContainsKey(id))
            return NotFound();
        await data.RefreshAsync(cancellationToken);
        Id = id;
        Area = data.Areas.Find(RequestedArea ?? "") is { Kind: not MonitorAreas.DistrictKind } area ? area : data.Areas.Main;
        var kpis = data.Kpis.Where(k => k.Domain == id).ToList();
        var headlines = new Dictionary<string, Headline>(StringComparer.Ordinal);
        var years = new SortedSet<string>(StringComparer.Ordinal);
        Year = RequestedYear is { Length: 4 } y ? y : null;
        foreach (var kpi in kpis)
        {
            var series = await data.SeriesAsync(kpi, cancellationToken);
            years.UnionWith(series.Periods(series.DefaultGrain).Select(p => p[..4]));
            headlines[kpi.Id] = Headline.Of(data, series, Area, MonitorTables.PeriodIn(series, Area, Year), latest: Year is null);
        }
        Years = [.. years.Reverse()];
        // each KPI once, under the first goal it measures (ids on the page stay unique)
        var goals = data.Catalog.Documents.SelectMany(d => d.Goals.Select(g => (Goal: g, Document: d))).ToList();
        Groups =
        [
            .. kpis.GroupBy(k => goals.FindIndex(g => k.Goals.Any(x => x.Value == g.Goal.Id)))
                .OrderBy(g => g.Key < 0 ? int.MaxValue : g.Key)
                .Select(g => new GoalKpis(g.Key < 0 ? null : goals[g.Key].Goal, g.Key < 0 ? null : goals[g.Key].Document, [.. g.Select(k => headlines[k.Id])])),
        ];
        Table = await MonitorTables.DomainAsync(data, id, Area, Year, cancellationToken);
        return Page();
    }
}
