using Msd.Tests.Support;

namespace Msd.Tests.Acceptance;

/// <summary>`msd test-kpis` on a workspace made with `msd init`, as CI runs it, and mistakes in case files.</summary>
public sealed class TestKpisCommandTests
{
    [Fact]
    public async Task The_shipped_cases_pass_through_the_cli()
    {
        using var dir = new TempDirectory();
        var ws = await InitAsync(dir);

        var (exit, output) = await CliRun.RunAsync("test-kpis", "-w", ws);

        Assert.True(exit == 0, output);
        Assert.Matches(@"\d+ acceptatiegevallen voor \d+ KPI's: \d+ geslaagd, 0 mislukt\.", output);
        Assert.Contains("shv-crisis-binnen-drie-werkdagen", output, StringComparison.Ordinal);
        Assert.Contains("Elke KPI heeft een acceptatiegeval.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_expectation_exits_1_with_the_case_and_its_file()
    {
        using var dir = new TempDirectory();
        var ws = await InitAsync(dir);
        var file = Path.Combine(ws, "catalog", "acceptance", "shv-uitval.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("numerator: 1\n", "numerator: 2\n", StringComparison.Ordinal));

        var (exit, output) = await CliRun.RunAsync("test-kpis", "--kpi", "shv-uitval", "-w", ws);

        Assert.True(exit == 1, output);
        Assert.Contains("mislukt", output, StringComparison.Ordinal);
        Assert.Contains("teller: verwacht 2, kreeg 1", output, StringComparison.Ordinal);
        Assert.Contains("shv-uitval.yaml:3:", output, StringComparison.Ordinal);
        Assert.Contains("1 acceptatiegevallen voor 1 KPI's: 0 geslaagd, 1 mislukt.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_in_a_case_file_are_reported_with_file_and_line()
    {
        using var dir = new TempDirectory();
        var ws = await InitAsync(dir);
        File.WriteAllText(Path.Combine(ws, "catalog", "acceptance", "shv-uitval.yaml"), """
            kpi: shv-uitval
            cases:
              - id: fouten
                title: Fouten
                description: Elke fout met bestand en regel.
                period: 2024-Q3
                fixture:
                  schuldhulp_traject:
                    - {traject_id: t1, einddatum: 2024-02-30, eindreeden: UVC}
                  bevolking:
                    - {peildatum: 2024-12-31}
                expected:
                  value: 25
                  disclosure: verborgen
            """);
        File.WriteAllText(Path.Combine(ws, "catalog", "acceptance", "shv-onbekend.yaml"), "kpi: shv-onbekend\ncases:\n  - id: x\n    title: X\n    description: X.\n    period: \"2024\"\n    fixture: {}\n    expected: {value: 1, disclosure: getoond}\n");

        var (exit, output) = await CliRun.RunAsync("catalog", "check", "-w", ws);

        Assert.Equal(1, exit);
        foreach (var (line, fragment) in new[]
        {
            (6, "KPI shv-uitval wordt berekend per halfjaar of jaar; '2024-Q3' is daar geen periode van."),
            (9, "Kolom 'einddatum' verwacht een bestaande datum als JJJJ-MM-DD, niet '2024-02-30'."),
            (9, "Dataset 'schuldhulp_traject' heeft geen kolom 'eindreeden'. Bedoelt u 'eindreden'?"),
            (10, "KPI shv-uitval leest dataset 'bevolking' niet"),
            (14, "'verborgen' is geen geldige waarde voor 'disclosure'. Kies uit: getoond, onderdrukt."),
        })
        {
            Assert.Matches($@"acceptance/shv-uitval\.yaml:{line}:\d+: fout: {System.Text.RegularExpressions.Regex.Escape(fragment)}", output);
        }
        Assert.Matches(@"acceptance/shv-onbekend\.yaml:1:\d+: fout: De KPI 'shv-onbekend' staat niet in de catalogus\.", output);
    }

    private static async Task<string> InitAsync(TempDirectory dir)
    {
        var ws = dir.Combine("ws");
        var (exit, output) = await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog);
        Assert.True(exit == 0, output);
        return ws;
    }
}
