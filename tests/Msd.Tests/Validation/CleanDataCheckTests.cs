using Msd.Tests.Support;

namespace Msd.Tests.Validation;

/// <summary>`msd check` as a user runs it, on one year of data generated with `--defects 0`: everything passes.</summary>
public sealed class CleanDataCheckTests
{
    [Fact]
    public async Task On_data_without_defects_every_check_passes_nothing_is_quarantined_and_the_exit_code_is_0()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        var data = dir.Combine("data");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);
        Assert.Equal(0, (await CliRun.RunAsync("generate", "--out", data, "--defects", "0", "--from", "2025-01", "--to", "2025-12")).Exit);
        File.Copy(Path.Combine(data, "gebiedsindeling.csv"), Path.Combine(ws, "gebiedsindeling.csv"), overwrite: true);
        Assert.Equal(0, (await CliRun.RunAsync("key", "create", "-w", ws)).Exit);
        var (ingestExit, ingest) = await CliRun.RunAsync("ingest", "-w", ws, data);
        Assert.True(ingestExit == 0, ingest);

        var (exit, output) = await CliRun.RunAsync("check", "-w", ws);

        Assert.True(exit == 0, output);
        Assert.Contains("0 met een waarschuwing, 0 met een fout", output, StringComparison.Ordinal);
        Assert.Contains("Bij het inlezen ging geen enkele regel in quarantaine.", output, StringComparison.Ordinal);
        Assert.Contains("jeugd-start-heeft-toewijzing", output, StringComparison.Ordinal);
        Assert.DoesNotContain("│ fout", output, StringComparison.Ordinal);
    }
}
