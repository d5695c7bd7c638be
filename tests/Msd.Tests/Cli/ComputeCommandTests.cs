using Msd.Tests.Ingestion;
using Msd.Tests.Support;

namespace Msd.Tests.Cli;

/// <summary>`msd compute`, `publish`, `show` and `export values` as an analyst uses them, on one year of Wmo data.</summary>
[Collection(nameof(DefaultDataCollection))]
public sealed class ComputeCommandTests(DefaultDataFixture data)
{
    [Fact]
    public async Task Compute_publish_show_and_export_give_disclosure_controlled_values_and_refuse_an_unprotected_export()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);
        File.Copy(Path.Combine(data.Root, "gebiedsindeling.csv"), Path.Combine(ws, "gebiedsindeling.csv"), overwrite: true);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(data.Root, "registratie")).Where(f => Path.GetFileName(f).Contains("_2024-", StringComparison.Ordinal)
            && (Path.GetFileName(f).StartsWith("brp_bevolking", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("wmo_meldingen", StringComparison.Ordinal))))
        {
            File.Copy(file, Path.Combine(ws, "inbox", Path.GetFileName(file)));
        }
        Assert.Equal(0, (await CliRun.RunAsync("key", "create", "-w", ws)).Exit);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "-w", ws)).Exit);

        var (showEarlyExit, showEarly) = await CliRun.RunAsync("show", "wmo-onderzoek-binnen-zes-weken", "-w", ws);
        var (computeExit, compute) = await CliRun.RunAsync("compute", "-w", ws);
        var (againExit, again) = await CliRun.RunAsync("compute", "-w", ws);
        var (publishExit, publish) = await CliRun.RunAsync("publish", "-w", ws);
        var (showExit, show) = await CliRun.RunAsync("show", "wmo-onderzoek-binnen-zes-weken", "-w", ws);
        var (sqlExit, sql) = await CliRun.RunAsync("show", "wmo-onderzoek-binnen-zes-weken", "--sql", "-w", ws);
        var csv = dir.Combine("waarden.csv");
        var (exportExit, export) = await CliRun.RunAsync("export", "values", "--out", csv, "-w", ws);
        var (rawExit, raw) = await CliRun.RunAsync("export", "values", "--out", dir.Combine("ruw.csv"), "--unprotected", "-w", ws);
        var (unknownExit, unknown) = await CliRun.RunAsync("show", "bestaat-niet", "-w", ws);

        Assert.Equal(1, showEarlyExit);
        Assert.Contains("msd compute", showEarly, StringComparison.Ordinal);
        Assert.True(computeExit == 0, compute);
        Assert.Contains("wmo-onderzoek-binnen-zes-weken", compute, StringComparison.Ordinal);
        Assert.Contains("berekend", compute, StringComparison.Ordinal);
        Assert.Contains("geen gegevens", compute, StringComparison.Ordinal);
        Assert.Equal(0, againExit);
        Assert.Contains("0 KPI's berekend", again, StringComparison.Ordinal);
        Assert.True(publishExit == 0, publish);
        Assert.Contains("onderdrukt", publish, StringComparison.Ordinal);
        Assert.True(showExit == 0, show);
        Assert.Contains("GM0118", show, StringComparison.Ordinal);
        Assert.Contains("SWO", show, StringComparison.Ordinal);
        Assert.Equal(0, sqlExit);
        Assert.Contains("FROM ds_wmo_melding d", sql, StringComparison.Ordinal);
        Assert.Contains("msd_days_between", sql, StringComparison.Ordinal);
        Assert.True(exportExit == 0, export);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("kpi_id,period,area_code,breakdown,numerator,denominator,value,unit,status,reason,target,target_status", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("wmo-onderzoek-binnen-zes-weken,2024,GM0118,,", StringComparison.Ordinal) && l.EndsWith(",procent,ok,,,geen streefwaarde", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",onderdrukt,niet getoond: minder dan ", StringComparison.Ordinal));
        // no KPI here lets a count under 5 through (some set their threshold to 5, the rest keep 10)
        Assert.All(lines.Skip(1), l => Assert.DoesNotMatch(@"^[^,]+,[^,]+,[^,]+,[^,]*,[1-4],", l));
        Assert.Equal(1, rawExit);
        Assert.Contains("allow_unprotected_export", raw, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.Combine("ruw.csv")));
        Assert.Equal(1, unknownExit);
        Assert.Contains("staat niet in de catalogus", unknown, StringComparison.Ordinal);
    }
}
