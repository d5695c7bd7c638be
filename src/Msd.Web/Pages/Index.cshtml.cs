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
            var headlines = (await Headline.LeadingAsync(data, id, cancellationToken)).Select(s => Headline.Of(data, s, data.Areas.Main)).ToList();
            domains.Add(new DomainCards(id, name, headlines, data.Kpis.Count(k => k.Domain == id)));
        }
        Domains = domains;
    }
}
