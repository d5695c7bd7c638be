using Msd.Storage;
using Msd.Tests.Support;

namespace Msd.Tests.Cli;

public sealed class DatabaseInUseTests
{
    [Fact]
    public async Task A_second_process_is_told_in_Dutch_which_process_holds_the_database()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);
        var database = new DuckDbDatabase(Path.Combine(ws, "data", "msd.duckdb"));

        // this test process holds the file, as a running `msd serve` would
        await using var held = await database.OpenAsync(TestContext.Current.CancellationToken);
        var (exit, output) = await CliRun.RunProcessAsync("catalog", "coverage", "--workspace", ws);

        Assert.Equal(1, exit);
        Assert.Contains($"is in gebruik door proces {Environment.ProcessId}", output, StringComparison.Ordinal);
        Assert.Contains("één programma tegelijk", output, StringComparison.Ordinal);
        Assert.DoesNotContain("IO Error", output, StringComparison.Ordinal);
    }
}
