using Msd.Storage;

namespace Msd.Ingestion;

/// <summary>One entry of the load log, as `msd loads` and the web monitor show it.</summary>
public sealed class LoadEntry
{
    public long LoadId { get; init; }

    public string Status { get; init; } = "";

    public string Source { get; init; } = "";

    public string? Target { get; init; }

    public string FilePath { get; init; } = "";

    public string ContentHash { get; init; } = "";

    public long FileBytes { get; init; }

    public DateTime? ReferenceDate { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime FinishedAt { get; init; }

    public long RecordsRead { get; init; }

    public long RecordsLoaded { get; init; }

    public long RecordsQuarantined { get; init; }

    public long RecordsWarned { get; init; }

    public long RowsReplaced { get; init; }

    public string? Note { get; init; }
}

/// <summary>A quarantined record or a remark, with where and why.</summary>
public sealed record LoadFinding(long LoadId, string Position, string? Field, string Severity, string Reason);

/// <summary>How fresh one source is: its last load and newest reference date.</summary>
public sealed class SourceFreshness
{
    public string Source { get; init; } = "";

    public DateTime LastLoad { get; init; }

    public DateTime? ReferenceDate { get; init; }

    public long Loads { get; init; }

    public long Quarantined { get; init; }
}

/// <summary>Reads the load log back.</summary>
public static class LoadLog
{
    private const string Columns =
        "load_id AS LoadId, status AS Status, source AS Source, target AS Target, file_path AS FilePath, content_hash AS ContentHash, file_bytes AS FileBytes, " +
        "CAST(reference_date AS TIMESTAMP) AS ReferenceDate, started_at AS StartedAt, finished_at AS FinishedAt, records_read AS RecordsRead, records_loaded AS RecordsLoaded, " +
        "records_quarantined AS RecordsQuarantined, records_warned AS RecordsWarned, rows_replaced AS RowsReplaced, note AS Note";

    /// <summary>Per source: the last load, the newest reference date, how many loads and how many records went to quarantine.</summary>
    public static Task<IReadOnlyList<SourceFreshness>> FreshnessAsync(Database database, CancellationToken cancellationToken) =>
        database.QueryAsync<SourceFreshness>(
            """
            SELECT source AS Source, max(finished_at) AS LastLoad, CAST(max(reference_date) AS TIMESTAMP) AS ReferenceDate,
                   CAST(count(*) AS BIGINT) AS Loads, CAST(sum(records_quarantined) AS BIGINT) AS Quarantined
            FROM msd_load GROUP BY source ORDER BY source
            """, null, cancellationToken);

    public static Task<IReadOnlyList<LoadEntry>> RecentAsync(Database database, int limit, CancellationToken cancellationToken) =>
        database.QueryAsync<LoadEntry>($"SELECT {Columns} FROM msd_load ORDER BY load_id DESC LIMIT {limit}", null, cancellationToken);

    public static async Task<LoadEntry?> FindAsync(Database database, long loadId, CancellationToken cancellationToken) =>
        (await database.QueryAsync<LoadEntry>($"SELECT {Columns} FROM msd_load WHERE load_id = {database.Parameter("id")}", new { id = loadId }, cancellationToken)).SingleOrDefault();

    public static Task<IReadOnlyList<LoadFinding>> FindingsAsync(Database database, long loadId, int limit, CancellationToken cancellationToken) =>
        database.QueryAsync<LoadFinding>(
            $"SELECT load_id AS LoadId, position AS Position, field AS Field, severity AS Severity, reason AS Reason FROM msd_quarantine WHERE load_id = {database.Parameter("id")} ORDER BY severity, position LIMIT {limit}",
            new { id = loadId }, cancellationToken);
}
