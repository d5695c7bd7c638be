using Msd.Generation;
using Msd.Tests.Support;
using Msd.Workspace;

namespace Msd.Tests.Generation;

/// <summary>Larger scales read the CBS municipality list (from the shared reference data, never copied).</summary>
public sealed class MunicipalityProfileTests
{
    private static string CbsList => Path.Combine(TestEnvironment.SharedData, "istandaarden", "codelijsten", "cbs-gemeentecodes-2026.csv");

    [Fact]
    public void The_country_has_342_municipalities_with_the_real_total_and_no_shared_postcodes()
    {
        var municipalities = MunicipalityProfiles.FromCbsList(CbsList, province: null, seed: 1);

        Assert.Equal(342, municipalities.Count);
        Assert.InRange(municipalities.Sum(m => (long)m.Inhabitants), 17_800_000, 18_100_000);
        Assert.Equal(24_600, municipalities.Single(m => m.Code == "1690").Inhabitants);
        var postcodes = municipalities.SelectMany(m => m.Districts).SelectMany(d => d.Postcodes).ToList();
        Assert.Equal(postcodes.Count, postcodes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(municipalities.SelectMany(m => m.Districts.Select(d => (m.Code, d.Code))), x => Assert.StartsWith("WK" + x.Item1, x.Item2, StringComparison.Ordinal));
    }

    [Fact]
    public void The_region_is_Drenthe()
    {
        var municipalities = MunicipalityProfiles.FromCbsList(CbsList, "Drenthe", seed: 1);

        Assert.Equal(12, municipalities.Count);
        Assert.All(municipalities, m => Assert.Equal("Drenthe", m.Province));
        Assert.InRange(municipalities.Sum(m => m.Inhabitants), 490_000, 510_000);
    }

    [Fact]
    public void A_malformed_municipality_list_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        var list = dir.Write("gemeenten.csv", "gemeentecode;gemeentenaam;provincie\n0118;Hoogeveen;Drenthe\n118;Fout;Drenthe\n");

        var error = Assert.Throws<MsdUserException>(() => MunicipalityProfiles.FromCbsList(list, null, 1));
        Assert.Contains("gemeenten.csv:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_area_table_is_a_valid_workspace_area_table()
    {
        using var dir = new TempDirectory();
        Generator.Run(new GeneratorOptions(dir.Path, 5, GeneratorScale.Gemeenten, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), 0, null));

        var (table, issues) = AreaTable.Load(dir.Combine("gebiedsindeling.csv"), ["1690", "0118"]);

        Assert.Empty(issues);
        Assert.True(table.Areas.Count > 1_000);
        Assert.All(table.Areas, a => Assert.Equal(6, a.Postcode.Length));
    }
}
