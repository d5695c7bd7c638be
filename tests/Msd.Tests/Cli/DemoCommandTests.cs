using Msd.Tests.Web;

namespace Msd.Tests.Cli;

/// <summary>
/// The README's first command, end to end: generate, load, compute, publish and serve the monitor;
/// a second run changes nothing and serves again. The fixture runs both and reads the home page.
/// </summary>
[Collection(MonitorCollection.Name)]
public sealed class DemoCommandTests(MonitorFixture monitor)
{
    [Fact]
    public void Demo_builds_loads_computes_publishes_and_serves_the_default_workspace()
    {
        var (exit, output, home) = monitor.FirstDemo;
        Assert.True(exit == 0, output);
        Assert.Contains("Catalogus in orde", output, StringComparison.Ordinal);
        Assert.Matches(@"[0-9]+ KPI's berekend, 0 ongewijzigd, [0-9]+ zonder gegevens, 0 met een fout", output);
        Assert.Matches(@"[0-9]+ KPI's gepubliceerd: [0-9.]+ waarden getoond, [0-9.]+ onderdrukt", output);
        Assert.Contains("wachtwoord demo-wachtwoord: demo (beheerder), demo-analist (analist) of demo-sleutel (sleutelgebruiker", output, StringComparison.Ordinal);
        Assert.Matches(@"Controles op de gegevens: [1-9][0-9]* met een fout", output);
        // the deliberate defects hold back the values they touch; the acceptance cases all pass and are stored for the lifecycle
        Assert.Matches(@"[1-9][0-9.]* waarden geblokkeerd", output);
        Assert.Matches(@"Acceptatiegevallen: ([0-9]+) van \1 geslaagd", output);
        Assert.Matches(@"De monitor draait op http://127\.0\.0\.1:[0-9]+", output);
        Assert.Contains("Jongeren met jeugdhulp", home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(monitor.Workspace, "data", "msd.duckdb")));
    }

    [Fact]
    public void A_second_demo_run_changes_nothing_and_serves_again()
    {
        var (exit, output, home) = monitor.SecondDemo;
        Assert.True(exit == 0, output);
        Assert.Contains("waren al ingelezen", output, StringComparison.Ordinal);
        Assert.Contains("0 KPI's berekend", output, StringComparison.Ordinal);
        Assert.Contains("Monitor Sociaal Domein", home, StringComparison.Ordinal);
    }
}
