using Msd.Storage;

namespace Msd.Ingestion;

/// <summary>One entry of the load log, as `msd loads` and the web monitor show it.</summary>
public sealed record LoadEntry(
    long LoadId,
    string Status,
    string Source,
    string? Target,
    string FilePath,
    string ContentHash,
    long FileBytes,
    DateOnly? ReferenceDate,
    DateTime StartedAt,
    DateTime FinishedAt,
    long RecordsRead,
    long RecordsLoaded,
    long RecordsQuarantined,
    long RecordsWarned,
    long RowsReplaced,
    string? Note);

/// <summary>A quarantined record or a remark, with where and why.</summary>
public sealed record LoadFinding(long LoadId, string Position, string? Field, string Severity, string Reason);

/// <summary>Reads the load log back.</summary>
public static class LoadLog
{
    private const string Columns =
        "load_id, status, source, target, file_path, content_hash, file_bytes, reference_date, started_at, finished_at, records_read, records_loaded, records_quarantined, records_warned, rows_replaced, note";

    public static Task<IReadOnlyList<LoadEntry>> RecentAsync(Database database, int limit, CancellationToken cancellationToken) =>
        database.QueryAsync<LoadEntry>($"SELECT {Columns} FROM msd_load ORDER BY load_id DESC LIMIT {limit}", null, cancellationToken);

    public static async Task<LoadEntry?> FindAsync(Database database, long loadId, CancellationToken cancellationToken) =>
        (await database.QueryAsync<LoadEntry>($"SELECT {Columns} FROM msd_load WHERE load_id = {database.Parameter("id")}", new { id = loadId }, cancellationToken)).SingleOrDefault();

    public static Task<IReadOnlyList<LoadFinding>> FindingsAsync(Database database, long loadId, int limit, CancellationToken cancellationToken) =>
        database.QueryAsync<LoadFinding>(
            $"SELECT load_id, position, field, severity, reason FROM msd_quarantine WHERE load_id = {database.Parameter("id")} ORDER BY severity, position LIMIT {limit}",
            new { id = loadId }, cancellationToken);
}
