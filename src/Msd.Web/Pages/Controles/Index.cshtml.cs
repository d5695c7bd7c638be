using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Validation;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Controles;

/// <summary>Data-quality checks: the latest run of <c>msd check</c> (what failed, and where) and the runs before it.</summary>
[Authorize(Policy = MonitorSetup.DataManagers)]
public sealed class IndexModel(MonitorData data) : PageModel
{
    public IReadOnlyList<StoredCheckRun> Runs { get; private set; } = [];

    public IReadOnlyList<StoredCheckResult> Latest { get; private set; } = [];

    public MonitorData Data => data;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        Runs = await CheckResultStore.RunsAsync(data.Database, 20, cancellationToken);
        Latest = await CheckResultStore.LatestAsync(data.Database, cancellationToken);
    }

    public string DatasetTitle(string id) => data.Catalog.Dataset(id)?.Title ?? id;
}
