using Dapper;
using Msd.Storage;

namespace Msd.Validation;

/// <summary>Stores a run of checks with its results, and reads the latest run back.</summary>
public static class CheckResultStore
{
    private static readonly string[] Columns =
        ["run_id", "check_id", "kind", "severity", "dataset_id", "gemeente_code", "period", "period_start", "period_end", "observed", "threshold", "status", "message", "sample", "kpi_id"];

    internal static async Task<long> SaveAsync(Database database, DateTime started, DateTime finished, int checks, IReadOnlyList<CheckResult> results, CancellationToken cancellationToken)
    {
        string P(string name) => database.Parameter(name);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var runId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('msd_check_run_seq')", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO msd_check_run (run_id, started_at, finished_at, checks, failed, warned) VALUES ({P("id")}, {P("started")}, {P("finished")}, {P("checks")}, {P("failed")}, {P("warned")})",
            new
            {
                id = runId,
                started,
                finished,
                checks = (long)checks,
                failed = (long)results.Count(r => r.Status == CheckResult.Error),
                warned = (long)results.Count(r => r.Status == CheckResult.Warning),
            },
            transaction, cancellationToken: cancellationToken));
        await database.BulkInsertAsync(connection, "msd_check_result", Columns, results.Select(r => Row(runId, r)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return runId;
    }

    /// <summary>
    /// Adds results to a stored run (the plausibility checks, which judge the values published after the data
    /// checks of that run) and counts them in with the run; <c>checks</c> is how many declared checks they come
    /// from (0 for plausibility rules, which are not declared checks).
    /// </summary>
    internal static async Task AppendAsync(Database database, long runId, int checks, IReadOnlyList<CheckResult> results, DateTime finished, CancellationToken cancellationToken)
    {
        string P(string name) => database.Parameter(name);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE msd_check_run SET checks = checks + {P("checks")}, warned = warned + {P("warned")}, failed = failed + {P("failed")}, finished_at = {P("finished")} WHERE run_id = {P("id")}",
            new
            {
                id = runId,
                checks = (long)checks,
                warned = (long)results.Count(r => r.Status == CheckResult.Warning),
                failed = (long)results.Count(r => r.Status == CheckResult.Error),
                finished,
            },
            transaction, cancellationToken: cancellationToken));
        await database.BulkInsertAsync(connection, "msd_check_result", Columns, results.Select(r => Row(runId, r)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The results of the latest run, or none when checks never ran.</summary>
    public static async Task<IReadOnlyList<StoredCheckResult>> LatestAsync(Database database, CancellationToken cancellationToken) =>
        await database.QueryAsync<StoredCheckResult>(
            """
            SELECT run_id AS RunId, check_id AS CheckId, dataset_id AS DatasetId, gemeente_code AS GemeenteCode, period AS Period,
                CAST(period_start AS TIMESTAMP) AS PeriodStart, CAST(period_end AS TIMESTAMP) AS PeriodEnd, status AS Status, message AS Message, kpi_id AS KpiId, observed AS Observed
            FROM msd_check_result WHERE run_id = (SELECT max(run_id) FROM msd_check_run)
            ORDER BY check_id, gemeente_code, period_start
            """, null, cancellationToken);

    /// <summary>The most recent runs, newest first: the history the monitor shows.</summary>
    public static Task<IReadOnlyList<StoredCheckRun>> RunsAsync(Database database, int limit, CancellationToken cancellationToken) =>
        database.QueryAsync<StoredCheckRun>(
            $"""
            SELECT run_id AS RunId, started_at AS StartedAt, CAST(checks AS BIGINT) AS Checks, CAST(failed AS BIGINT) AS Failed, CAST(warned AS BIGINT) AS Warned
            FROM msd_check_run ORDER BY run_id DESC LIMIT {limit}
            """, null, cancellationToken);

    private static object?[] Row(long runId, CheckResult r) =>
    [
        runId, r.CheckId, r.Kind, r.Severity, r.DatasetId, r.GemeenteCode, r.Period?.Label, r.Period?.Start, r.Period?.End,
        r.Observed, r.Threshold, r.Status, r.Message, r.Sample.Count == 0 ? null : string.Join('\n', r.Sample), r.KpiId,
    ];
}

/// <summary>A stored result as a later step reads it: did the data of this dataset, municipality and period pass?</summary>
public sealed class StoredCheckResult
{
    public long RunId { get; init; }

    public string CheckId { get; init; } = "";

    public string DatasetId { get; init; } = "";

    public string? GemeenteCode { get; init; }

    public string? Period { get; init; }

    public DateTime? PeriodStart { get; init; }

    public DateTime? PeriodEnd { get; init; }

    public string Status { get; init; } = "";

    public string Message { get; init; } = "";

    /// <summary>What the check measured (a share of failing rows, a change in percent, days behind).</summary>
    public decimal? Observed { get; init; }

    /// <summary>The KPI a plausibility check judged; null for a check on a dataset.</summary>
    public string? KpiId { get; init; }
}

/// <summary>One run of <c>msd check</c>: when, how many checks, and how many results failed or warned.</summary>
public sealed class StoredCheckRun
{
    public long RunId { get; init; }

    public DateTime StartedAt { get; init; }

    public long Checks { get; init; }

    public long Failed { get; init; }

    public long Warned { get; init; }
}
