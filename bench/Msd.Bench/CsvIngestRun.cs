using System.Diagnostics;
using System.Globalization;
using Msd.Catalog;
using Msd.Ingestion;
using Msd.Privacy;
using Msd.Storage;
using Msd.Workspace;

namespace Msd.Bench;

/// <summary>
/// CSV ingest against DuckDB's own read_csv on the same file, in the same run: read_csv into a typed
/// table (its sniffer picks the types), then `msd ingest` of the file (checks, pseudonyms, districts,
/// quarantine, load log) into a fresh database. Prints both times and the ratio.
/// </summary>
internal static class CsvIngestRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("Gebruik: csv BESTAND.csv GEBIEDSINDELING.csv  (vanuit de hoofdmap; het bestand moet bij een bronkoppeling in catalog/sources passen)");
            return 2;
        }
        var (file, areasPath) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
        var scratch = Directory.CreateTempSubdirectory("msd-bench-csv").FullName;
        var (catalog, _) = CatalogLoader.Load(Path.GetFullPath("catalog"));
        var mapping = catalog.Sources.First(s => SourceFileNames.TryMatch(s, Path.GetFileName(file), out _));

        await using (var duck = new DuckDbDatabase(Path.Combine(scratch, "readcsv.duckdb")))
        {
            var skip = mapping.SyntheticMarker is null ? 0 : 1;
            // once to warm up (extension and sniffer start-up), then timed
            await duck.ExecuteAsync($"CREATE TABLE w AS SELECT * FROM read_csv('{file}', delim = '{mapping.Delimiter ?? ";"}', header = true, skip = {skip}, dateformat = '%d-%m-%Y')", null, CancellationToken.None);
            var clock = Stopwatch.StartNew();
            await duck.ExecuteAsync($"CREATE TABLE t AS SELECT * FROM read_csv('{file}', delim = '{mapping.Delimiter ?? ";"}', header = true, skip = {skip}, dateformat = '%d-%m-%Y')", null, CancellationToken.None);
            var rows = await duck.ScalarAsync<long>("SELECT count(*) FROM t", null, CancellationToken.None);
            Report("DuckDB read_csv", rows, clock.Elapsed);
            var baseline = clock.Elapsed;

            var (areas, _) = AreaTable.Load(areasPath, ["1690", "0118"]);
            var context = new IngestContext(catalog, new Pseudonymiser(PseudonymKey.Create(Path.Combine(scratch, "key"))), areas, new HashSet<string>(["1690", "0118"]), null);
            await using var db = new DuckDbDatabase(Path.Combine(scratch, "msd.duckdb"));
            await db.MigrateAsync(CancellationToken.None);
            await DatasetTables.SyncAsync(db, catalog, CancellationToken.None);
            var (deliveries, _) = DeliveryScanner.Scan([file], catalog);
            clock.Restart();
            var result = (await new Ingester(db, context).RunAsync(deliveries, null, CancellationToken.None)).Single();
            Report("msd ingest", result.Read, clock.Elapsed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio msd ingest / read_csv: {clock.Elapsed / baseline:F2}"));
        }
        Directory.Delete(scratch, recursive: true);
        return 0;
    }

    private static void Report(string what, long rows, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-16} {rows,10:N0} rows  {elapsed.TotalSeconds,7:F2} s  {rows / elapsed.TotalSeconds,12:N0} rows/s"));
}
