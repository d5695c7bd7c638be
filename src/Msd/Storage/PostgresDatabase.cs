using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Msd.Storage;

/// <summary>The shared server: PostgreSQL, reached through one pooled data source.</summary>
public sealed class PostgresDatabase : Database
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnectionStringBuilder _settings;

    public PostgresDatabase(string connectionString)
    {
        try
        {
            _settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new MsdUserException($"De PostgreSQL-verbindingstekst is ongeldig: {e.Message}. Voorbeeld: Host=localhost;Database=msd;Username=msd;Password=…", e);
        }
        // batch work (rebuilding message datasets, computing a catalogue) runs longer than Npgsql's 30 s default;
        // a connection string that sets its own timeout keeps it
        if (!connectionString.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("CommandTimeout", StringComparison.OrdinalIgnoreCase))
            _settings.CommandTimeout = 3600;
        _dataSource = NpgsqlDataSource.Create(_settings);
    }

    public override DatabaseEngine Engine => DatabaseEngine.Postgres;

    public override string Location => $"PostgreSQL {_settings.Host}:{_settings.Port}/{_settings.Database}" + (_settings.SearchPath is { } s ? $" (schema {s})" : "");

    /// <summary>The schema named in Search Path, created on first use so each workspace (or test) can have its own.</summary>
    public string? Schema => _settings.SearchPath?.Split(',')[0].Trim();

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException)
        {
            throw new MsdUserException($"Geen verbinding met {Location}: {e.Message}. Controleer of de server draait en of de verbindingstekst in msd.yaml klopt.", e);
        }
    }

    public override string Parameter(string name) => "@" + name;

    public override async Task BulkInsertAsync(DbConnection connection, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = await ((NpgsqlConnection)connection).BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var value in row)
            {
                if (value is null)
                    await writer.WriteNullAsync(cancellationToken);
                else
                    await writer.WriteAsync(value, cancellationToken);
            }
        }
        await writer.CompleteAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await base.DisposeAsync();
    }
}
