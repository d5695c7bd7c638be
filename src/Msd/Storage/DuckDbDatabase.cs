using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;

namespace Msd.Storage;

/// <summary>The embedded default: one DuckDB file in the workspace (or in memory, for tests).</summary>
public sealed class DuckDbDatabase : Database
{
    private readonly string _connectionString;

    // DuckDB closes (and checkpoints) the file when its last connection closes; one held open keeps the
    // database instance alive between the short-lived connections of this object's users
    private DuckDBConnection? _keepAlive;

    /// <param name="path">A file path, or <c>:memory:</c> (add a name, <c>:memory:x</c>, to share it between connections).</param>
    public DuckDbDatabase(string path)
    {
        Path = path;
        _connectionString = "Data Source=" + path;
    }

    public string Path { get; }

    public override DatabaseEngine Engine => DatabaseEngine.DuckDb;

    public override string Location => Path;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (_keepAlive is null)
            {
                _keepAlive = new DuckDBConnection(_connectionString);
                await _keepAlive.OpenAsync(cancellationToken);
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
        var tableColumns = (await connection.QueryAsync<string>(
            "SELECT column_name FROM information_schema.columns WHERE table_name = $t AND table_schema = current_schema() ORDER BY ordinal_position", new { t = table })).ToList();
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
        if (_keepAlive is not null)
            await _keepAlive.DisposeAsync();
        _keepAlive = null;
        await base.DisposeAsync();
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
