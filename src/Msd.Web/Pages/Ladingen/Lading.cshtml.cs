using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Ingestion;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Ladingen;

/// <summary>One load: its counts and what went into quarantine, with position and reason (never the record itself).</summary>
[Authorize(Policy = MonitorSetup.DataManagers)]
public sealed class LadingModel(MonitorData data) : PageModel
{
    public const int MaxFindings = 500;

    public LoadEntry Load { get; private set; } = null!;

    public IReadOnlyList<LoadFinding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        if (await LoadLog.FindAsync(data.Database, id, cancellationToken) is not { } load)
            return NotFound();
        Load = load;
        Findings = await LoadLog.FindingsAsync(data.Database, id, MaxFindings, cancellationToken);
        return Page();
    }
}
