using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Msd.Catalog;
using Msd.Ingestion;
using Msd.Ingestion.Berichten;
using Msd.Privacy;
using Msd.Storage;
using Msd.Workspace;

namespace Msd.Bench;

/// <summary>
/// A timed run of message ingestion against the yardstick of the issue: a bare <see cref="XmlReader"/>
/// pass that reads every node of every message in the ZIPs; then the message reader alone (parse, check,
/// pseudonymise, no database); then the full ingest into a fresh DuckDB file through DeliveryScanner and
/// Ingester, without and with XSD validation. Each as MB/s of uncompressed XML and as a share of the bare
/// pass. The default data set is generated when the folder has none. Set MSD_BENCH_QUICK to skip the XSD runs.
/// </summary>
internal static class BerichtIngestRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        var root = args.FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "msd-bench", "berichten-data");
        if (!Directory.Exists(Path.Combine(root, "berichten")))
        {
            Console.WriteLine($"Standaardgegevens genereren in {root} …");
            var (from, to) = Generation.GeneratorOptions.DefaultSpan(Generation.GeneratorScale.Gemeenten);
            Generation.Generator.Run(new Generation.GeneratorOptions(root, 1, Generation.GeneratorScale.Gemeenten, from, to, 0.002, null));
        }
        var quick = Environment.GetEnvironmentVariable("MSD_BENCH_QUICK") is not null;
        var zips = Directory.GetFiles(Path.Combine(root, "berichten"), "*.zip", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var (messages, bytes) = Size(zips);
        Console.WriteLine(string.Create(Inv, $"{zips.Length} ZIP-bestanden, {messages} berichten, {bytes / 1e6:F0} MB XML (uitgepakt); {Environment.ProcessorCount} kernen"));

        var bare = Best(3, () => BarePass(zips, null));
        Report("kale XmlReader-doorloop", bytes, bare, bare);
        var reader = Best(3, () => ReaderPass(zips, Context(root, null)));
        Report("berichtlezer zonder database", bytes, reader, bare);
        var ingest = await IngestAsync(root, zips, schemas: null);
        Report("inlezen in DuckDB, zonder XSD", bytes, ingest, bare);
        if (quick)
            return 0;
        var validating = Best(1, () => BarePass(zips, SchemaFolder()));
        Report("kale doorloop met XSD-validatie", bytes, validating, bare);
        var withXsd = await IngestAsync(root, zips, SchemaFolder());
        Report("inlezen in DuckDB, met XSD", bytes, withXsd, bare);
        Console.WriteLine(string.Create(Inv, $"XSD-validatie kost {(withXsd - ingest).TotalSeconds:F1} s extra bij het inlezen ({withXsd / ingest:F2}x)"));
        return 0;
    }

    private static void Report(string what, long bytes, TimeSpan time, TimeSpan bare) =>
        Console.WriteLine(string.Create(Inv, $"{what,-34} {time.TotalSeconds,6:F1} s {bytes / 1e6 / time.TotalSeconds,7:F1} MB/s  ({bare / time * 100:F0} % van de kale doorloop)"));

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
    private static long BarePass(string[] zips, string? schemaFolder)
    {
        var settings = new XmlReaderSettings();
        using var schemas = schemaFolder is null ? null : BerichtSchemas.Rent(schemaFolder);
        if (schemas is not null)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = schemas.Set;
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

    /// <summary>The message reader on its own: parse, check and pseudonymise every message, rows kept in memory only.</summary>
    private static long ReaderPass(string[] zips, IngestContext context)
    {
        var parser = new BerichtParser(new BerichtRegels(context), null);
        long rows = 0, nummer = 0;
        foreach (var zip in zips)
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries)
            {
                try
                {
                    rows += parser.Parse(new InputDocument(entry.Name, entry.FullName, entry.Open), ++nummer, entry.FullName).Rows.Count;
                }
                catch (BerichtFout)
                {
                    // quarantined
                }
            }
        }
        return rows;
    }

    private static async Task<TimeSpan> IngestAsync(string root, string[] zips, string? schemas)
    {
        var context = Context(root, schemas);
        var work = Path.Combine(Path.GetTempPath(), "msd-bench", "berichten-ingest");
        if (Directory.Exists(work))
            Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        await using var database = new DuckDbDatabase(Path.Combine(work, "msd.duckdb"));
        await database.MigrateAsync(CancellationToken.None);
        await DatasetTables.SyncAsync(database, context.Catalog, CancellationToken.None);

        // the managed heap, sampled while loading: it should stay flat however many messages there are
        long heap = 0;
        await using var sampler = new Timer(_ => heap = Math.Max(heap, GC.GetTotalMemory(false)), null, 0, 50);
        var clock = Stopwatch.StartNew();
        var (deliveries, _) = DeliveryScanner.Scan(zips, context.Catalog);
        var results = await new Ingester(database, context).RunAsync(deliveries, null, CancellationToken.None);
        var ingest = clock.Elapsed;
        clock.Restart();
        await BerichtLoader.FinishAsync(database, CancellationToken.None);
        Console.WriteLine(string.Create(Inv,
            $"  {results.Count} leveringen: {results.Sum(r => r.Read)} gelezen, {results.Sum(r => r.Loaded)} geladen, {results.Sum(r => r.Quarantined)} in quarantaine; "
            + $"datasets afleiden {clock.Elapsed.TotalSeconds:F1} s (zit in de totaaltijd); .NET-heap hoogstens {heap / 1024 / 1024} MB, proces (met DuckDB) {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB"));
        return ingest;
    }

    private static IngestContext Context(string root, string? schemas)
    {
        var (catalog, _) = CatalogLoader.Load(FindRepository("catalog"));
        var areasPath = Path.Combine(root, "gebiedsindeling.csv");
        var municipalities = File.ReadLines(areasPath).Skip(1).Select(l => l.Split(';')[3]).ToHashSet(StringComparer.Ordinal);
        var (areas, _) = AreaTable.Load(areasPath, municipalities);
        var keyFile = Path.Combine(Path.GetTempPath(), "msd-bench", $"sleutel-{Guid.NewGuid():N}.key");
        var key = PseudonymKey.Create(keyFile);
        File.Delete(keyFile);
        return new IngestContext(catalog, new Pseudonymiser(key), areas, municipalities, schemas);
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
