namespace Msd.Catalog;

internal static class CodeListReader
{
    public static CodeList? Read(YamlMap map)
    {
        var id = Ids.Kebab(map, "id");
        var title = map.String("title", required: true);
        var source = map.String("source");
        var codes = new List<CodeListEntry>();
        foreach (var entry in map.MapList("codes", required: true))
        {
            var code = entry.Code("code", required: true);
            var label = entry.String("label", required: true);
            var deprecated = entry.Bool("deprecated") ?? false;
            entry.RejectUnknownKeys();
            if (code is null || label is null)
                continue;
            if (codes.Exists(c => string.Equals(c.Code, code.Value, StringComparison.Ordinal)))
                map.Issues.Error(code.At, $"De code '{code.Value}' staat twee keer in deze codelijst.");
            else
                codes.Add(new CodeListEntry(code.Value, label, deprecated));
        }
        if (id is null || title is null)
            return null;
        return new CodeList(id, title, source, codes, map.At);
    }
}
