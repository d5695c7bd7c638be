using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using Msd.Catalog;
using Msd.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Msd.Tests.Catalog;

/// <summary>The JSON Schemas editors use must accept every shipped file and agree with the loader's vocabulary.</summary>
public sealed class CatalogSchemaTests
{
    // JsonSchema.Net registers schemas globally by $id, so each is loaded once per test run
    private static readonly Dictionary<string, JsonSchema> Schemas = new[] { "document", "dataset", "codelist", "kpi", "source", "acceptance" }
        .ToDictionary(k => k, k => JsonSchema.FromFile(Path.Combine(TestEnvironment.ShippedCatalog, "schema", k + ".schema.json")));

    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "documents", "datasets", "codelists", "kpis", "sources", "acceptance" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestEnvironment.ShippedCatalog, folder), "*.yaml").Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(TestEnvironment.ShippedCatalog, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_file_satisfies_its_json_schema(string relativePath)
    {
        var kind = relativePath.Split('/')[0] switch { "documents" => "document", "datasets" => "dataset", "codelists" => "codelist", "sources" => "source", "acceptance" => "acceptance", _ => "kpi" };
        var json = YamlAsJson(Path.Combine(TestEnvironment.ShippedCatalog, relativePath));

        var result = Schemas[kind].Evaluate(Element(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join('\n', errors));
    }

    [Fact]
    public void A_file_with_an_unknown_key_and_a_bad_enum_fails_the_schema()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.yaml", "id: x\ntitle: X\ncodes:\n  - code: \"01\"\n    label: Een\n    kleur: rood\n");

        Assert.False(Schemas["codelist"].Evaluate(Element(YamlAsJson(file))).IsValid);
    }

    [Fact]
    public void Acceptance_schema_disclosures_equal_the_reader()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.ShippedCatalog, "schema", "acceptance.schema.json")))!;

        Assert.Contains(Enums(schema), e => e.SequenceEqual(AcceptanceCaseReader.Disclosures));
    }

    [Fact]
    public void Schema_enumerations_equal_the_loader_vocabulary()
    {
        var kpi = JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.ShippedCatalog, "schema", "kpi.schema.json")))!;
        var enums = Enums(kpi).ToList();

        foreach (var vocabulary in new[] { CatalogVocabulary.KpiStatuses, CatalogVocabulary.KpiTypes, CatalogVocabulary.Units, CatalogVocabulary.Aggregates, CatalogVocabulary.Directions, CatalogVocabulary.Priorities, CatalogVocabulary.DeadlineUnits, [.. Domains.Ids] })
            Assert.Contains(enums, e => e.SequenceEqual(vocabulary));
    }

    [Fact]
    public void Source_schema_enumerations_equal_the_loader_vocabulary()
    {
        var source = JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.ShippedCatalog, "schema", "source.schema.json")))!;
        var enums = Enums(source).ToList();

        foreach (var vocabulary in new[] { SourceVocabulary.Formats, SourceVocabulary.Deliveries, SourceVocabulary.Encodings, SourceVocabulary.Delimiters, SourceVocabulary.DecimalSeparators, SourceVocabulary.DateFormats, SourceVocabulary.ReferenceDateSources, SourceVocabulary.ReferenceDateFormats, SourceVocabulary.SourceTypes, SourceVocabulary.Transforms, SourceVocabulary.DerivedTransforms, SourceVocabulary.MutationKinds })
            Assert.Contains(enums, e => e.SequenceEqual(vocabulary));
    }

    [Fact]
    public void A_source_with_a_bsn_kept_as_it_is_fails_the_schema()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.yaml", """
            id: x
            title: X
            system: Suite4Sociaal Domein
            format: csv
            delivery: full_extract
            file_pattern: x_{peildatum}.csv
            reference_date: { from: file_name, format: yyyy-MM }
            encoding: utf-8-bom
            delimiter: ";"
            decimal_separator: ","
            date_format: dd-MM-yyyy
            target: x
            key: [BSN]
            columns:
              - source: BSN
                target: client_id
                type: bsn
            """);

        Assert.False(Schemas["source"].Evaluate(Element(YamlAsJson(file))).IsValid);
    }

    private static System.Text.Json.JsonElement Element(JsonNode? node) =>
        System.Text.Json.JsonSerializer.SerializeToElement(node);

    private static IEnumerable<string[]> Enums(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            if (obj["enum"] is JsonArray values)
                yield return [.. values.Select(v => v!.GetValue<string>())];
            foreach (var child in obj.SelectMany(p => Enums(p.Value)))
                yield return child;
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.SelectMany(Enums))
                yield return child;
        }
    }

    /// <summary>YAML as an editor's schema validator sees it: plain scalars become numbers, booleans or null where they look like one.</summary>
    internal static JsonNode? YamlAsJson(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) && (!s.Value!.StartsWith('0') || s.Value == "0") => JsonValue.Create(l),
        YamlScalarNode { Style: ScalarStyle.Plain } s when decimal.TryParse(s.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}
