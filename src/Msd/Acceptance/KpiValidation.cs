using Msd.Catalog;
using Msd.Storage;
using Msd.Validation;

namespace Msd.Acceptance;

/// <summary>Everything known about one KPI version's validation: the evidence and the lifecycle state decided from it.</summary>
public sealed record KpiValidationStatus(KpiDefinition Kpi, KpiEvidence Evidence, KpiLifecycleState Lifecycle, IReadOnlyList<StoredCheckResult> CheckResults);

/// <summary>
/// Reads the evidence for every KPI from the store — acceptance results, the latest check run with its overrides,
/// the verdicts — and decides each KPI's lifecycle state. One read serves a whole page or report.
/// </summary>
public static class KpiValidation
{
    public static async Task<IReadOnlyDictionary<string, KpiValidationStatus>> ReadAsync(Database database, KpiCatalog catalog, CancellationToken cancellationToken)
    {
        var acceptance = await AcceptanceResultStore.LatestAsync(database, cancellationToken);
        var checks = await CheckResultStore.LatestAsync(database, cancellationToken);
        var overrides = await CheckOverrideStore.AllAsync(database, cancellationToken);
        var signOffs = await SignOffStore.AllAsync(database, cancellationToken);
        var checksRan = await database.ScalarAsync<long>("SELECT count(*) FROM msd_check_run", null, cancellationToken) > 0;
        var cases = catalog.AcceptanceSuites.GroupBy(s => s.KpiId.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Cases.Count), StringComparer.Ordinal);
        return catalog.Kpis.ToDictionary(k => k.Id, kpi =>
        {
            var datasets = kpi.DatasetIds.ToHashSet(StringComparer.Ordinal);
            // the data checks on the datasets it reads, and the plausibility of its own published values
            var own = checks.Where(r => r.KpiId is null ? datasets.Contains(r.DatasetId) : r.KpiId == kpi.Id).ToList();
            var blocking = own.Where(r => r.Status == "fout" && !overrides.Any(o => o.Covers(r))).Select(Finding).ToList();
            var warnings = own.Where(r => r.Status == "waarschuwing").Select(Finding).ToList();
            var declared = catalog.Checks.Count(c => datasets.Contains(c.DatasetId));
            var evidence = new KpiEvidence(cases.GetValueOrDefault(kpi.Id), [.. acceptance[kpi.Id]], declared, checksRan, blocking, warnings, [.. signOffs[kpi.Id]]);
            return new KpiValidationStatus(kpi, evidence, KpiLifecycle.Of(kpi, evidence), own);
        }, StringComparer.Ordinal);
    }

    private static string Finding(StoredCheckResult r) =>
        $"{r.CheckId}{(r.GemeenteCode is null ? "" : " (" + r.GemeenteCode + (r.Period is null ? "" : ", " + r.Period) + ")")}.";
}
