using Msd.Tests.Catalog;
using Msd.Tests.Support;

namespace Msd.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public async Task Init_creates_a_workspace_whose_catalogue_checks_clean()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");

        var (initExit, initOutput) = await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog);
        var (checkExit, checkOutput) = await CliRun.RunAsync("catalog", "check", "--workspace", ws);

        Assert.True(initExit == 0, initOutput);
        Assert.Contains("Werkruimte aangemaakt", initOutput, StringComparison.Ordinal);
        foreach (var path in new[] { "msd.yaml", "gebiedsindeling.csv", "inbox", "catalog/kpis", "data/msd.duckdb" })
            Assert.True(Path.Exists(Path.Combine(ws, path)), path + " ontbreekt");
        Assert.True(checkExit == 0, checkOutput);
        Assert.Contains("Catalogus in orde", checkOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_leaves_an_existing_workspace_alone()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("ws/msd.yaml", "name: bestaand\n");

        var (exit, output) = await CliRun.RunAsync("init", dir.Combine("ws"), "--catalog", TestEnvironment.ShippedCatalog);

        Assert.Equal(1, exit);
        Assert.Contains("staat al een werkruimte", output, StringComparison.Ordinal);
        Assert.Equal("name: bestaand\n", File.ReadAllText(config));
    }

    [Fact]
    public async Task A_broken_catalogue_exits_1_with_every_mistake_and_its_line()
    {
        using var dir = new TempDirectory();
        BrokenCatalog.WriteTo(dir);

        var (exit, output) = await CliRun.RunAsync("catalog", "check", "--catalog", dir.Combine("catalog"));

        Assert.Equal(1, exit);
        Assert.Contains($"De catalogus bevat {BrokenCatalog.Expected.Length + 1} fout(en)", output, StringComparison.Ordinal);
        Assert.Contains("verkeerde-naam.yaml:6:9: fout: Het doel 'doel-drie' bestaat niet", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at Msd.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bestaatniet")]
    [InlineData("catalog", "check", "--onbekend")]
    [InlineData("init")]
    public async Task Usage_errors_exit_2_with_a_pointer_to_help(params string[] args)
    {
        var (exit, output) = await CliRun.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("Ongeldige invoer", output, StringComparison.Ordinal);
        Assert.Contains("--help", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_in_Dutch()
    {
        var (exit, output) = await CliRun.RunAsync("catalog", "check", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Gebruik:", output, StringComparison.Ordinal);
        Assert.Contains("msd catalog check [opties]", output, StringComparison.Ordinal);
        Assert.Contains("-w, --workspace <MAP>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_workspace_is_a_user_error_not_a_crash()
    {
        using var dir = new TempDirectory();

        var (exit, output) = await CliRun.RunAsync("catalog", "list", "--workspace", dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("Geen werkruimte gevonden", output, StringComparison.Ordinal);
        Assert.Contains("msd init", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_in_msd_yaml_are_reported_with_their_line()
    {
        using var dir = new TempDirectory();
        dir.Write("msd.yaml", "name: x\nmunicipalities:\n  - code: 118\n    name: Hoogeveen\ndatabase:\n  engine: sqlite\nprivacy:\n  suppresion_threshold: 10\n");

        var (exit, output) = await CliRun.RunAsync("catalog", "list", "-w", dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("msd.yaml:3:11: fout: Zet de code 118 tussen aanhalingstekens", output, StringComparison.Ordinal);
        Assert.Contains("'118' is geen CBS-gemeentecode", output, StringComparison.Ordinal);
        Assert.Contains("msd.yaml:6:11: fout: 'sqlite' is geen geldige waarde voor 'engine'", output, StringComparison.Ordinal);
        Assert.Contains("msd.yaml:8:3: fout: Onbekende sleutel 'suppresion_threshold'. Bedoelt u 'suppression_threshold'?", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_and_coverage_show_the_catalogue_and_what_has_no_data_yet()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);

        var (listExit, list) = await CliRun.RunAsync("catalog", "list", "-w", ws);
        var (coverageExit, coverage) = await CliRun.RunAsync("catalog", "coverage", "-w", ws);

        Assert.Equal(0, listExit);
        Assert.Contains("Jeugd", list, StringComparison.Ordinal);
        Assert.Contains("jeugd-jongeren-met-jeugdhulp", list, StringComparison.Ordinal);
        Assert.Equal(0, coverageExit);
        Assert.Contains("KPI's waarvan de gegevens nog ontbreken", coverage, StringComparison.Ordinal);
        Assert.Contains("jeugdhulp_toewijzing", coverage, StringComparison.Ordinal);
        Assert.Contains("doelen moeten nog door de gemeente worden bevestigd", coverage, StringComparison.Ordinal);
    }
}
