using System.Text.RegularExpressions;
using Dapper;
using Msd.Ingestion;
using Msd.Storage;
using Msd.Tests.Support;

namespace Msd.Tests.Ingestion;

/// <summary>The generated registration extracts, loaded as a municipality would: written once, run on DuckDB and PostgreSQL.</summary>
public abstract partial class ExtractIngestionTests<TDatabase>(DefaultDataFixture data)
    where TDatabase : ITestDatabase, new()
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Default_extracts_reconcile_every_defect_is_caught_no_BSN_is_stored_and_a_second_run_changes_nothing()
    {
        await using var test = new TDatabase();
        var db = await OpenAsync(test);
        var folder = Path.Combine(data.Root, "registratie");

        var first = await IngestAsync(db, folder);

        Assert.DoesNotContain(first, r => r.Outcome != LoadOutcome.Geladen);
        Assert.All(first, r => Assert.Equal(r.Read, r.Loaded + r.Quarantined));
        var log = await db.QueryAsync<(long Read, long Loaded, long Quarantined)>(
            "SELECT records_read, records_loaded, records_quarantined FROM msd_load", null, Token);
        Assert.Equal(first.Count, log.Count);
        Assert.All(log, l => Assert.Equal(l.Read, l.Loaded + l.Quarantined));

        var findings = (await db.QueryAsync<(string File, string Position, string? Field, string Severity, string Reason)>(
            "SELECT l.file_name, q.position, q.field, q.severity, q.reason FROM msd_quarantine q JOIN msd_load l ON l.load_id = q.load_id", null, Token))
            .ToLookup(f => (f.File, f.Position));
        var expected = data.Defects.Where(d => d[5] == "inlezen" && d[2].StartsWith("registratie/", StringComparison.Ordinal) && d[3].StartsWith("regel", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expected);
        foreach (var defect in expected)
        {
            var found = findings[(Path.GetFileName(defect[2]), defect[3])].ToList();
            if (defect[1] == "ontbrekende-datum" && !IsRequired(defect))
            {
                // an empty optional date is allowed: the row loads, as the manifest says
                Assert.Empty(found);
                continue;
            }
            Assert.True(found.Count > 0, $"{defect[0]} {defect[1]} in {defect[2]} {defect[3]} is niet gemeld.");
            var reason = found[0].Reason;
            Assert.Matches(defect[1] switch
            {
                "ongeldig-bsn" => "11-proef",
                "onmogelijke-datum" => "bestaat niet",
                "ontbrekende-datum" => "is leeg",
                "dubbele-rij" => "Dubbele regel",
                _ => ".",
            }, reason);
        }

        await AssertNoSourceBsnAsync(db, folder);

        var counts = await DatasetTables.RowCountsAsync(db, data.Catalog, Token);
        var second = await IngestAsync(db, folder);
        Assert.All(second, r => Assert.Equal(LoadOutcome.AlIngelezen, r.Outcome));
        Assert.Equal(counts, await DatasetTables.RowCountsAsync(db, data.Catalog, Token));
    }

    private bool IsRequired(string[] defect)
    {
        var mapping = data.Catalog.Sources.First(s => Msd.Catalog.SourceFileNames.TryMatch(s, Path.GetFileName(defect[2]), out _));
        var column = Regex.Match(defect[4], "kolom '([^']+)'").Groups[1].Value;
        return mapping.Column(column)?.Required == true;
    }

    [Fact]
    public async Task A_late_corrected_delivery_replaces_the_earlier_one_for_its_reference_date()
    {
        await using var test = new TDatabase();
        var db = await OpenAsync(test);
        var late = data.Defects.First(d => d[1] == "late-correctie");
        var correction = Path.Combine(data.Root, late[2]);
        var original = correction.Replace("_herlevering", "", StringComparison.Ordinal);

        await IngestAsync(db, original);
        var results = await IngestAsync(db, correction);

        var result = Assert.Single(results);
        Assert.True(result.Replaced > 0);
        var loads = await db.QueryAsync<long>(
            "SELECT DISTINCT t.load_id FROM ds_bijstand_uitkering t JOIN msd_load l ON l.load_id = t.load_id", null, Token);
        Assert.Equal([result.LoadId!.Value], loads);
    }

    /// <summary>Every VARCHAR value of every table is searched for the BSNs in the source files.</summary>
    private static async Task AssertNoSourceBsnAsync(Database db, string folder)
    {
        var bsns = Directory.EnumerateFiles(folder, "*.csv").SelectMany(f => Nine().Matches(File.ReadAllText(f, System.Text.Encoding.Latin1)).Select(m => m.Value))
            .Where(b => Msd.Privacy.Bsn.IsValid(b)).ToHashSet(StringComparer.Ordinal);
        Assert.True(bsns.Count > 1000);
        await using var connection = await db.OpenAsync(Token);
        var columns = await connection.QueryAsync<(string Table, string Column)>(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type IN ('VARCHAR', 'character varying', 'text')");
        foreach (var (table, column) in columns)
        {
            var values = await connection.QueryAsync<string>($"SELECT DISTINCT CAST({column} AS VARCHAR) FROM {table} WHERE {column} IS NOT NULL");
            var leaked = values.SelectMany(v => Nine().Matches(v).Select(m => m.Value)).Where(bsns.Contains).ToList();
            Assert.True(leaked.Count == 0, $"{table}.{column} bevat een BSN uit de bronbestanden.");
        }
        if (db is DuckDbDatabase duck)
        {
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(duck.Path)!))
            {
                var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(file));
                Assert.DoesNotContain(Nine().Matches(text).Select(m => m.Value), bsns.Contains);
            }
        }
    }

    private async Task<Database> OpenAsync(TDatabase test)
    {
        await test.Database.MigrateAsync(Token);
        await DatasetTables.SyncAsync(test.Database, data.Catalog, Token);
        return test.Database;
    }

    private async Task<IReadOnlyList<LoadResult>> IngestAsync(Database db, params string[] paths)
    {
        var (deliveries, _) = DeliveryScanner.Scan(paths, data.Catalog);
        return await new Ingester(db, data.Context).RunAsync(deliveries, null, Token);
    }

    // nine digits on their own, not inside a hexadecimal pseudonym
    [GeneratedRegex(@"(?<![0-9a-f])[0-9]{9}(?![0-9a-f])")]
    private static partial Regex Nine();
}

[Collection(nameof(DefaultDataCollection))]
public sealed class DuckDbExtractIngestionTests(DefaultDataFixture data) : ExtractIngestionTests<DuckDbTestDatabase>(data);

[Collection(nameof(DefaultDataCollection))]
public sealed class PostgresExtractIngestionTests(DefaultDataFixture data) : ExtractIngestionTests<PostgresTestDatabase>(data);

[CollectionDefinition(nameof(DefaultDataCollection))]
public sealed class DefaultDataCollection : ICollectionFixture<DefaultDataFixture>;
