using Msd.Tests.Support;

namespace Msd.Tests.Cli;

/// <summary>The README's first command, end to end: generate, load, compute and publish; a second run changes nothing.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_builds_loads_computes_and_publishes_the_default_workspace_and_a_second_run_changes_nothing()
    {
        using var dir = new TempDirectory();
        var demo = dir.Combine("demo");

        var (firstExit, first) = await CliRun.RunAsync("demo", "--dir", demo);
        var (secondExit, second) = await CliRun.RunAsync("demo", "--dir", demo);

        Assert.True(firstExit == 0, first);
        Assert.Contains("Catalogus in orde", first, StringComparison.Ordinal);
        Assert.Matches(@"[0-9]+ KPI's berekend, 0 ongewijzigd, [0-9]+ zonder gegevens, 0 met een fout", first);
        Assert.Matches(@"[0-9]+ KPI's gepubliceerd: [0-9.]+ waarden getoond, [0-9.]+ onderdrukt", first);
        Assert.True(secondExit == 0, second);
        Assert.Contains("waren al ingelezen", second, StringComparison.Ordinal);
        Assert.Contains("0 KPI's berekend", second, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(demo, "data", "msd.duckdb")));
    }
}
