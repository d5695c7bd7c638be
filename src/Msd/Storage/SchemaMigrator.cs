using System.Globalization;
using System.Reflection;
using Dapper;

namespace Msd.Storage;

/// <summary>
/// Applies the numbered scripts in Storage/Schema (embedded) in order, each in its own transaction,
/// and records them in <c>msd_schema_version</c>. A script may have an engine-specific variant
/// (<c>0004_x.postgres.sql</c>) when one text cannot serve both.
/// </summary>
internal static class SchemaMigrator
{
    private const string Prefix = "Msd.Storage.Schema.";

    public static async Task<IReadOnlyList<int>> ApplyAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database is PostgresDatabase postgres)
        {
            // two msd processes starting at once must not both apply a script: the second waits (the lock ends with the session)
            await connection.ExecuteAsync("SELECT pg_advisory_lock(hashtext('msd_schema'))");
            if (postgres.Schema is { } schema)
                await connection.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {schema}");
        }
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS msd_schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        var applied = (await connection.QueryAsync<int>("SELECT version FROM msd_schema_version")).ToHashSet();
        var done = new List<int>();
        foreach (var script in Scripts(database.Engine).Where(s => !applied.Contains(s.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(script.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO msd_schema_version (version, name, applied_at) VALUES ({database.Parameter("v")}, {database.Parameter("n")}, {database.Parameter("t")})",
                new { v = script.Version, n = script.Name, t = DateTime.UtcNow }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            done.Add(script.Version);
        }
        return done;
    }

    internal static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(DatabaseEngine engine)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var suffix = engine == DatabaseEngine.Postgres ? ".postgres.sql" : ".duckdb.sql";
        var otherSuffix = engine == DatabaseEngine.Postgres ? ".duckdb.sql" : ".postgres.sql";
        var byVersion = new SortedDictionary<int, (string Name, string Resource)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var file = resource[Prefix.Length..];
            if (file.EndsWith(otherSuffix, StringComparison.Ordinal))
                continue;
            var version = int.Parse(file[..4], CultureInfo.InvariantCulture);
            var name = file[5..].Replace(suffix, "", StringComparison.Ordinal).Replace(".sql", "", StringComparison.Ordinal);
            // an engine-specific variant wins over the shared script of the same number
            if (!byVersion.ContainsKey(version) || file.EndsWith(suffix, StringComparison.Ordinal))
                byVersion[version] = (name, resource);
        }
        return [.. byVersion.Select(kv => (kv.Key, kv.Value.Name, Read(assembly, kv.Value.Resource)))];
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
