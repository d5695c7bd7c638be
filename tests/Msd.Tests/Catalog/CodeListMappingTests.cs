using Msd.Catalog;
using Msd.Tests.Support;

namespace Msd.Tests.Catalog;

/// <summary>Code-list mappings (product category → CBS hulpvorm, Iv3 taakveld → domain) as the catalogue reads and checks them.</summary>
public sealed class CodeListMappingTests
{
    [Fact]
    public void The_shipped_mappings_cover_every_code_with_a_declared_value()
    {
        var catalog = CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog;

        foreach (var (list, mapping) in new[] { ("productcategorie-jeugd", "cbs-hulpvorm"), ("iv3-taakveld", "domein") })
        {
            var codes = catalog.CodeList(list)!;
            var map = codes.Mapping(mapping)!;
            Assert.Equal(codes.Codes.Select(c => c.Code), map.Pairs(codes).Select(p => p.Code));
            Assert.All(map.Pairs(codes), p => Assert.Contains(map.Values, v => v.Code == p.Value));
        }
        Assert.Equal("MV", catalog.CodeList("productcategorie-jeugd")!.Codes.Single(c => c.Code == "43").Maps!["cbs-hulpvorm"]);
    }

    [Fact]
    public void An_undeclared_mapping_an_unknown_value_and_a_breakdown_on_a_missing_mapping_are_reported_where_they_are()
    {
        using var dir = new TempDirectory();
        var root = dir.Combine("catalog");
        foreach (var file in Directory.EnumerateFiles(TestEnvironment.ShippedCatalog, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(TestEnvironment.ShippedCatalog, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var codes = Path.Combine(root, "codelists", "productcategorie-jeugd.yaml");
        var text = File.ReadAllText(codes);
        var first = text.IndexOf("maps: {cbs-hulpvorm: ZV}", StringComparison.Ordinal);
        File.WriteAllText(codes, text[..first] + "maps: {cbs-hulpvorm: XX, hulpsoort: ZV}" + text[(first + "maps: {cbs-hulpvorm: ZV}".Length)..]);
        var kpi = Path.Combine(root, "kpis", "jeugd-jongeren-met-jeugdhulp.yaml");
        File.WriteAllText(kpi, File.ReadAllText(kpi).Replace("mapping: cbs-hulpvorm", "mapping: hulp-vorm", StringComparison.Ordinal));

        var (_, issues) = CatalogLoader.Load(root);
        var text2 = issues.Where(i => i.Severity == IssueSeverity.Fout).Select(i => i.ToString()).ToList();

        Assert.Contains(text2, t => t.Contains("productcategorie-jeugd.yaml", StringComparison.Ordinal) && t.Contains("'XX' is geen waarde van mapping 'cbs-hulpvorm'", StringComparison.Ordinal));
        Assert.Contains(text2, t => t.Contains("'hulpsoort' is geen mapping van deze codelijst", StringComparison.Ordinal));
        Assert.Contains(text2, t => t.Contains("jeugd-jongeren-met-jeugdhulp.yaml", StringComparison.Ordinal) && t.Contains("geen codelijst met mapping 'hulp-vorm'", StringComparison.Ordinal));
    }
}
