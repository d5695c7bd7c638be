using System.Text.Json.Nodes;
using Msd.Catalog;
using Msd.Tests.Support;

namespace Msd.Tests.Catalog;

/// <summary>Check declarations in dataset files are read strictly, each mistake with file and line.</summary>
public sealed class DataCheckCatalogTests
{
    [Fact]
    public void Mistakes_in_check_declarations_are_reported_with_file_and_line()
    {
        using var dir = new TempDirectory();
        dir.Write("catalog/datasets/melding.yaml", """
            id: melding
            title: Meldingen
            description: Meldingen.
            domain: wmo
            kind: fact
            grain: Eén rij per melding.
            columns:
              - {name: gemeente_code, type: text, description: Gemeente., personal_data: none}
              - {name: soort, type: text, description: Soort., personal_data: none}
              - {name: datum, type: date, description: Datum., personal_data: none}
            checks:
              - id: m-een
                kind: volledigheid
                title: Soort gevuld
                severity: fout
                column: sort
              - id: m-twee
                kind: geldigheid
                title: Soort geldig
                severity: ernstig
                column: soort
              - id: m-drie
                kind: referentie
                title: Bestaat
                severity: fout
                columns: [soort]
                references: meldingen
                max_age_days: 3
              - id: m-een
                kind: actualiteit
                title: Bij
                severity: fout
                max_age_days: 30
              - id: m-vijf
                kind: volume
                title: Volume
                severity: waarschuwing
                per: levering
                max_decrease_percent: 30
                drempel: 5
              - id: m-zes
                kind: tijdigheid
                title: Op tijd
                severity: fout
                from: datum
                to: soort
                limit: 3
            """);

        var (_, issues) = CatalogLoader.Load(dir.Combine("catalog"));

        var file = Path.Combine(dir.Path, "catalog", "datasets", "melding.yaml");
        string[] expected =
        [
            "16: De kolom 'sort' bestaat niet in dataset 'melding'. Bedoelt u 'soort'?",
            "20: 'ernstig' is geen geldige waarde voor 'severity'",
            "27: De dataset 'meldingen' bestaat niet in catalog/datasets",
            "28: 'max_age_days' hoort niet bij een controle van soort 'referentie'",
            "29: De id 'm-een' is al gebruikt voor een controle",
            "29: Een controle van soort 'actualiteit' leest de datumkolom uit het 'time'-blok",
            "34: Een volumecontrole per levering telt de rijen per geleverd bestand, maar geen bronkoppeling",
            "40: Onbekende sleutel 'drempel'",
            "41: Een controle van soort 'tijdigheid' heeft de sleutel 'unit' nodig",
            "46: De kolom 'soort' moet type date of timestamp hebben",
        ];
        foreach (var e in expected)
        {
            var (line, fragment) = (int.Parse(e[..2], System.Globalization.CultureInfo.InvariantCulture), e[4..]);
            Assert.True(issues.Any(i => i.At.Line == line && i.Message.Contains(fragment, StringComparison.Ordinal) && Path.GetFullPath(i.At.File) == file),
                $"verwacht op regel {line}: {fragment}\nwel gemeld:\n{string.Join('\n', issues)}");
        }
    }

    [Fact]
    public void The_dataset_schema_lists_the_check_vocabulary_of_the_loader()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.ShippedCatalog, "schema", "dataset.schema.json")))!;
        var check = schema["$defs"]!["check"]!["properties"]!;

        string[] Enum(string key) => [.. check[key]!["enum"]!.AsArray().Select(v => v!.GetValue<string>())];

        Assert.Equal(DataCheckVocabulary.Kinds, Enum("kind"));
        Assert.Equal(DataCheckVocabulary.Severities, Enum("severity"));
        Assert.Equal(DataCheckVocabulary.VolumeBases, Enum("per"));
        Assert.Equal(DataCheckVocabulary.TimelinessUnits, Enum("unit"));
    }

    [Fact]
    public void The_shipped_catalogue_declares_a_check_of_every_kind_but_volume_per_month()
    {
        var (catalog, _) = CatalogLoader.Load(TestEnvironment.ShippedCatalog);

        Assert.Equal(DataCheckVocabulary.Kinds.Order(StringComparer.Ordinal), catalog.Checks.Select(c => c.Kind).Distinct().Order(StringComparer.Ordinal));
    }
}
