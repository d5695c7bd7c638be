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
}

public sealed class DuckDbCbsLoadTests : CbsLoadTests<DuckDbTestDatabase>;

public sealed class PostgresCbsLoadTests : CbsLoadTests<PostgresTestDatabase>;
