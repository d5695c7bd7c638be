using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Acceptance;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Validatie;

/// <summary>Every KPI's validation at a glance: its lifecycle state and which condition still stands in the way.</summary>
public sealed class IndexModel(MonitorData data) : PageModel
{
    public IReadOnlyList<KpiValidationStatus> Statuses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        var all = await data.ValidationAsync(cancellationToken);
        Statuses = [.. data.Kpis.Select(k => all[k.Id])];
    }

    public int Count(string state) => Statuses.Count(s => s.Lifecycle.State == state);
}
