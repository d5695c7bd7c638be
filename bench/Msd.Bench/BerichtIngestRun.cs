using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Msd.Catalog;
using Msd.Ingestion;
using Msd.Privacy;
using Msd.Storage;
using Msd.Workspace;

namespace Msd.Bench;

/// <summary>
/// A timed run of message ingestion against the yardstick of the issue: a bare <see cref="XmlReader"/>
/// pass that reads every node of every message in the ZIPs, then the full ingest into a fresh DuckDB
/// file (without XSD, then with), each as MB/s of uncompressed XML and as a ratio to the bare pass.
/// The data set is generated with the defaults when the folder has none.
/// </summary>
internal static class BerichtIngestRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = args.FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "msd-bench", "berichten-data");
        if (!Directory.Exists(Path.Combine(root, "berichten")))
        {
            Console.WriteLine($"Standaardgegevens genereren in {root} …");
            var (from, to) = Msd.Generation.GeneratorOptions.DefaultSpan(Msd.Generation.GeneratorScale.Gemeenten);
            Msd.Generation.Generator.Run(new Msd.Generation.GeneratorOptions(root, 1, Msd.Generation.GeneratorScale.Gemeenten, from, to, 0.002, null));
        }
        var zips = Directory.GetFiles(Path.Combine(root, "berichten"), "*.zip", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var (messages, bytes) = Size(zips);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{zips.Length} ZIP-bestanden, {messages} berichten, {bytes / 1e6:F0} MB XML (uitgepakt)"));

        var bare = Best(Environment.GetEnvironmentVariable("MSD_QUICK") is null ? 3 : 1, () => BarePass(zips, null));
        Report("kale XmlReader-doorloop", bytes, bare, bare);
        if (Environment.GetEnvironmentVariable("MSD_QUICK") is null)
        {
            var validating = Best(1, () => BarePass(zips, Schemas()));
            Report("kale doorloop met XSD-validatie", bytes, validating, bare);
        }

        var (ingest, finish, peak) = await IngestAsync(root, zips, schemas: null);
        Report("inlezen in DuckDB, zonder XSD", bytes, ingest, bare);
        Console.WriteLine(string.Create(inv, $"  waarvan datasets afleiden (FinishAsync) {finish.TotalSeconds:F1} s; piekgeheugen {peak / 1024 / 1024} MB"));
        if (Environment.GetEnvironmentVariable("MSD_QUICK") is not null) return 0;
        var (withXsd, _, peakXsd) = await IngestAsync(root, zips, SchemaFolder());
        Report("inlezen in DuckDB, met XSD", bytes, withXsd, bare);
        Console.WriteLine(string.Create(inv, $"  XSD-validatie kost {(withXsd - ingest).TotalSeconds:F1} s extra ({withXsd / ingest:F2}x); piekgeheugen {peakXsd / 1024 / 1024} MB"));
        return 0;
    }

    private static void Report(string what, long bytes, TimeSpan time, TimeSpan bare) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-34} {time.TotalSeconds,6:F1} s {bytes / 1e6 / time.TotalSeconds,7:F1} MB/s  ({bare / time * 100:F0} % van de kale doorloop)"));

    private static (long Messages, long Bytes) Size(string[] zips)
    {
        long messages = 0, bytes = 0;
        foreach (var zip in zips)
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries.Where(e => e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
                (messages, bytes) = (messages + 1, bytes + entry.Length);
        }
        return (messages, bytes);
    }

    /// <summary>Decompresses and reads every node of every message: the least any reader of these files has to do.</summary>
    private static long BarePass(string[] zips, System.Xml.Schema.XmlSchemaSet? schemas)
    {
        var settings = new XmlReaderSettings();
        if (schemas is not null)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = schemas;
            settings.ValidationEventHandler += (_, _) => { };
        }
        long nodes = 0;
        foreach (var zip in zips)
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries)
            {
                using var reader = XmlReader.Create(entry.Open(), settings);
                try
                {
                    while (reader.Read())
                        nodes++;
                }
                catch (XmlException)
                {
                    // the injected cut-off message
                }
            }
        }
        return nodes;
    }

    private static async Task<(TimeSpan Ingest, TimeSpan Finish, long PeakWorkingSet)> IngestAsync(string root, string[] zips, string? schemas)
    {
        var work = Path.Combine(Path.GetTempPath(), "msd-bench", "berichten-ingest");
        if (Directory.Exists(work))
            Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        var (catalog, _) = CatalogLoader.Load(FindRepository("catalog"));
        var areasPath = Path.Combine(root, "gebiedsindeling.csv");
        var municipalities = File.ReadLines(areasPath).Skip(1).Select(l => l.Split(';')[3]).ToHashSet(StringComparer.Ordinal);
        var (areas, _) = AreaTable.Load(areasPath, municipalities);
        var context = new IngestContext(catalog, new Pseudonymiser(PseudonymKey.Create(Path.Combine(work, "sleutel.key"))), areas, municipalities, schemas);
        await using var database = new DuckDbDatabase(Path.Combine(work, "msd.duckdb"));
        await database.MigrateAsync(CancellationToken.None);
        await DatasetTables.SyncAsync(database, catalog, CancellationToken.None);

        if (Environment.GetEnvironmentVariable("MSD_IS") is not null)
        {
            await using var c = await database.OpenAsync(CancellationToken.None);
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 200; i++)
                await Dapper.SqlMapper.QueryAsync<string>(c, "SELECT column_name FROM information_schema.columns WHERE table_name = $t AND table_schema = current_schema() ORDER BY ordinal_position", new { t = "bericht_toewijzing" });
            Console.WriteLine($"200 information_schema queries: {sw.Elapsed}");
            sw.Restart();
            var rows = Enumerable.Range(0, 100_000).Select(i => new object?[] { 1L, (long)i, "JW", "0118", "98011800", "170001", "abcdefabcdefabcdefabcdefabcdefab", new DateOnly(2010,1,1), "1", "WK011801", null, null, "45", "45A48", new DateOnly(2024,1,1), new DateTime(2024,1,1,10,0,0), new DateOnly(2024,1,1), null, null, 2L, "04", "2", null }).ToList();
            await using (var tx = await c.BeginTransactionAsync())
            {
                await database.BulkInsertAsync(c, "bericht_toewijzing", ["load_id", .. Msd.Ingestion.Berichten.BerichtTables.Toewijzing.Columns], rows, CancellationToken.None);
                await tx.CommitAsync();
            }
            Console.WriteLine($"100k appended rows: {sw.Elapsed}");
        }
        await using var keep = Environment.GetEnvironmentVariable("MSD_KEEP") is null ? null : await database.OpenAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var (deliveries, _) = DeliveryScanner.Scan(zips, catalog);
        var results = await new Ingester(database, context).RunAsync(deliveries, null, CancellationToken.None);
        var ingest = clock.Elapsed;
        var L = typeof(Msd.Ingestion.Berichten.BerichtLoader);
        Console.WriteLine($"hash {Ingester.THash.Elapsed} open {Ingester.TOpen.Elapsed} read {Ingester.TRead.Elapsed} flush {Ingester.TFlush.Elapsed} log {Ingester.TLog.Elapsed} commit {Ingester.TCommit.Elapsed}");
        Console.WriteLine($"parse {Msd.Ingestion.Berichten.BerichtLoader.Parse.Elapsed} flush {Msd.Ingestion.Berichten.BerichtLoader.Flush.Elapsed} dup {Msd.Ingestion.Berichten.BerichtLoader.Dup.Elapsed} add {Msd.Ingestion.Berichten.BerichtLoader.Add.Elapsed}");
        clock.Restart();
        await Msd.Ingestion.Berichten.BerichtLoader.FinishAsync(database, CancellationToken.None);
        var finish = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {results.Count} leveringen: {results.Sum(r => r.Read)} gelezen, {results.Sum(r => r.Loaded)} geladen, {results.Sum(r => r.Quarantined)} in quarantaine, {results.Sum(r => r.Warned)} met waarschuwing"));
        return (ingest, finish, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    private static TimeSpan Best(int runs, Func<long> run)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }
        return best;
    }

    private static string SchemaFolder() => Path.GetFullPath(Path.Combine(FindRepository("."), "..", "shared", "data", "istandaarden"));

    private static System.Xml.Schema.XmlSchemaSet Schemas()
    {
        using var lease = Msd.Ingestion.Berichten.BerichtSchemas.Rent(SchemaFolder());
        return lease.Set;
    }

    private static string FindRepository(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Msd.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, relative));
        }
        throw new InvalidOperationException("Repository root (Msd.slnx) not found.");
    }
}
