using Msd.Tests.Support;

namespace Msd.Tests.Ingestion;

/// <summary>`msd key`, `msd ingest` and `msd loads` as a functional manager uses them.</summary>
[Collection(nameof(DefaultDataCollection))]
public sealed class IngestCommandTests(DefaultDataFixture data)
{
    [Fact]
    public async Task Key_ingest_and_loads_work_together_and_say_what_happened_in_Dutch()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);
        File.Copy(Path.Combine(data.Root, "gebiedsindeling.csv"), Path.Combine(ws, "gebiedsindeling.csv"), overwrite: true);
        var inbox = Path.Combine(ws, "inbox");
        File.Copy(Path.Combine(data.Root, "registratie", "wmo_meldingen_0118_2021-01.csv"), Path.Combine(inbox, "wmo_meldingen_0118_2021-01.csv"));
        File.WriteAllText(Path.Combine(inbox, "boodschappen.txt"), "melk");

        var (noKeyExit, noKey) = await CliRun.RunAsync("ingest", "-w", ws);
        var (keyExit, _) = await CliRun.RunAsync("key", "create", "-w", ws);
        var (secondKeyExit, secondKey) = await CliRun.RunAsync("key", "create", "-w", ws);
        var (ingestExit, ingest) = await CliRun.RunAsync("ingest", "-w", ws);
        var (againExit, again) = await CliRun.RunAsync("ingest", "-w", ws);
        var (loadsExit, loads) = await CliRun.RunAsync("loads", "-w", ws);
        var (loadExit, load) = await CliRun.RunAsync("loads", "-w", ws, "--load", "1");

        Assert.Equal(1, noKeyExit);
        Assert.Contains("msd key create", noKey, StringComparison.Ordinal);
        Assert.Equal(0, keyExit);
        Assert.Equal(1, secondKeyExit);
        Assert.Contains("msd key rotate", secondKey, StringComparison.Ordinal);
        Assert.True(ingestExit == 0, ingest);
        Assert.Contains("wmo-meldingen", ingest, StringComparison.Ordinal);
        Assert.Contains("Overgeslagen", ingest, StringComparison.Ordinal);
        Assert.Equal(0, againExit);
        Assert.Contains("waren al ingelezen", again, StringComparison.Ordinal);
        Assert.Equal(0, loadsExit);
        Assert.Contains("geladen", loads, StringComparison.Ordinal);
        Assert.Equal(0, loadExit);
        Assert.Contains("quarantaine", load, StringComparison.Ordinal);
    }
}
