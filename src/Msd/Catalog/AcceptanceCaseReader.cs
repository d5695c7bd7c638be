using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Msd.Catalog;

/// <summary>Reads one file of <c>catalog/acceptance/</c> strictly; the cross-file checks are in <see cref="AcceptanceCaseChecks"/>.</summary>
internal static class AcceptanceCaseReader
{
    public const string DefaultArea = "GM1690";

    public static readonly string[] Disclosures = ["getoond", "onderdrukt"];

    public static AcceptanceSuite? Read(YamlMap map)
    {
        var kpi = map.LocatedString("kpi", required: true);
        var cases = map.MapList("cases", required: true).Select(Case).ToList();
        if (map.Has("cases") && cases.Count == 0)
            map.Issues.Error(map.LocateKey("cases"), "Een bestand met acceptatiegevallen heeft minstens één geval onder 'cases'.");
        return kpi is null ? null : new AcceptanceSuite(kpi, [.. cases.OfType<AcceptanceCase>()], map.At);
    }

    private static AcceptanceCase? Case(YamlMap map)
    {
        var id = Ids.Kebab(map, "id");
        var title = map.String("title", required: true);
        var description = map.String("description", required: true);
        var period = map.LocatedString("period", required: true);
        var area = map.LocatedString("area") ?? new Located<string>(DefaultArea, map.At);
        var fixture = Tables(map.Map("fixture", required: true), raw: false).Concat(Tables(map.Map("messages"), raw: true)).ToList();
        var expected = map.Map("expected", required: true) is { } e ? Expected(e) : null;
        map.RejectUnknownKeys();
        return id is null || title is null || description is null || period is null || expected is null
            ? null
            : new AcceptanceCase(id, title, description, period, area, fixture, expected, map.At);
    }

    private static IEnumerable<FixtureTable> Tables(YamlMap? map, bool raw)
    {
        if (map is null)
            yield break;
        foreach (var (table, node) in map.Entries())
        {
            if (node is not YamlSequenceNode rows)
            {
                map.Issues.Error(map.Locate(node), $"'{table.Value}' moet een lijst van rijen zijn (regels die met '- ' beginnen, elk een blok 'kolom: waarde').");
                continue;
            }
            yield return new FixtureTable(table, raw, [.. rows.Children.Select(r => Row(map, r)).OfType<FixtureRow>()]);
        }
    }

    private static FixtureRow? Row(YamlMap parent, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            parent.Issues.Error(parent.Locate(node), "Een rij is een blok 'kolom: waarde', bijvoorbeeld {client_id: p001, ingangsdatum: 2024-03-01}.");
            return null;
        }
        var row = new YamlMap(mapping, parent.File, parent.Issues);
        var values = new List<FixtureValue>();
        foreach (var (column, value) in row.Entries())
        {
            if (value is not YamlScalarNode scalar)
            {
                row.Issues.Error(row.Locate(value), $"De waarde van kolom '{column.Value}' moet één waarde zijn, geen lijst of blok.");
                continue;
            }
            var empty = scalar.Value is null or "" || (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null");
            values.Add(new FixtureValue(column, empty ? null : scalar.Value, row.Locate(scalar)));
        }
        return new FixtureRow(values, row.At);
    }

    private static ExpectedOutcome Expected(YamlMap map)
    {
        var exact = Numbers(map);
        var disclosure = map.Choice("disclosure", Disclosures, required: true);
        var publishedMap = map.Map("published");
        var published = publishedMap is null ? null : Numbers(publishedMap);
        publishedMap?.RejectUnknownKeys();
        map.RejectUnknownKeys();
        if (exact.Value is null)
            map.Issues.Error(map.At, "Een acceptatiegeval verwacht een 'value': de uitkomst van de KPI voor onthullingsbeheer.");
        if (disclosure?.Value == "onderdrukt" && published is not null)
            map.Issues.Error(map.LocateKey("published"), "Een onderdrukte waarde wordt niet getoond: laat 'published' weg of verwacht 'disclosure: getoond'.");
        return new ExpectedOutcome(exact, disclosure, published, map.At);
    }

    private static ExpectedNumbers Numbers(YamlMap map)
    {
        Located<decimal>? Number(string key) => map.Decimal(key) is { } d ? new Located<decimal>(d, map.LocateKey(key)) : null;
        return new ExpectedNumbers(Number("numerator"), Number("denominator"), Number("value"));
    }
}
