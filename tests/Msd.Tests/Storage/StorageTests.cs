using Msd.Catalog;
using Msd.Storage;
using Msd.Tests.Support;

namespace Msd.Tests.Storage;

/// <summary>Written once, run on DuckDB and on PostgreSQL (see the sealed subclasses below).</summary>
public abstract class StorageTests<TDatabase>
    where TDatabase : ITestDatabase, new()
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Schema_scripts_are_applied_once_and_recorded()
    {
        await using var test = new TDatabase();
        var db = test.Database;

        var first = await db.MigrateAsync(Token);
        var second = await db.MigrateAsync(Token);

        Assert.Contains(1, first);
        Assert.Empty(second);
        var recorded = await db.QueryAsync<int>("SELECT version FROM msd_schema_version ORDER BY version", null, Token);
        Assert.Equal(SchemaMigrator.Scripts(db.Engine).Select(s => s.Version), recorded);
        Assert.True(await db.TableExistsAsync("msd_dataset_table", Token));
    }

    [Fact]
    public async Task Dataset_tables_keep_codes_dates_amounts_and_nulls_exactly()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        var catalog = CatalogWith(Dataset("toewijzing", ("gemeente_code", ColumnType.Text), ("ingangsdatum", ColumnType.Date),
            ("budget", ColumnType.Eurocent), ("loonwaarde", ColumnType.Decimal), ("ontheffing", ColumnType.Boolean)));

        await DatasetTables.SyncAsync(db, catalog, Token);
        await db.BulkInsertAsync("ds_toewijzing", ["load_id", "gemeente_code", "ingangsdatum", "budget", "loonwaarde", "ontheffing"],
        [
            [1L, "0118", new DateOnly(2026, 1, 31), 123456L, 0.51m, true],
            [1L, "1690", null, null, null, null],
        ], Token);

        var rows = await db.QueryAsync<(string Gemeente, DateTime? Ingang, long? Budget, decimal? Loonwaarde, bool? Ontheffing)>(
            "SELECT gemeente_code, ingangsdatum, budget, loonwaarde, ontheffing FROM ds_toewijzing ORDER BY gemeente_code", null, Token);
        Assert.Equal(("0118", (DateTime?)new DateTime(2026, 1, 31), (long?)123456L, (decimal?)0.51m, (bool?)true), rows[0]);
        Assert.Equal(("1690", (DateTime?)null, (long?)null, (decimal?)null, (bool?)null), rows[1]);
    }

    [Fact]
    public async Task A_column_added_to_the_catalogue_is_added_to_the_table_without_losing_rows()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await DatasetTables.SyncAsync(db, CatalogWith(Dataset("melding", ("gemeente_code", ColumnType.Text))), Token);
        await db.ExecuteAsync("INSERT INTO ds_melding (load_id, gemeente_code) VALUES (7, '0118')", null, Token);

        await DatasetTables.SyncAsync(db, CatalogWith(Dataset("melding", ("gemeente_code", ColumnType.Text), ("meldingsdatum", ColumnType.Date))), Token);

        Assert.Equal(["load_id", "gemeente_code", "meldingsdatum"], await db.ColumnsAsync("ds_melding", Token));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM ds_melding WHERE meldingsdatum IS NULL", null, Token));
        var registered = await db.QueryAsync<string>("SELECT columns FROM msd_dataset_table WHERE dataset_id = 'melding'", null, Token);
        Assert.Equal(["gemeente_code,meldingsdatum"], registered);
    }

    [Fact]
    public async Task Row_counts_show_which_datasets_are_still_empty()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        var catalog = CatalogWith(Dataset("gevuld", ("gemeente_code", ColumnType.Text)), Dataset("leeg", ("gemeente_code", ColumnType.Text)));
        await DatasetTables.SyncAsync(db, catalog, Token);
        await db.ExecuteAsync($"INSERT INTO ds_gevuld (load_id, gemeente_code) VALUES ({db.Parameter("id")}, '1690')", new { id = 1L }, Token);

        var counts = await DatasetTables.RowCountsAsync(db, catalog with { Datasets = [.. catalog.Datasets, Dataset("nooit_aangemaakt")] }, Token);

        Assert.Equal(1, counts["gevuld"]);
        Assert.Equal(0, counts["leeg"]);
        Assert.Equal(0, counts["nooit_aangemaakt"]);
    }

    private static KpiCatalog CatalogWith(params DatasetDefinition[] datasets) => new("test", [], datasets, [], [], []);

    private static DatasetDefinition Dataset(string id, params (string Name, ColumnType Type)[] columns)
    {
        var at = new SourceLocation("test.yaml", 1, 1);
        return new DatasetDefinition(id, id, id, "jeugd", "fact", "test", [], null, null,
            [.. columns.Select(c => new DatasetColumn(c.Name, c.Type, c.Name, null, "none", null, null, null, false, at))], at);
    }
}

public sealed class DuckDbStorageTests : StorageTests<DuckDbTestDatabase>;

public sealed class PostgresStorageTests : StorageTests<PostgresTestDatabase>;
