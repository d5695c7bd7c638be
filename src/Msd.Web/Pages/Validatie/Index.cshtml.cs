using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Acceptance;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Validatie;

/// <summary>Every KPI's validation at a glance: its lifecycle state and which condition still stands in the way.</summary>
public sealed class IndexModel(MonitorData data, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<KpiValidationStatus> Statuses { get; private set; } = [];

    /// <summary>Whether the visitor may read what the conditions say (findings per municipality and month, names of signers).</summary>
    public bool ShowDetails { get; private set; }

    public MonitorData Data => data;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        var all = await data.ValidationAsync(cancellationToken);
        Statuses = [.. data.Kpis.Select(k => all[k.Id])];
        ShowDetails = (await authorization.AuthorizeAsync(User, MonitorSetup.DataManagers)).Succeeded;
    }

    public int Count(string state) => Statuses.Count(s => s.Lifecycle.State == state);
}
