using Msd.Catalog;
using Msd.Generation;
using Msd.Ingestion;
using Msd.Privacy;
using Msd.Tests.Support;
using Msd.Workspace;
using nietras.SeparatedValues;

namespace Msd.Tests.Ingestion;

/// <summary>The default generated data set (De Wolden and Hoogeveen, 2021–2025, with defects), made once for the ingestion tests.</summary>
public sealed class DefaultDataFixture : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly Dictionary<Type, ITestDatabase> _ingested = [];

    public DefaultDataFixture()
    {
        var (from, to) = GeneratorOptions.DefaultSpan(GeneratorScale.Gemeenten);
        Generator.Run(new GeneratorOptions(Root, 1, GeneratorScale.Gemeenten, from, to, 0.002, null));
        var (catalog, issues) = CatalogLoader.Load(TestEnvironment.ShippedCatalog);
        Assert.DoesNotContain(issues, i => i.Severity == IssueSeverity.Fout);
        Catalog = catalog;
        var (areas, areaIssues) = AreaTable.Load(Path.Combine(Root, "gebiedsindeling.csv"), ["1690", "0118"]);
        Assert.Empty(areaIssues);
        Context = new IngestContext(catalog, new Pseudonymiser(PseudonymKey.Create(_dir.Combine("sleutel.key"))), areas, new HashSet<string>(["1690", "0118"]), null);
        using var defects = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(Path.Combine(Root, "controle", "defecten.csv"));
        Defects = [.. defects.Enumerate(r => r[0..r.ColCount].ToStringsArray())];
    }

    public string Root => _dir.Combine("data");

    public KpiCatalog Catalog { get; }

    public IngestContext Context { get; }

    /// <summary>The defect manifest: id, kind, file, position, description, layer.</summary>
    public IReadOnlyList<string[]> Defects { get; }

    /// <summary>
    /// A database of <typeparamref name="TDatabase"/>'s engine with the whole generated data set loaded, made once
    /// for the tests of this collection that only read it (the KPI engine).
    /// </summary>
    public async Task<Msd.Storage.Database> IngestedAsync<TDatabase>()
        where TDatabase : ITestDatabase, new()
    {
        if (_ingested.TryGetValue(typeof(TDatabase), out var ready))
            return ready.Database;
        var test = new TDatabase();
        try
        {
            var token = TestContext.Current.CancellationToken;
            await test.Database.MigrateAsync(token);
            await Msd.Storage.DatasetTables.SyncAsync(test.Database, Catalog, token);
            var (deliveries, _) = DeliveryScanner.Scan([Root], Catalog);
            await new Ingester(test.Database, Context).RunAsync(deliveries, null, token);
        }
        catch
        {
            await test.DisposeAsync();
            throw;
        }
        _ingested[typeof(TDatabase)] = test;
        return test.Database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var test in _ingested.Values)
            await test.DisposeAsync();
        _dir.Dispose();
    }
}
