using Msd.Catalog;
using Msd.Storage;

namespace Msd.Validation;

/// <summary>
/// Runs every data-quality check of the catalogue (the <c>checks:</c> of its datasets) and stores the
/// results as one run in msd_check_run / msd_check_result.
/// </summary>
public static class CheckEngine
{
    /// <summary>Runs all checks; <paramref name="districts"/> are the district codes of the workspace's area table (for <c>references: gebiedsindeling</c>).</summary>
    public static async Task<CheckRun> RunAsync(Database database, KpiCatalog catalog, IReadOnlyCollection<string> districts, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow().UtcDateTime;
        var results = new List<CheckResult>();
        foreach (var dataset in catalog.Datasets)
        {
            foreach (var check in dataset.Checks)
                results.AddRange(await RunAsync(database, check, dataset, catalog, districts, cancellationToken));
        }
        var checks = catalog.Checks.Count();
        var runId = await CheckResultStore.SaveAsync(database, started, time.GetUtcNow().UtcDateTime, checks, results, cancellationToken);
        return new CheckRun(runId, started, checks, results);
    }

    /// <summary>One check on its own, without storing: the results per municipality (and period).</summary>
    public static Task<IReadOnlyList<CheckResult>> RunAsync(Database database, DataCheck check, DatasetDefinition dataset, KpiCatalog catalog, IReadOnlyCollection<string> districts, CancellationToken cancellationToken) =>
        check.Kind switch
        {
            "actualiteit" => SeriesChecks.FreshnessAsync(database, check, dataset, cancellationToken),
            "volume" => SeriesChecks.VolumeAsync(database, check, dataset, cancellationToken),
            _ => RowChecks.RunAsync(database, check, dataset, catalog, districts, cancellationToken),
        };
}
