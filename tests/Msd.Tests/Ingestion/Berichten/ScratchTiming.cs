using System.Diagnostics;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Berichten.TestBerichten;

namespace Msd.Tests.Ingestion.Berichten;

public sealed class ScratchTiming
{
    [Fact]
    public async Task Time()
    {
        using var dir = new TempDirectory();
        var clock = Stopwatch.StartNew();
        var db = new DuckDbTestDatabase();
        await using var keep = await db.Database.OpenAsync(TestContext.Current.CancellationToken);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        var t1 = clock.Elapsed;
        await Msd.Storage.DatasetTables.SyncAsync(db.Database, BerichtWerkruimte.Catalog, TestContext.Current.CancellationToken);
        var t2 = clock.Elapsed;
        await using var ws = await BerichtWerkruimte.CreateAsync(db, BerichtWerkruimte.AreaFile(dir, Gemeente), new HashSet<string> { Gemeente }, null);
        var t3 = clock.Elapsed;
        var zip = Zip(dir, "a.zip", Toewijzing("T1", 170001, Dag, new TimeOnly(10, 0)));
        var (deliveries, _) = Msd.Ingestion.DeliveryScanner.Scan([zip], BerichtWerkruimte.Catalog);
        var ing = new Msd.Ingestion.Ingester(ws.Database, ws.Context);
        await ing.LoadAsync(deliveries[0], TestContext.Current.CancellationToken);
        var t4 = clock.Elapsed;
        await Msd.Ingestion.Berichten.BerichtLoader.FinishAsync(ws.Database, TestContext.Current.CancellationToken);
        var t5 = clock.Elapsed;
        Assert.Fail($"migrate {t1} sync {t2} create {t3} load {t4} finish {t5}");
    }
}
