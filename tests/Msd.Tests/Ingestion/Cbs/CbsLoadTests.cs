using Msd.Ingestion.Cbs;
using Msd.Storage;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Cbs.CbsTestSupport;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>The rows of a snapshot load into ds_cbs_indicator the same way on DuckDB and on PostgreSQL.</summary>
public abstract class CbsLoadTests<TDatabase>
    where TDatabase : ITestDatabase, new()
{
    [Fact]
    public async Task Snapshot_rows_load_with_their_dates_flags_and_missing_values()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await DatasetTables.SyncAsync(db, Shipped, Token);
        using var dir = new TempDirectory();
        var folder = WriteV3Snapshot(dir);

        await db.BulkInsertAsync("ds_cbs_indicator", [DatasetTables.LoadColumn, .. CbsSnapshots.Columns],
            CbsSnapshots.Rows(folder, Shipped.CbsTable("85098NED")!).Select(r => (object?[])[1L, .. r]), Token);

        var count = await db.ScalarAsync<long>("SELECT count(*) FROM ds_cbs_indicator", null, Token);
        var missing = await db.ScalarAsync<long>("SELECT count(*) FROM ds_cbs_indicator WHERE waarde IS NULL", null, Token);
        var row = (await db.QueryAsync<(string Gemeente, DateTime Begin, DateTime End, decimal Waarde, bool Voorlopig, string Status)>(
            "SELECT gemeente_code, periode_begin, periode_eind, waarde, voorlopig, cijferstatus FROM ds_cbs_indicator WHERE regio_code = 'GM1690' AND periode_label = '2023JJ00' AND indicator_code = 'jeugdhulp-pct'",
            null, Token)).Single();
        Assert.Equal((36L, 4L), (count, missing));
        Assert.Equal(("1690", new DateTime(2023, 1, 1), new DateTime(2023, 12, 31), 9.8m, true, "V"), row);
    }

    [Fact]
    public async Task The_figures_of_a_previous_load_compare_with_a_new_snapshot()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await DatasetTables.SyncAsync(db, Shipped, Token);
        using var dir = new TempDirectory();
        var mapping = Shipped.CbsTable("85098NED")!;
        var folder = WriteV3Snapshot(dir);
        await db.BulkInsertAsync("ds_cbs_indicator", [DatasetTables.LoadColumn, .. CbsSnapshots.Columns],
            CbsSnapshots.Rows(folder, mapping).Select(r => (object?[])[1L, .. r]), Token);
        var page = Path.Combine(folder, "TypedDataSet", "2.json");
        File.WriteAllText(page, File.ReadAllText(page).Replace("\"JongerenMetJeugdhulpInNatura_1\":9.8", "\"JongerenMetJeugdhulpInNatura_1\":10.2", StringComparison.Ordinal));

        await using var connection = await db.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", CbsSnapshots.Columns)} FROM ds_cbs_indicator WHERE tabel_id = '85098NED'";
        var previous = new List<CbsIndicatorRow>();
        await using (var reader = await command.ExecuteReaderAsync(Token))
        {
            while (await reader.ReadAsync(Token))
            {
                var values = new object?[reader.FieldCount];
                reader.GetValues(values!);
                previous.Add(CbsIndicatorRow.FromValues(values));
            }
        }
        var report = CbsRevisions.Compare(previous, CbsSnapshots.IndicatorRows(folder, mapping));

        Assert.Equal((35, 0, 0), (report.Unchanged, report.Added, report.Removed));
        Assert.Equal("1 cijfer herzien (1 met een andere waarde)", report.Summary);
    }
}

public sealed class DuckDbCbsLoadTests : CbsLoadTests<DuckDbTestDatabase>;

public sealed class PostgresCbsLoadTests : CbsLoadTests<PostgresTestDatabase>;
