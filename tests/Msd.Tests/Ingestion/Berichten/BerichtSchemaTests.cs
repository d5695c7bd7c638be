using System.Text.RegularExpressions;
using Msd.Storage;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>Both engines get the message tables of 0003; PostgreSQL adds the duplicate-check index in 0004.</summary>
public sealed partial class BerichtSchemaTests
{
    [Fact]
    public void Postgres_gets_the_same_tables_plus_the_index()
    {
        var duckDb = Statements(SchemaMigrator.Scripts(DatabaseEngine.DuckDb).Where(s => s.Version is 3 or 4).Select(s => s.Sql));
        var postgres = Statements(SchemaMigrator.Scripts(DatabaseEngine.Postgres).Where(s => s.Version is 3 or 4).Select(s => s.Sql));

        Assert.Equal([.. duckDb, "CREATE INDEX bericht_sleutel ON bericht (sleutel)"], postgres);
        Assert.Equal(9, duckDb.Count);
    }

    private static List<string> Statements(IEnumerable<string> scripts) =>
        [.. Comment().Replace(string.Join(";\n", scripts), "").Split(';').Select(s => Whitespace().Replace(s, " ").Trim()).Where(s => s.Length > 0)];

    [GeneratedRegex("--[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
