using Msd.Catalog;
using Msd.Ingestion;
using Msd.Privacy;
using Msd.Storage;
using Msd.Tests.Support;
using Msd.Workspace;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>
/// What `msd ingest` has in a workspace, for message tests: the shipped catalogue, a fresh pseudonymisation
/// key, an area table, the database with its schema and dataset tables, and the real path from files to
/// tables (<see cref="DeliveryScanner"/> and <see cref="Ingester"/>).
/// </summary>
internal sealed class BerichtWerkruimte : IAsyncDisposable
{
    private static readonly Lazy<KpiCatalog> ShippedCatalog = new(() => CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog);

    private readonly ITestDatabase _test;
    private readonly TempDirectory _folder;

    private BerichtWerkruimte(ITestDatabase test, TempDirectory folder, IngestContext context)
    {
        _test = test;
        _folder = folder;
        Context = context;
    }

    public Database Database => _test.Database;

    public IngestContext Context { get; }

    public static KpiCatalog Catalog => ShippedCatalog.Value;

    /// <param name="test">The database to ingest into; disposed with the workspace.</param>
    /// <param name="areas">An area table (postcode;wijk_code;wijk_naam;gemeente_code), such as the generator's gebiedsindeling.csv.</param>
    /// <param name="municipalities">The workspace's municipalities.</param>
    /// <param name="schemas">A schema folder for XSD validation, or null.</param>
    public static async Task<BerichtWerkruimte> CreateAsync(ITestDatabase test, string areas, IReadOnlySet<string> municipalities, string? schemas)
    {
        var folder = new TempDirectory();
        var (table, issues) = AreaTable.Load(areas, municipalities);
        Assert.Empty(issues);
        var context = new IngestContext(Catalog, new Pseudonymiser(PseudonymKey.Create(folder.Combine("sleutel.key"))), table, municipalities, schemas);
        await test.Database.MigrateAsync(Token);
        await DatasetTables.SyncAsync(test.Database, Catalog, Token);
        return new BerichtWerkruimte(test, folder, context);
    }

    /// <summary>
    /// A small area table for hand-made messages and the official examples: municipality i has postcode area
    /// 9999 − i in its district 01 (the examples use postcode 9999XX and municipality 0384 first).
    /// </summary>
    public static string AreaFile(TempDirectory folder, params string[] municipalities) =>
        folder.Write("gebiedsindeling.csv", "postcode;wijk_code;wijk_naam;gemeente_code\n"
            + string.Concat(municipalities.Select((m, i) => $"{9999 - i};WK{m}01;Wijk 1;{m}\n")));

    public async Task<IReadOnlyList<LoadResult>> IngestAsync(params string[] paths)
    {
        var (deliveries, skipped) = DeliveryScanner.Scan(paths, Catalog);
        Assert.Empty(skipped);
        return await new Ingester(Database, Context).RunAsync(deliveries, null, Token);
    }

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql) => Database.QueryAsync<T>(sql, null, Token);

    public Task<long> CountAsync(string sql) => Database.ScalarAsync<long>(sql, null, Token);

    /// <summary>The quarantine of all loads: position, field, severity and reason.</summary>
    public Task<IReadOnlyList<(string Positie, string? Veld, string Ernst, string Reden)>> QuarantineAsync() =>
        QueryAsync<(string, string?, string, string)>("SELECT position, field, severity, reason FROM msd_quarantine ORDER BY load_id, position");

    public async ValueTask DisposeAsync()
    {
        await _test.DisposeAsync();
        _folder.Dispose();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
