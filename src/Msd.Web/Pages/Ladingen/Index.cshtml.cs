using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Ingestion;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Ladingen;

/// <summary>Loads: freshness per source, the recent loads with their counts, and links to each quarantine.</summary>
[Authorize(Policy = MonitorSetup.DataManagers)]
public sealed class IndexModel(MonitorData data) : PageModel
{
    public IReadOnlyList<SourceFreshness> Sources { get; private set; } = [];

    public MonitorTable Table { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        Sources = await LoadLog.FreshnessAsync(data.Database, cancellationToken);
        Table = MonitorTables.Loads(await LoadLog.RecentAsync(data.Database, 200, cancellationToken));
    }
}
