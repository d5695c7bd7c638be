using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Ingestion;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Ladingen;

/// <summary>Loads: freshness per source, the recent loads with their counts, and links to each quarantine.</summary>
public sealed class IndexModel(MonitorData data) : PageModel
{
    public sealed class SourceFreshness
    {
        public string Source { get; init; } = "";

        public DateTime LastLoad { get; init; }

        public DateTime? ReferenceDate { get; init; }

        public long Loads { get; init; }

        public long Quarantined { get; init; }
    }

    public IReadOnlyList<SourceFreshness> Sources { get; private set; } = [];

    public MonitorTable Table { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        Sources = await data.Database.QueryAsync<SourceFreshness>(
            """
            SELECT source AS Source, max(finished_at) AS LastLoad, CAST(max(reference_date) AS TIMESTAMP) AS ReferenceDate,
                   CAST(count(*) AS BIGINT) AS Loads, CAST(sum(records_quarantined) AS BIGINT) AS Quarantined
            FROM msd_load GROUP BY source ORDER BY source
            """, null, cancellationToken);
        Table = MonitorTables.Loads(await LoadLog.RecentAsync(data.Database, 200, cancellationToken));
    }
}
