using Msd.Ingestion.Cbs;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Cbs.CbsTestSupport;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>Every way a fetch can fail ends in a Dutch message saying what is wrong and what to do, and leaves no snapshot behind.</summary>
public sealed class StatLineErrorTests
{
    [Fact]
    public async Task A_server_that_is_down_is_named_with_its_address()
    {
        using var cache = new TempDirectory();
        var address = new Uri($"http://127.0.0.1:{ClosedPort()}/");

        var error = await Assert.ThrowsAsync<MsdUserException>(() =>
            CbsFetch.RunAsync(Client(address, address), Shipped.CbsTable("85098NED")!, cache.Path, Regions, new FixedTime(FirstFetch), Token));

        Assert.Contains($"De CBS-server {address} (OData v3) is niet bereikbaar", error.Message, StringComparison.Ordinal);
        Assert.Contains("--v3-url", error.Message, StringComparison.Ordinal);
        Assert.Contains("zonder verbinding verder", error.Message, StringComparison.Ordinal);
        AssertNothingKept(cache);
    }

    [Fact]
    public async Task A_server_error_is_tried_again_and_then_explained()
    {
        await using var server = await StatLineServer.StartAsync(V3Fixture.Responses());
        server.Failures[V3Fixture.Api + "TypedDataSet"] = 500;
        using var cache = new TempDirectory();

        var error = await Assert.ThrowsAsync<MsdUserException>(() => FetchAsync(server, Shipped.CbsTable("85098NED")!, cache.Path));

        Assert.Contains("CBS antwoordde met HTTP-fout 500 (Internal Server Error)", error.Message, StringComparison.Ordinal);
        Assert.Contains("ook na 2 pogingen", error.Message, StringComparison.Ordinal);
        Assert.Contains("storing", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count(r => r.StartsWith(V3Fixture.Api + "TypedDataSet", StringComparison.Ordinal)));
        AssertNothingKept(cache);
    }

    [Fact]
    public async Task An_answer_that_is_not_json_names_the_address()
    {
        var responses = V3Fixture.Responses();
        responses[V3Fixture.Feed + "TypedDataSet|4"] = """{"odata.metadata":"x","value":[{"ID":4,"RegioS":"GM0118    ","Perioden":""";
        await using var server = await StatLineServer.StartAsync(responses);
        using var cache = new TempDirectory();

        var error = await Assert.ThrowsAsync<MsdUserException>(() => FetchAsync(server, Shipped.CbsTable("85098NED")!, cache.Path));

        Assert.Contains($"CBS stuurde op {server.V3}ODataFeed/odata/85098NED/TypedDataSet?$format=json&$skip=4 geen geldige JSON", error.Message, StringComparison.Ordinal);
        AssertNothingKept(cache);
    }

    [Fact]
    public async Task A_table_the_api_does_not_know_is_named()
    {
        await using var server = await StatLineServer.StartAsync(V3Fixture.Responses());
        using var cache = new TempDirectory();
        var mapping = Mapping("""
            id: 99999ned
            table: 99999NED
            title: Bestaat niet
            region: RegioS
            period: Perioden
            measures:
              - measure: Iets_1
                indicator: wmo-clienten
                unit: aantal
            """);

        var error = await Assert.ThrowsAsync<MsdUserException>(() => FetchAsync(server, mapping, cache.Path));

        Assert.Contains($"CBS kent tabel '99999NED' niet op {server.V3}", error.Message, StringComparison.Ordinal);
        Assert.Contains("catalog/cbs/99999ned.yaml", error.Message, StringComparison.Ordinal);
        AssertNothingKept(cache);
    }

    [Fact]
    public async Task A_measure_the_table_lacks_stops_the_fetch_before_the_data()
    {
        await using var server = await StatLineServer.StartAsync(V3Fixture.Responses());
        using var cache = new TempDirectory();
        var mapping = Mapping("""
            id: 85098ned
            table: 85098NED
            title: Jeugdzorg
            region: RegioS
            period: Perioden
            measures:
              - measure: JongerenMetJeugdhulpInNatura_1
                indicator: jeugdhulp-pct
                unit: "%"
              - measure: JongerenMetJeugdhulpMetVerblijf_2
                indicator: jeugdhulp-verblijf-pct
                unit: "%"
            """);

        var error = await Assert.ThrowsAsync<MsdUserException>(() => FetchAsync(server, mapping, cache.Path));

        Assert.Contains("Het onderwerp 'JongerenMetJeugdhulpMetVerblijf_2' (cbs/mapping.yaml:10:14) staat niet in CBS-tabel 85098NED", error.Message, StringComparison.Ordinal);
        Assert.Contains("JongerenMetJeugdbescherming_3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Contains("TypedDataSet", StringComparison.Ordinal));
        AssertNothingKept(cache);
    }

    [Fact]
    public async Task A_dimension_without_a_fixed_code_is_refused_because_figures_would_double()
    {
        await using var server = await StatLineServer.StartAsync(V4Fixture.Responses());
        using var cache = new TempDirectory();
        var mapping = Mapping(V4Fixture.Mapping.Replace("filters:\n  TypeMaatwerkvoorziening: T001394\n", "", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<MsdUserException>(() => FetchAsync(server, mapping, cache.Path));

        Assert.Contains("heeft de dimensie 'TypeMaatwerkvoorziening', maar cbs/mapping.yaml zet haar niet vast met 'filters'", error.Message, StringComparison.Ordinal);
        Assert.Contains("filters: { TypeMaatwerkvoorziening: T001394 } (Totaal Wmo-cliënten)", error.Message, StringComparison.Ordinal);
        AssertNothingKept(cache);
    }

    private static void AssertNothingKept(TempDirectory cache) =>
        Assert.Empty(Directory.Exists(cache.Path) ? Directory.EnumerateFiles(cache.Path, "*", SearchOption.AllDirectories) : []);
}
