using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Catalog;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Doelen;

/// <summary>The goal tree: policy documents, their goals, and the KPIs that measure each goal with their status.</summary>
public sealed class IndexModel(MonitorData data) : PageModel
{
    public IReadOnlyList<PolicyDocument> Documents => data.Catalog.Documents;

    public IReadOnlyDictionary<string, IReadOnlyList<Headline>> KpisByGoal { get; private set; } = new Dictionary<string, IReadOnlyList<Headline>>();

    public int GoalsWithoutKpi => Documents.Sum(d => d.Goals.Count(g => !KpisByGoal.ContainsKey(g.Id)));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        var byGoal = new Dictionary<string, List<Headline>>(StringComparer.Ordinal);
        foreach (var kpi in data.Kpis)
        {
            var headline = Headline.Of(data, await data.SeriesAsync(kpi, cancellationToken), data.Areas.Main);
            foreach (var goal in kpi.Goals)
            {
                if (!byGoal.TryGetValue(goal.Value, out var list))
                    byGoal[goal.Value] = list = [];
                list.Add(headline);
            }
        }
        KpisByGoal = byGoal.ToDictionary(p => p.Key, p => (IReadOnlyList<Headline>)p.Value, StringComparer.Ordinal);
    }
}
