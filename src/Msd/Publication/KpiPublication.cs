using Dapper;
using Msd.Catalog;
using Msd.Computation;
using Msd.Privacy;
using Msd.Storage;
using Msd.Validation;
using Msd.Workspace;

namespace Msd.Publication;

/// <summary>What publishing did with one KPI.</summary>
public sealed record KpiPublishResult(string KpiId, int Published, int Suppressed, int Missing, int Blocked);

/// <summary>
/// The publish step: per KPI, its computed values through disclosure control into
/// <c>msd_kpi_published</c>, the only table any output reads, then through the publication gate: values whose
/// data failed a check (<c>fout</c>, not overruled) are published as <c>geblokkeerd</c>. A KPI without computed values is skipped.
/// </summary>
public static class KpiPublication
{
    private static readonly string[] Columns =
    [
        "kpi_id", "kpi_version", "grain", "period", "period_start", "period_end", "area_code", "breakdown",
        "numerator", "denominator", "value", "unit", "status", "reason", "target", "target_status", "published_at",
    ];

    public static async Task<IReadOnlyList<KpiPublishResult>> PublishAsync(
        Database database, KpiCatalog catalog, WorkspaceConfig config, IReadOnlyCollection<string>? only, CancellationToken cancellationToken)
    {
        var areas = KpiAreas.Of(config);
        var gate = await PublicationGate.ReadAsync(database, config, cancellationToken);
        var results = new List<KpiPublishResult>();
        foreach (var kpi in catalog.Kpis.Where(k => k.Status != "vervallen" && (only is null || only.Contains(k.Id))))
        {
            var values = await KpiValueStore.ReadAsync(database, kpi.Id, cancellationToken);
            if (values.Count == 0)
                continue;
            var controlled = DisclosureControl.Apply(kpi, catalog, areas, values, SuppressionRule.For(kpi, config.Privacy))
                .Select(p => TargetStatus.Of(kpi, p.Period.Label, p.AreaCode, p.Breakdown, p.Value) is var (target, status) ? p with { Target = target, TargetStatus = status } : p);
            var published = gate.Apply(kpi, controlled).ToList();
            await ReplaceAsync(database, kpi.Id, published, cancellationToken);
            results.Add(new KpiPublishResult(kpi.Id,
                published.Count(p => p.Status is PublishedValue.Ok or PublishedValue.Provisional),
                published.Count(p => p.Status == PublishedValue.Suppressed),
                published.Count(p => p.Status == PublishedValue.Missing),
                published.Count(p => p.Status == PublishedValue.Blocked)));
        }
        return results;
    }

    private static async Task ReplaceAsync(Database database, string kpiId, IReadOnlyList<PublishedValue> values, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM msd_kpi_published WHERE kpi_id = {database.Parameter("id")}", new { id = kpiId }, transaction, cancellationToken: cancellationToken));
        await database.BulkInsertAsync(connection, "msd_kpi_published", Columns, values.Select(v => new object?[]
        {
            v.KpiId, v.KpiVersion, v.Period.Grain, v.Period.Label, v.Period.Start, v.Period.End, v.AreaCode, v.Breakdown,
            v.Numerator, v.Denominator, v.Value, v.Unit, v.Status, v.Reason, v.Target, v.TargetStatus, now,
        }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
