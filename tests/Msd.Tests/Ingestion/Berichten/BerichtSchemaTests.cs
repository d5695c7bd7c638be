using System.Text.RegularExpressions;
using Msd.Storage;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>Script 0003 has a PostgreSQL variant only for the duplicate-check index; the tables must stay the same in both.</summary>
public sealed partial class BerichtSchemaTests
{
    [Fact]
    public void The_postgres_variant_of_0003_has_the_same_tables_plus_the_index()
    {
        var duckDb = Statements(SchemaMigrator.Scripts(DatabaseEngine.DuckDb).Single(s => s.Version == 3).Sql);
        var postgres = Statements(SchemaMigrator.Scripts(DatabaseEngine.Postgres).Single(s => s.Version == 3).Sql);

        Assert.Equal([.. duckDb, "CREATE INDEX bericht_sleutel ON bericht (sleutel)"], postgres);
        Assert.Equal(9, duckDb.Count);
    }

    private static List<string> Statements(string sql) =>
        [.. Comment().Replace(sql, "").Split(';').Select(s => Whitespace().Replace(s, " ").Trim()).Where(s => s.Length > 0)];

    [GeneratedRegex("--[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
