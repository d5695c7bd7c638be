using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Catalog;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Catalogus;

/// <summary>The catalogue: every KPI, searchable, and the data dictionary of the datasets they read.</summary>
public sealed class IndexModel(MonitorData data) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public MonitorTable Table { get; private set; } = null!;

    public IReadOnlyList<DatasetDefinition> Datasets { get; private set; } = [];

    public KpiCatalog Catalog => data.Catalog;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        Table = MonitorTables.Catalogue(data, Search);
        Datasets = [.. data.Catalog.Datasets.OrderBy(d => d.Title, StringComparer.CurrentCulture)];
    }
}
