using Msd.Tests.Ingestion;
using Msd.Tests.Support;

namespace Msd.Tests.Cli;

/// <summary>
/// The publication gate from the command line, on one month of iJw messages of De Wolden, whose start messages
/// partly refer to toewijzingen sent before that month: `msd check` holds back the values of the months with such
/// starts, and a beheerder's `msd check override` for the municipality lets them out.
/// </summary>
[Collection(nameof(DefaultDataCollection))]
public sealed class CheckOverrideCommandTests(DefaultDataFixture data)
{
    private const string Check = "jeugd-start-heeft-toewijzing";

    [Fact]
    public async Task A_failing_check_blocks_the_values_of_its_month_until_a_beheerder_overrules_it_in_writing()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);
        File.Copy(Path.Combine(data.Root, "gebiedsindeling.csv"), Path.Combine(ws, "gebiedsindeling.csv"), overwrite: true);
        File.Copy(Path.Combine(data.Root, "berichten", "ijw", "1690", "1690_2021-01.zip"), Path.Combine(ws, "inbox", "1690_2021-01.zip"));
        Assert.Equal(0, (await CliRun.RunAsync("key", "create", "-w", ws)).Exit);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "-w", ws)).Exit);
        Assert.Equal(0, (await CliRun.RunAsync("compute", "-w", ws)).Exit);
        Assert.Equal(0, (await CliRun.RunAsync("publish", "-w", ws)).Exit);

        var (checkExit, check) = await CliRun.RunAsync("check", "-w", ws);
        var blocked = await ExportAsync(dir, ws, "geblokkeerd.csv");
        var (nothingExit, nothing) = await CliRun.RunAsync("check", "override", Check, "--gemeente", "0118", "--reason", "De leverancier heeft de 301 nagestuurd.", "--user", "beheer", "-w", ws);
        var (noUserExit, noUser) = await CliRun.RunAsync("check", "override", Check, "--gemeente", "1690", "--reason", "De leverancier heeft de 301 nagestuurd.", "--user", "beheer", "-w", ws);
        Assert.Equal(0, (await CliRun.RunAsync("user", "add", "beheer", "--role", "beheerder", "--display-name", "Bea Beheer", "-w", ws)).Exit);
        var (shortExit, tooShort) = await CliRun.RunAsync("check", "override", Check, "--gemeente", "1690", "--reason", "Klopt.", "--user", "beheer", "-w", ws);
        var (overrideExit, overruled) = await CliRun.RunAsync("check", "override", Check, "--gemeente", "1690", "--reason", "De leverancier heeft de 301 nagestuurd.", "--user", "beheer", "-w", ws);
        var released = await ExportAsync(dir, ws, "vrij.csv");

        Assert.True(checkExit == 1, check);
        Assert.Contains(Check, check, StringComparison.Ordinal);
        Assert.Matches("Opnieuw gepubliceerd: [0-9.]+ waarden geblokkeerd", check);
        // a blocked value carries no number, only the check that holds it back
        // columns: kpi_id, period, area_code, breakdown, numerator, denominator, value, unit, status, reason, …
        var jeugd = blocked.Select(l => l.Split(',')).Where(f => f[0].StartsWith("jeugd-", StringComparison.Ordinal) && f[1] == "2021-01" && f[2] == "GM1690" && f[3] == "").ToList();
        Assert.NotEmpty(jeugd);
        // the starts without toewijzing run on (an interval without an end), so the values after their month are held back too
        Assert.All(jeugd, f => Assert.Equal(("", "", "", "geblokkeerd"), (f[4], f[5], f[6], f[8])));
        Assert.All(jeugd, f => Assert.Matches($"^geblokkeerd: controle {Check} is niet geslaagd voor de periode (vanaf )?20[0-9]{{2}}-[0-9]{{2}}", f[9]));
        Assert.Equal(1, nothingExit);
        Assert.Contains("geen fout; er is niets te overrulen", nothing, StringComparison.Ordinal);
        Assert.Equal(1, noUserExit);
        Assert.Contains("Alleen een beheerder", noUser, StringComparison.Ordinal);
        Assert.Equal(1, shortExit);
        Assert.Contains("minstens 20 tekens", tooShort, StringComparison.Ordinal);
        Assert.True(overrideExit == 0, overruled);
        Assert.Contains($"Fout in {Check} overruled door Bea Beheer voor gemeente 1690.", overruled, StringComparison.Ordinal);
        Assert.DoesNotContain(released, l => l.Contains($"controle {Check}", StringComparison.Ordinal));
        var after = released.Select(l => l.Split(',')).ToDictionary(f => string.Join(',', f[..4]), f => f[8], StringComparer.Ordinal);
        Assert.All(jeugd, f => Assert.NotEqual("geblokkeerd", after[string.Join(',', f[..4])]));
    }

    private static async Task<string[]> ExportAsync(TempDirectory dir, string ws, string name)
    {
        var (exit, output) = await CliRun.RunAsync("export", "values", "--out", dir.Combine(name), "-w", ws);
        Assert.True(exit == 0, output);
        return File.ReadAllLines(dir.Combine(name));
    }
}
