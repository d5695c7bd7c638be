using System.Xml.Linq;
using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

public sealed class BerichtSoortenTests
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    [Fact]
    public void The_table_matches_the_namespace_and_berichtcode_of_every_official_xsd()
    {
        foreach (var soort in BerichtSoorten.All)
        {
            var file = Path.Combine(OfficialSchemas.Folder(soort.Wet, "xsd"), soort.Naam + ".xsd");
            Assert.True(soort.XsdGepubliceerd == File.Exists(file), $"{soort}: XsdGepubliceerd klopt niet met {file}.");
            if (!File.Exists(file))
                continue;
            var schema = XDocument.Load(file).Root!;
            var code = schema.Descendants(Xs + "element").First(e => (string?)e.Attribute("name") == "BerichtCode").Descendants(Xs + "pattern").Single();
            Assert.Equal(soort.Namespace, (string?)schema.Attribute("targetNamespace"));
            Assert.Equal(soort.BerichtCode, (string?)code.Attribute("value"));
            Assert.Equal(soort.BasisNamespace, schema.GetNamespaceOfPrefix(soort.BasisPrefix)?.NamespaceName);
        }
    }

    [Fact]
    public void The_iwmo_codes_without_an_xsd_are_those_of_the_vektis_list()
    {
        Assert.Equal(
            [("WMO302", "415"), ("WMO306", "419"), ("WMO308", "421"), ("WMO316", "445"), ("WMO318", "481"), ("WMO320", "483"), ("WMO325", "485")],
            BerichtSoorten.All.Where(s => !s.XsdGepubliceerd).Select(s => (s.Naam, s.BerichtCode)));
        Assert.Equal("http://www.istandaarden.nl/iwmo/3_2/wmo325/schema", BerichtSoorten.Get(Wet.Wmo, 325).Namespace);
    }

    [Theory]
    [InlineData(Wet.Jeugdwet)]
    [InlineData(Wet.Wmo)]
    public void Every_example_message_is_recognised_by_its_root_namespace(Wet wet)
    {
        foreach (var file in Directory.EnumerateFiles(OfficialSchemas.Folder(wet, "voorbeeldberichten"), "*.xml"))
        {
            var root = XDocument.Load(file).Root!;
            var soort = BerichtSoorten.FindByNamespace(root.Name.NamespaceName);

            Assert.NotNull(soort);
            Assert.Equal(Path.GetFileNameWithoutExtension(file), soort.Naam);
            Assert.Equal(soort.Prefix, root.GetPrefixOfNamespace(root.Name.Namespace));
            Assert.Equal(soort.BerichtCode, root.Descendants().First(e => e.Name.LocalName == "BerichtCode").Value);
            Assert.Equal(soort.AfzenderIsGemeente, root.Descendants().First(e => e.Name.LocalName == "Afzender").Value.Length == 4);
        }
    }

    [Fact]
    public void Another_release_is_not_recognised()
    {
        var legacy = Path.Combine(Path.GetDirectoryName(OfficialSchemas.Folder(Wet.Wmo, "xsd"))!, "..", "iwmo-2.0-legacy", "voorbeeldberichten");
        var files = Directory.GetFiles(legacy, "*.xml");

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Null(BerichtSoorten.FindByNamespace(XDocument.Load(f).Root!.Name.NamespaceName)));
        Assert.Null(BerichtSoorten.FindByNamespace("http://www.istandaarden.nl/ijw/3_3/jw301/schema"));
    }

    [Theory]
    [InlineData(Wet.Jeugdwet)]
    [InlineData(Wet.Wmo)]
    public void The_law_specific_code_lists_match_the_base_schema(Wet wet)
    {
        var basis = XDocument.Load(Path.Combine(OfficialSchemas.Folder(wet, "xsd"), "Basisschema.xsd")).Root!;
        HashSet<string> Enumeratie(string type) =>
            [.. basis.Elements(Xs + "simpleType").Single(t => (string?)t.Attribute("name") == type).Descendants(Xs + "enumeration").Select(e => (string)e.Attribute("value")!)];

        Assert.True(Enumeratie("LDT_ProductCategorie").SetEquals(WetCodes.ProductCategorieen(wet)));
        Assert.True(Enumeratie("LDT_RedenBeeindiging").SetEquals(WetCodes.RedenenBeeindiging(wet)));
    }

    [Fact]
    public void Versions_and_prefixes_follow_release_3_2()
    {
        var soort = BerichtSoorten.Get(Wet.Jeugdwet, 302);

        Assert.Equal((3, 2, "3.2"), (soort.BerichtVersie, soort.BerichtSubversie, soort.Release));
        Assert.Equal(("jw302", "ijw", 301, true), (soort.Prefix, soort.BasisPrefix, soort.RetourOp, soort.AfzenderIsGemeente));
        Assert.Null(BerichtSoorten.Get(Wet.Wmo, 325).RetourOp);
        Assert.Equal(28, BerichtSoorten.All.Select(s => s.Namespace).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => BerichtSoorten.Get(Wet.Wmo, 303));
    }
}
