using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Web.Monitor;

namespace Msd.Web.Pages;

/// <summary>Home: every domain with its headline KPIs as cards.</summary>
public sealed class IndexModel(MonitorData data) : PageModel
{
    public sealed record DomainCards(string Id, string Name, IReadOnlyList<Headline> Headlines, int KpiCount);

    public IReadOnlyList<DomainCards> Domains { get; private set; } = [];

    public MonitorData Data => data;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        var domains = new List<DomainCards>();
        foreach (var (id, name) in Catalog.Domains.Names)
        {
            var headlines = new List<Headline>();
            foreach (var kpi in Headline.KpisOf(data, id))
                headlines.Add(Headline.Of(data, await data.SeriesAsync(kpi, cancellationToken), data.Areas.Main));
            domains.Add(new DomainCards(id, name, headlines, data.Kpis.Count(k => k.Domain == id)));
        }
        Domains = domains;
    }
}
