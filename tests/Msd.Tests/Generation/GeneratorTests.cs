using System.Security.Cryptography;
using System.Text.Json;
using Msd.Generation;
using Msd.Tests.Support;

namespace Msd.Tests.Generation;

public sealed class GeneratorTests
{
    private static GeneratorOptions Options(string dir, long seed = 7) =>
        new(dir, seed, GeneratorScale.Gemeenten, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 0.002, null);

    [Fact]
    public void The_same_seed_gives_byte_identical_output_and_another_seed_does_not()
    {
        using var dir = new TempDirectory();

        Generator.Run(Options(dir.Combine("a")));
        Generator.Run(Options(dir.Combine("b")));
        Generator.Run(Options(dir.Combine("c"), seed: 8));

        var a = Fingerprint(dir.Combine("a"));
        Assert.Equal(a, Fingerprint(dir.Combine("b")));
        Assert.NotEqual(a, Fingerprint(dir.Combine("c")));
    }

    [Fact]
    public void Cbs_tables_look_like_the_StatLine_v3_api()
    {
        using var dir = new TempDirectory();
        Generator.Run(Options(dir.Path));

        using var regions = JsonDocument.Parse(File.ReadAllText(dir.Combine("cbs", "03759ned", "RegioS.json")));
        var keys = regions.RootElement.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("Key").GetString()).ToList();
        Assert.Equal(["GM0118    ", "GM1690    "], keys);
        using var periods = JsonDocument.Parse(File.ReadAllText(dir.Combine("cbs", "85098NED", "Perioden.json")));
        var last = periods.RootElement.GetProperty("value").EnumerateArray().Last();
        Assert.Equal(("2024*", "Voorlopig"), (last.GetProperty("Title").GetString(), last.GetProperty("Status").GetString()));
        using var data = JsonDocument.Parse(File.ReadAllText(dir.Combine("cbs", "03759ned", "TypedDataSet", "0.json")));
        Assert.Contains("TypedDataSet", data.RootElement.GetProperty("odata.metadata").GetString(), StringComparison.Ordinal);
        Assert.InRange(data.RootElement.GetProperty("value").GetArrayLength(), 1, CbsTableWriter.PageSize);
    }

    [Fact]
    public void The_ground_truth_has_a_row_per_kpi_municipality_and_year_in_the_export_contract()
    {
        using var dir = new TempDirectory();
        Generator.Run(Options(dir.Path));

        var lines = File.ReadAllLines(dir.Combine("controle", "grondwaarheid.csv"));
        Assert.Equal("kpi_id,period,area_code,breakdown,numerator,denominator,value", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(7, r.Length));
        var jeugdhulp = rows.Where(r => r[0] == "jeugd-jongeren-met-jeugdhulp").ToList();
        Assert.Equal(["0118", "1690", "SWO"], jeugdhulp.Select(r => r[2]).Order(StringComparer.Ordinal));
        var swo = jeugdhulp.Single(r => r[2] == "SWO");
        Assert.Equal(jeugdhulp.Where(r => r[2] != "SWO").Sum(r => decimal.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)),
            decimal.Parse(swo[4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(jeugdhulp, r => Assert.Equal("2024", r[1]));
        var catalog = Msd.Catalog.CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog;
        Assert.All(rows, r => Assert.Contains("year", catalog.Kpi(r[0])!.Period.Grains));
        // medians cannot be combined over municipalities; means (shv-wachttijd-eerste-gesprek) can, weighted by their cases
        Assert.DoesNotContain(rows, r => r[2] == "SWO" && r[0] is "jeugd-wachttijd-start-jeugdhulp" or "wmo-wachttijd-start-ondersteuning" or "shv-schuld-bij-aanmelding");
        Assert.Contains(rows, r => r[2] == "SWO" && r[0] == "shv-wachttijd-eerste-gesprek");
    }

    private static string Fingerprint(string root) => string.Join('\n', Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(root, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));
}
