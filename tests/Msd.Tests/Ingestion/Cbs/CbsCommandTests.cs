using Msd.Ingestion.Cbs;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Cbs.CbsTestSupport;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>`msd cbs fetch` in a workspace, against the local server that answers like CBS.</summary>
public sealed class CbsCommandTests
{
    [Fact]
    public async Task Fetch_reports_rows_pages_and_duration_and_a_second_fetch_keeps_nothing_new()
    {
        await using var server = await StatLineServer.StartAsync(V3Fixture.Responses());
        using var dir = new TempDirectory();
        var ws = await WorkspaceAsync(dir);

        var (exit, output) = await CliRun.RunAsync("cbs", "fetch", "-w", ws, "--table", "85098ned", "--v3-url", server.V3.AbsoluteUri);
        var (again, secondOutput) = await CliRun.RunAsync("cbs", "fetch", "-w", ws, "--table", "85098NED", "--v3-url", server.V3.AbsoluteUri);

        Assert.True(exit == 0, output);
        Assert.Matches(@"│ 85098NED\s+│ v3\s+│\s+12 │\s+3 │\s+[0-9]+,[0-9] s │ eerste momentopname: [0-9]{8}T[0-9]{6}Z", output);
        Assert.Contains("de inlees-stap laadt ze in dataset cbs_indicator", output, StringComparison.Ordinal);
        Assert.True(again == 0, secondOutput);
        Assert.Contains("ongewijzigd sinds de vorige keer", secondOutput, StringComparison.Ordinal);
        var snapshot = Assert.Single(CbsCache.AllSnapshots(CbsCache.Root(ws)));
        Assert.Equal(36, CbsSnapshots.Rows(snapshot, Shipped.CbsTable("85098NED")!).Count());
        Assert.Contains(server.Requests, r => r.Contains("startswith(RegioS,'GM0118')", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_that_is_down_stops_the_fetch_with_one_clear_message()
    {
        using var dir = new TempDirectory();
        var ws = await WorkspaceAsync(dir);
        var address = $"http://127.0.0.1:{ClosedPort()}/";

        var (exit, output) = await CliRun.RunAsync("cbs", "fetch", "-w", ws, "--v3-url", address);

        Assert.Equal(1, exit);
        Assert.Contains($"De CBS-server {address} (OData v3) is niet bereikbaar", output, StringComparison.Ordinal);
        Assert.Contains("9 van de 9 tabellen niet opgehaald.", output, StringComparison.Ordinal);
        Assert.Empty(CbsCache.AllSnapshots(CbsCache.Root(ws)));
    }

    [Theory]
    [InlineData("--table", "12345NED", "De catalogus noemt tabel 12345NED niet. Bekende CBS-tabellen: 03759ned")]
    [InlineData("--v3-url", "opendata.cbs.nl", "--v3-url 'opendata.cbs.nl' is geen webadres")]
    public async Task Bad_options_are_explained_in_Dutch(string option, string value, string message)
    {
        using var dir = new TempDirectory();
        var ws = await WorkspaceAsync(dir);

        var (exit, output) = await CliRun.RunAsync("cbs", "fetch", "-w", ws, option, value);

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_Dutch()
    {
        var (exit, output) = await CliRun.RunAsync("cbs", "fetch", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Haal de CBS-tabellen uit de catalogus op", output, StringComparison.Ordinal);
        Assert.Contains("--v4-url <URL>", output, StringComparison.Ordinal);
        Assert.Contains("--all-regions", output, StringComparison.Ordinal);
    }

    /// <summary>A workspace of De Wolden and Hoogeveen on the shipped catalogue; fetching needs no database, so no `msd init`.</summary>
    private static Task<string> WorkspaceAsync(TempDirectory dir)
    {
        dir.Write("ws/msd.yaml", $"""
            name: Test
            municipalities:
              - code: "1690"
                name: De Wolden
              - code: "0118"
                name: Hoogeveen
            database:
              engine: duckdb
              path: data/msd.duckdb
            catalog: {TestEnvironment.ShippedCatalog}
            """);
        return Task.FromResult(dir.Combine("ws"));
    }
}
