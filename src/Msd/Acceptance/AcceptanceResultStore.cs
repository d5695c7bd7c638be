using Dapper;
using Msd.Catalog;
using Msd.Storage;

namespace Msd.Acceptance;

/// <summary>An acceptance case's stored outcome: which KPI version it was run against, and when.</summary>
public sealed record StoredAcceptanceResult(long RunId, string KpiId, int KpiVersion, string CaseId, string Title, bool Passed, string Explanation, DateTime RanAt);

/// <summary>
/// Keeps every run of <c>msd test-kpis</c> in <c>msd_acceptance_result</c>, with the KPI version each case
/// ran against, so the lifecycle can tell whether this version's cases passed.
/// </summary>
public static class AcceptanceResultStore
{
    private static readonly string[] Columns = ["run_id", "kpi_id", "kpi_version", "case_id", "title", "passed", "explanation", "ran_at"];

    public static async Task<long> SaveAsync(Database database, KpiCatalog catalog, AcceptanceRun run, CancellationToken cancellationToken)
    {
        var now = StoredTime.Now();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var runId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('msd_acceptance_run_seq')", transaction: transaction, cancellationToken: cancellationToken));
        await database.BulkInsertAsync(connection, "msd_acceptance_result", Columns, run.Results.Select(r => new object?[]
        {
            runId, r.KpiId, catalog.Kpi(r.KpiId)!.Version, r.CaseId, r.Title, r.Passed, r.Explanation, now,
        }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return runId;
    }

    /// <summary>Per KPI, the results of the newest run that included it (a run of one KPI leaves the others as they were).</summary>
    public static async Task<ILookup<string, StoredAcceptanceResult>> LatestAsync(Database database, CancellationToken cancellationToken) =>
        (await database.QueryAsync<StoredAcceptanceResult>(
            """
            SELECT r.run_id AS RunId, r.kpi_id AS KpiId, r.kpi_version AS KpiVersion, r.case_id AS CaseId, r.title AS Title,
                   r.passed AS Passed, r.explanation AS Explanation, r.ran_at AS RanAt
            FROM msd_acceptance_result r
            JOIN (SELECT kpi_id, max(run_id) AS run_id FROM msd_acceptance_result GROUP BY kpi_id) latest
              ON latest.kpi_id = r.kpi_id AND latest.run_id = r.run_id
            ORDER BY r.kpi_id, r.case_id
            """, null, cancellationToken))
        .Select(r => r with { RanAt = StoredTime.AsUtc(r.RanAt) })
        .ToLookup(r => r.KpiId, StringComparer.Ordinal);
}
