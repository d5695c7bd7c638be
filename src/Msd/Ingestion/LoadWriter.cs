using System.Data.Common;
using Msd.Storage;

namespace Msd.Ingestion;

/// <summary>
/// Where a reader puts what it reads from one delivery: rows for tables (bulk loaded in batches, so
/// memory stays flat however large the file), rejected records for quarantine, and the counts the
/// load log reconciles (read = loaded + quarantined). Everything happens inside the delivery's
/// transaction. Every table written here has load_id as its first column, for lineage.
/// </summary>
public sealed class LoadWriter(Database database, DbConnection connection, DbTransaction transaction, long loadId)
{
    private const int BatchSize = 10_000;
    private static readonly string[] FindingColumns = ["load_id", "position", "field", "severity", "reason"];

    private readonly Dictionary<string, (string[] Columns, List<object?[]> Rows)> _batches = new(StringComparer.Ordinal);
    private readonly List<object?[]> _findings = [];

    public Database Database { get; } = database;

    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public long LoadId { get; } = loadId;

    public long Read { get; private set; }

    public long Loaded { get; private set; }

    public long Quarantined { get; private set; }

    public long Warned { get; private set; }

    /// <summary>Rows of earlier loads that this delivery replaced or deleted.</summary>
    public long Replaced { get; set; }

    /// <summary>The delivery's reference date (peildatum): from the file name, or read from a column.</summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>A note for the load log, such as "3 cijfers herzien".</summary>
    public string? Note { get; set; }

    public void CountRead() => Read++;

    public void CountLoaded() => Loaded++;

    /// <summary>Adds a row (without load_id) for <paramref name="table"/>; columns are the table's own order after load_id.</summary>
    public async ValueTask AddAsync(string table, string[] columns, object?[] row, CancellationToken cancellationToken)
    {
        if (!_batches.TryGetValue(table, out var batch))
            _batches[table] = batch = (["load_id", .. columns], []);
        var full = new object?[row.Length + 1];
        full[0] = LoadId;
        row.CopyTo(full, 1);
        batch.Rows.Add(full);
        if (batch.Rows.Count >= BatchSize)
            await FlushAsync(table, batch, cancellationToken);
    }

    /// <summary>A record that failed a check: not loaded, listed in quarantine with where and why (never its content).</summary>
    public void Reject(string position, string? field, string reason)
    {
        Quarantined++;
        _findings.Add([LoadId, position, field, "fout", reason]);
    }

    /// <summary>A remark on a record that is loaded anyway, such as a deprecated code.</summary>
    public void Warn(string position, string? field, string reason)
    {
        Warned++;
        _findings.Add([LoadId, position, field, "waarschuwing", reason]);
    }

    /// <summary>Writes what is still buffered; call before running SQL over this load's rows.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var (table, batch) in _batches)
            await FlushAsync(table, batch, cancellationToken);
        if (_findings.Count > 0)
        {
            await Database.BulkInsertAsync(Connection, "msd_quarantine", FindingColumns, _findings, cancellationToken);
            _findings.Clear();
        }
    }

    private async Task FlushAsync(string table, (string[] Columns, List<object?[]> Rows) batch, CancellationToken cancellationToken)
    {
        if (batch.Rows.Count == 0)
            return;
        await Database.BulkInsertAsync(Connection, table, batch.Columns, batch.Rows, cancellationToken);
        batch.Rows.Clear();
    }
}
