using Msd.Catalog;
using Msd.Publication;
using Msd.Storage;
using Msd.Workspace;

namespace Msd.Validation;

/// <summary>
/// Judges every KPI's published values by its plausibility rules and adds the results to a check run: after the
/// data checks of that run and the publication that followed them, so it judges what readers now see.
/// </summary>
public static class PlausibilityRun
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(Database database, KpiCatalog catalog, PrivacySettings privacy, long runId, CancellationToken cancellationToken)
    {
        var published = (await PublishedValueStore.PublishedAsync(database, null, cancellationToken)).ToLookup(r => r.KpiId, StringComparer.Ordinal);
        var results = new List<CheckResult>();
        foreach (var kpi in catalog.Kpis.Where(k => k.Status != "vervallen" && published[k.Id].Any()))
        {
            var benchmark = kpi is { Benchmark: { } indicator, Plausibility.MaxBenchmarkDifference: not null }
                ? await BenchmarkFigures.OfAsync(database, catalog, indicator.Value, cancellationToken)
                : [];
            results.AddRange(PlausibilityRules.Judge(kpi, [.. published[kpi.Id]], benchmark, kpi.Privacy.RoundingBase ?? privacy.RoundingBase));
        }
        await CheckResultStore.AppendAsync(database, runId, 0, results, StoredTime.Now(), cancellationToken);
        return results;
    }
}
