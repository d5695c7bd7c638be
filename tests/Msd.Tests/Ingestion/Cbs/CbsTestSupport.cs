using System.Net;
using System.Net.Sockets;
using Msd.Catalog;
using Msd.Ingestion.Cbs;
using Msd.Tests.Support;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>What the CBS tests share: the shipped catalogue, mappings from YAML, a client for the test server, a fixed clock.</summary>
internal static class CbsTestSupport
{
    private static readonly Lazy<KpiCatalog> Catalog = new(() =>
    {
        var (catalog, issues) = CatalogLoader.Load(TestEnvironment.ShippedCatalog);
        Assert.Empty(issues);
        return catalog;
    });

    public static KpiCatalog Shipped => Catalog.Value;

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static readonly DateTime FirstFetch = new(2026, 5, 1, 10, 15, 30, DateTimeKind.Utc);

    /// <summary>The regions `msd cbs fetch` asks for in the default workspace.</summary>
    public static readonly IReadOnlyList<string> Regions = ["GM1690", "WK1690", "BU1690", "GM0118", "WK0118", "BU0118", "NL"];

    /// <summary>A table mapping read from YAML by the catalogue reader; the YAML must be free of mistakes.</summary>
    public static CbsTableMapping Mapping(string yaml)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("cbs/mapping.yaml", yaml);
        var issues = new IssueList();
        var map = CatalogLoader.ParseMapping(file, "cbs/mapping.yaml", issues)!;
        var mapping = CbsTableReader.Read(map);
        map.RejectUnknownKeys();
        Assert.True(issues.Items.Count == 0, string.Join('\n', issues.Items));
        return mapping!;
    }

    public static StatLineClient Client(StatLineServer server) => Client(server.V3, server.V4);

    public static StatLineClient Client(Uri v3, Uri v4) =>
        new(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, new StatLineEndpoints(v3, v4)) { Attempts = 2, RetryDelay = TimeSpan.Zero };

    public static Task<CbsFetchResult> FetchAsync(StatLineServer server, CbsTableMapping mapping, string cache, DateTime? at = null) =>
        CbsFetch.RunAsync(Client(server), mapping, cache, Regions, new FixedTime(at ?? FirstFetch), Token);

    /// <summary>A port nothing listens on: bound once by the system, then released.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The fixture's responses written as a snapshot folder, the way a fetch stores them (without a manifest).</summary>
    public static string WriteV3Snapshot(TempDirectory dir)
    {
        var responses = V3Fixture.Responses();
        foreach (var set in new[] { "TableInfos", "DataProperties", "RegioS", "Perioden" })
            dir.Write("85098NED/" + set + ".json", responses[V3Fixture.Api + set + "|0"]);
        dir.Write("85098NED/TypedDataSet/0.json", responses[V3Fixture.Api + "TypedDataSet|0"]);
        dir.Write("85098NED/TypedDataSet/1.json", responses[V3Fixture.Feed + "TypedDataSet|4"]);
        dir.Write("85098NED/TypedDataSet/2.json", responses[V3Fixture.Feed + "TypedDataSet|8"]);
        return dir.Combine("85098NED");
    }

    internal sealed class FixedTime(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}
