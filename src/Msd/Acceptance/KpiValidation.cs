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
        var (checkedAt, loadedAt) = (await database.QueryAsync<(DateTime? Checked, DateTime? Loaded)>(
            "SELECT (SELECT max(started_at) FROM msd_check_run), (SELECT max(finished_at) FROM msd_load)", null, cancellationToken))[0];
        var blocks = PublicationGate.BlocksOf(checks, overrides);
        var cases = catalog.AcceptanceSuites.GroupBy(s => s.KpiId.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Cases.Count), StringComparer.Ordinal);
        return catalog.Kpis.ToDictionary(k => k.Id, kpi =>
        {
            var datasets = kpi.DatasetIds.ToHashSet(StringComparer.Ordinal);
            // the data checks on the datasets it reads, and the plausibility of its own published values
            var own = checks.Where(r => r.KpiId is null ? datasets.Contains(r.DatasetId) : r.KpiId == kpi.Id).ToList();
            // the same findings that hold values back at the gate stand in the way of validation
            var blocking = blocks.Where(b => datasets.Contains(b.DatasetId)).Select(b => Finding(b.CheckId, b.GemeenteCode, b.Period)).ToList();
            var warnings = own.Where(r => r.Status == CheckResult.Warning).Select(r => Finding(r.KpiId is null ? r.CheckId : "plausibiliteit " + r.CheckId, r.GemeenteCode, r.Period)).ToList();
            var declared = catalog.Checks.Count(c => datasets.Contains(c.DatasetId));
            var evidence = new KpiEvidence(cases.GetValueOrDefault(kpi.Id), [.. acceptance[kpi.Id]], declared, checkedAt is not null, blocking, warnings, [.. signOffs[kpi.Id]])
            {
                ChecksCurrent = checkedAt is null || loadedAt is null || loadedAt <= checkedAt,
            };
            return new KpiValidationStatus(kpi, evidence, KpiLifecycle.Of(kpi, evidence), own);
        }, StringComparer.Ordinal);
    }

    private static string Finding(string check, string? gemeente, string? period) =>
        $"{check}{(gemeente is null ? "" : " (" + gemeente + (period is null ? "" : ", " + period) + ")")}.";
}
