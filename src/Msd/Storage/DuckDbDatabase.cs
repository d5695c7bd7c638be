using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;

namespace Msd.Storage;

/// <summary>The embedded default: one DuckDB file in the workspace (or in memory, for tests).</summary>
public sealed class DuckDbDatabase : Database
{
    /// <summary>The most memory DuckDB may use for its buffers and operators, so a workspace runs on a modest laptop at any scale.</summary>
    public const string MemoryLimit = "1GB";

    private readonly string _connectionString;
    private readonly bool _scratch;
    private DuckDBConnection? _keepOpen;

    /// <param name="path">The database file; created on first use.</param>
    public DuckDbDatabase(string path)
        : this(path, scratch: false)
    {
    }

    private DuckDbDatabase(string path, bool scratch)
    {
        Path = path;
        _scratch = scratch;
        _connectionString = "Data Source=" + path;
    }

    /// <summary>
    /// A database of its own in the temporary folder, deleted when disposed (e.g. for the acceptance cases).
    /// A file rather than DuckDB's <c>:memory:</c>: every connection to <c>:memory:</c> is a new, empty database.
    /// </summary>
    public static DuckDbDatabase Scratch(string purpose) =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"msd-{purpose}-{Guid.NewGuid():N}.duckdb"), scratch: true);

    public string Path { get; }

    public override DatabaseEngine Engine => DatabaseEngine.DuckDb;

    public override string Location => Path;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // DuckDB closes the file, with a checkpoint, when its last connection closes; one connection kept open
            // for the lifetime of this object spares every later operation reopening it (tens of milliseconds each)
            if (_keepOpen is null)
            {
                var keepOpen = new DuckDBConnection(_connectionString);
                await keepOpen.OpenAsync(cancellationToken);
                // DuckDB's default (80 % of RAM) lets its buffer pool grow with the data; above this it spills to disk
                using (var limit = keepOpen.CreateCommand())
                {
                    limit.CommandText = $"SET memory_limit = '{MemoryLimit}'";
                    limit.ExecuteNonQuery();
                }
                if (Interlocked.CompareExchange(ref _keepOpen, keepOpen, null) is not null)
                    await keepOpen.DisposeAsync();
            }
            return connection;
        }
        catch (DuckDBException e) when (DatabaseInUse.FromDuckDbMessage(e.Message, Path) is { } inUse)
        {
            await connection.DisposeAsync();
            throw new MsdUserException(inUse, e);
        }
    }

    public override string Parameter(string name) => "$" + name;

    public override async Task BulkInsertAsync(DbConnection connection, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        // the appender fills every column in table order, so the caller's list must be exactly that
        // read from an empty result rather than information_schema, which costs milliseconds per call
        List<string> tableColumns;
        await using (var reader = await connection.ExecuteReaderAsync($"SELECT * FROM {table} LIMIT 0"))
            tableColumns = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
        if (!tableColumns.SequenceEqual(columns, StringComparer.Ordinal))
            throw new InvalidOperationException($"De appender vult alle kolommen van {table} op volgorde ({string.Join(", ", tableColumns)}); kreeg {string.Join(", ", columns)}.");
        using var appender = ((DuckDBConnection)connection).CreateAppender(table);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var appenderRow = appender.CreateRow();
            foreach (var value in row)
                Append(appenderRow, value);
            appenderRow.EndRow();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _keepOpen, null) is { } keepOpen)
            await keepOpen.DisposeAsync();
        await base.DisposeAsync();
        if (_scratch)
        {
            File.Delete(Path);
            File.Delete(Path + ".wal");
        }
    }

    private static void Append(IDuckDBAppenderRow row, object? value)
    {
        _ = value switch
        {
            null => row.AppendNullValue(),
            string s => row.AppendValue(s),
            int i => row.AppendValue(i),
            long l => row.AppendValue(l),
            decimal d => row.AppendValue(d),
            double d => row.AppendValue(d),
            bool b => row.AppendValue(b),
            DateOnly d => row.AppendValue(d),
            DateTime t => row.AppendValue(t),
            _ => throw new ArgumentException($"Type {value.GetType().Name} kan niet via de appender worden geladen."),
        };
    }
}
