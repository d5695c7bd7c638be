using Msd.Storage;

namespace Msd.Tests.Support;

/// <summary>A database per test class: a DuckDB file in a temp folder, or a PostgreSQL schema of its own.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    Database Database { get; }
}

public sealed class DuckDbTestDatabase : ITestDatabase
{
    private readonly TempDirectory _directory = new();

    public DuckDbTestDatabase() => Database = new DuckDbDatabase(_directory.Combine("test.duckdb"));

    public Database Database { get; }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        _directory.Dispose();
    }
}

public sealed class PostgresTestDatabase : ITestDatabase
{
    private readonly string _schema = "msd_test_" + Guid.NewGuid().ToString("N")[..12];
    private PostgresDatabase? _database;

    public Database Database => _database ??= new PostgresDatabase(TestEnvironment.RequirePostgres() + ";Search Path=" + _schema);

    public async ValueTask DisposeAsync()
    {
        if (_database is null)
            return;
        await _database.ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE", null, CancellationToken.None);
        await _database.DisposeAsync();
    }
}
