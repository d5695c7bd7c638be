using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Msd.Catalog;
using Msd.Tests.Catalog;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Cbs.CbsTestSupport;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>The CBS tables in the catalogue (catalog/cbs): strict reading with file, line and column, and the JSON Schema for editors.</summary>
public sealed class CbsCatalogTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(TestEnvironment.ShippedCatalog, "schema", "cbs.schema.json"));

    [Fact]
    public void Every_mistake_in_a_table_mapping_is_reported_with_file_line_and_column()
    {
        using var dir = new TempDirectory();
        CopyDataset(dir);
        dir.Write("catalog/cbs/85098ned.yaml", """
            id: 85098ned
            table: 85098NED
            titel: Jeugdzorg
            api: v5
            region: RegioS
            period: Perioden
            fixed_period: 2023JJ01
            filters:
              Leeftijd: 10000
              RegioS: GM1690
            measures:
              - measure: A_1
                indicator: jeugdhulp-procent
                unit: "%"
              - measure: B_2
                indicator: jeugdhulp-procent
                unit: "%"
                reference_date: eind
            """);
        dir.Write("catalog/cbs/verkeerd.yaml", """
            id: verkeerd
            table: 85099NED
            title: Verkeerde id en geen periode
            region: RegioS
            measures:
              - measure: A_1
                indicator: jeugdhulp-pct
                unit: "%"
            """);

        var (catalog, issues) = CatalogLoader.Load(dir.Combine("catalog"));
        var text = issues.Select(i => i.ToString()).ToList();

        (string At, string Fragment)[] expected =
        [
            ("cbs/85098ned.yaml:1:1", "De verplichte sleutel 'title' ontbreekt"),
            ("cbs/85098ned.yaml:3:1", "Onbekende sleutel 'titel'. Bedoelt u 'title'?"),
            ("cbs/85098ned.yaml:4:6", "'v5' is geen geldige waarde voor 'api'. Kies uit: v3, v4."),
            ("cbs/85098ned.yaml:7:15", "'fixed_period' hoort alleen bij een tabel zonder periodedimensie"),
            ("cbs/85098ned.yaml:7:15", "'2023JJ01' is geen CBS-periodecode"),
            ("cbs/85098ned.yaml:9:13", "Zet de code 10000 tussen aanhalingstekens"),
            ("cbs/85098ned.yaml:10:3", "'RegioS' is de regio- of periodedimensie"),
            ("cbs/85098ned.yaml:16:16", "De indicator 'jeugdhulp-procent' komt al uit een ander onderwerp van deze tabel"),
            ("cbs/85098ned.yaml:18:21", "'eind' is geen geldige waarde voor 'reference_date'. Kies uit: period_start, period_end."),
            ("cbs/verkeerd.yaml:1:1", "De id van een CBS-tabel is het tabelnummer in kleine letters: '85099ned'"),
            ("cbs/verkeerd.yaml:1:1", "Noem de dimensie met de perioden in 'period'"),
        ];
        foreach (var (at, fragment) in expected)
        {
            Assert.True(text.Exists(t => t.Contains(at, StringComparison.Ordinal) && t.Contains(fragment, StringComparison.Ordinal)),
                $"Verwacht bij {at}: '{fragment}'. Gevonden:\n{string.Join('\n', text)}");
        }
        Assert.Empty(catalog.CbsTables);
    }

    [Fact]
    public void An_indicator_outside_the_code_list_is_named_with_a_suggestion()
    {
        using var dir = new TempDirectory();
        CopyDataset(dir);
        dir.Write("catalog/cbs/86050ned.yaml", V4Fixture.Mapping.Replace("indicator: wmo-clienten\n", "indicator: wmo-client\n", StringComparison.Ordinal));

        var (catalog, issues) = CatalogLoader.Load(dir.Combine("catalog"));

        var issue = Assert.Single(issues);
        Assert.Contains("cbs/86050ned.yaml:11:16: fout: De indicator 'wmo-client' staat niet in codelijst 'cbs-indicator'", issue.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bedoelt u 'wmo-clienten'?", issue.Message, StringComparison.Ordinal);
        Assert.Equal("86050NED", Assert.Single(catalog.CbsTables).Table);
    }

    [Fact]
    public void The_shipped_tables_satisfy_the_json_schema_and_it_agrees_with_the_reader()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestEnvironment.ShippedCatalog, "cbs"), "*.yaml"))
        {
            var result = Schema.Evaluate(Element(CatalogSchemaTests.YamlAsJson(file)), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, file);
        }
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.ShippedCatalog, "schema", "cbs.schema.json")))!;
        var enums = Enums(schema).ToList();
        Assert.Contains(enums, e => e.SequenceEqual(CbsVocabulary.Apis));
        Assert.Contains(enums, e => e.SequenceEqual(CbsVocabulary.ReferenceDates));
    }

    [Fact]
    public void A_table_with_both_a_period_dimension_and_a_fixed_period_fails_the_schema()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.yaml", "id: x\ntable: X\ntitle: X\nregion: RegioS\nperiod: Perioden\nfixed_period: 2023JJ00\nmeasures:\n  - measure: A\n    indicator: inwoners\n    unit: aantal\n");

        Assert.False(Schema.Evaluate(Element(CatalogSchemaTests.YamlAsJson(file))).IsValid);
        Assert.Equal(9, Shipped.CbsTables.Count);
    }

    private static void CopyDataset(TempDirectory dir)
    {
        dir.Write("catalog/datasets/cbs_indicator.yaml", File.ReadAllText(Path.Combine(TestEnvironment.ShippedCatalog, "datasets", "cbs_indicator.yaml")));
        foreach (var list in new[] { "cbs-indicator", "regio-niveau", "cijferstatus" })
            dir.Write($"catalog/codelists/{list}.yaml", File.ReadAllText(Path.Combine(TestEnvironment.ShippedCatalog, "codelists", list + ".yaml")));
    }

    private static JsonElement Element(JsonNode? node) => JsonSerializer.SerializeToElement(node);

    private static IEnumerable<string[]> Enums(JsonNode? node) => node switch
    {
        JsonObject obj => (obj["enum"] is JsonArray values ? [[.. values.Select(v => v!.GetValue<string>())]] : Enumerable.Empty<string[]>()).Concat(obj.SelectMany(p => Enums(p.Value))),
        JsonArray array => array.SelectMany(Enums),
        _ => [],
    };
}
