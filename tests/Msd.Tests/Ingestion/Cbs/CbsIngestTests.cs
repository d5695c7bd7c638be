using Msd.Ingestion;
using Msd.Privacy;
using Msd.Storage;
using Msd.Tests.Support;
using Msd.Workspace;
using static Msd.Tests.Ingestion.Cbs.CbsTestSupport;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>A CBS snapshot through `msd ingest`: loaded once, and a later fetch says what CBS revised.</summary>
public sealed class CbsIngestTests
{
    [Fact]
    public async Task A_later_fetch_loads_beside_the_earlier_one_and_the_load_log_says_what_was_revised()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var earlier = WriteV3Snapshot(first);
        var later = WriteV3Snapshot(second);
        var page = Path.Combine(later, "TypedDataSet", "2.json");
        File.WriteAllText(page, File.ReadAllText(page).Replace("\"JongerenMetJeugdhulpInNatura_1\":9.8", "\"JongerenMetJeugdhulpInNatura_1\":10.2", StringComparison.Ordinal));
        foreach (var file in Directory.EnumerateFiles(later, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(1));
        await using var test = new DuckDbTestDatabase();
        await test.Database.MigrateAsync(Token);
        await DatasetTables.SyncAsync(test.Database, Shipped, Token);
        var context = new IngestContext(Shipped, new Pseudonymiser(PseudonymKey.Create(first.Combine("k.key"))), AreaTable.Load(first.Combine("geen.csv"), ["1690"]).Table, new HashSet<string>(["1690"]), null);

        var results = new List<LoadResult>();
        foreach (var folder in new[] { earlier, earlier, later })
        {
            var (deliveries, _) = DeliveryScanner.Scan([folder], Shipped);
            results.AddRange(await new Ingester(test.Database, context).RunAsync(deliveries, null, Token));
        }

        Assert.Equal([LoadOutcome.Geladen, LoadOutcome.AlIngelezen, LoadOutcome.Geladen], results.Select(r => r.Outcome));
        Assert.Null(results[0].Message);
        Assert.Contains("1 cijfer herzien", results[2].Message, StringComparison.Ordinal);
        Assert.Equal(2 * results[0].Loaded, await test.Database.ScalarAsync<long>("SELECT count(*) FROM ds_cbs_indicator", null, Token));
    }
}
