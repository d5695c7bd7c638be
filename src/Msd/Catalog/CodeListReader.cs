namespace Msd.Catalog;

internal static class CodeListReader
{
    public static CodeList? Read(YamlMap map)
    {
        var id = Ids.Kebab(map, "id");
        var title = map.String("title", required: true);
        var source = map.String("source");
        var mappings = map.MapList("mappings").Select(ReadMapping).OfType<CodeListMapping>().ToList();
        var codes = new List<CodeListEntry>();
        foreach (var entry in map.MapList("codes", required: true))
        {
            var code = entry.Code("code", required: true);
            var label = entry.String("label", required: true);
            var deprecated = entry.Bool("deprecated") ?? false;
            var maps = ReadMaps(entry, mappings);
            entry.RejectUnknownKeys();
            if (code is null || label is null)
                continue;
            if (codes.Exists(c => string.Equals(c.Code, code.Value, StringComparison.Ordinal)))
                map.Issues.Error(code.At, $"De code '{code.Value}' staat twee keer in deze codelijst.");
            else
                codes.Add(new CodeListEntry(code.Value, label, deprecated, maps));
        }
        if (id is null || title is null)
            return null;
        return new CodeList(id, title, source, codes, map.At) { Mappings = mappings };
    }

    private static CodeListMapping? ReadMapping(YamlMap map)
    {
        var id = Ids.Kebab(map, "id");
        var title = map.String("title", required: true);
        var values = map.MapList("values", required: true)
            .Select(v => (Code: v.Code("code", required: true), Label: v.String("label", required: true), Map: v))
            .Select(v => { v.Map.RejectUnknownKeys(); return v; })
            .Where(v => v.Code is not null && v.Label is not null)
            .Select(v => new CodeListEntry(v.Code!.Value, v.Label!, false))
            .ToList();
        map.RejectUnknownKeys();
        return id is null || title is null ? null : new CodeListMapping(id, title, values);
    }

    /// <summary>The code's <c>maps</c>: each key a declared mapping, each value one of that mapping's values.</summary>
    private static Dictionary<string, string>? ReadMaps(YamlMap entry, List<CodeListMapping> mappings)
    {
        if (!entry.Has("maps"))
            return null;
        var maps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value, _) in entry.Pairs("maps"))
        {
            var mapping = mappings.FirstOrDefault(m => m.Id == key.Value);
            if (mapping is null)
                entry.Issues.Error(key.At, $"'{key.Value}' is geen mapping van deze codelijst. Declareer haar onder 'mappings' of kies uit: {string.Join(", ", mappings.Select(m => m.Id))}.");
            else if (!mapping.Values.Any(v => v.Code == value.Value))
                entry.Issues.Error(value.At, $"'{value.Value}' is geen waarde van mapping '{key.Value}'. Kies uit: {string.Join(", ", mapping.Values.Select(v => v.Code))}.");
            else
                maps[key.Value] = value.Value;
        }
        return maps;
    }
}
