using System.Data.Common;
using Dapper;

namespace Msd.Storage;

public enum DatabaseEngine
{
    DuckDb,
    Postgres,
}

/// <summary>
/// The one seam between the two engines: opening connections, parameter syntax and bulk loading.
/// Everything else (schema scripts, dataset tables, queries) is shared SQL that both engines run.
/// </summary>
public abstract class Database : IAsyncDisposable
{
    public abstract DatabaseEngine Engine { get; }

    /// <summary>Where the data lives, for messages (a file path, or host and database).</summary>
    public abstract string Location { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>How a named parameter is written in SQL: <c>$name</c> in DuckDB, <c>@name</c> in PostgreSQL.</summary>
    public abstract string Parameter(string name);

    /// <summary>Loads rows fast (DuckDB appender, PostgreSQL binary COPY). Values follow <paramref name="columns"/>.</summary>
    public async Task BulkInsertAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await BulkInsertAsync(connection, table, columns, rows, cancellationToken);
    }

    /// <summary>
    /// Bulk load on an open connection, inside its current transaction: a file's rows commit or roll
    /// back together with its entry in the load log.
    /// </summary>
    public abstract Task BulkInsertAsync(DbConnection connection, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>Applies the numbered schema scripts that are not yet recorded in <c>msd_schema_version</c>.</summary>
    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken) => SchemaMigrator.ApplyAsync(this, cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))
            ?? throw new InvalidOperationException("De query gaf geen waarde terug: " + sql);
    }

    public async Task ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    public async Task<bool> TableExistsAsync(string table, CancellationToken cancellationToken) =>
        await ScalarAsync<long>(
            $"SELECT count(*) FROM information_schema.tables WHERE table_name = {Parameter("t")} AND table_schema = current_schema()",
            new { t = table }, cancellationToken) > 0;

    public async Task<IReadOnlyList<string>> ColumnsAsync(string table, CancellationToken cancellationToken) =>
        await QueryAsync<string>(
            $"SELECT column_name FROM information_schema.columns WHERE table_name = {Parameter("t")} AND table_schema = current_schema() ORDER BY ordinal_position",
            new { t = table }, cancellationToken);
}
