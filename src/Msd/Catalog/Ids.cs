namespace Msd.Catalog;

/// <summary>Reads identifiers and checks their spelling rules, which keep URLs and SQL names stable.</summary>
internal static class Ids
{
    public static string? Kebab(YamlMap map, string key)
    {
        var id = map.LocatedString(key, required: true);
        if (id is null)
            return null;
        if (!CatalogLoader.IsKebabId(id.Value))
            map.Issues.Error(id.At, $"De id '{id.Value}' moet in kleine letters met koppeltekens (bijvoorbeeld 'jeugd-jongeren-met-jeugdhulp'): alleen a-z, 0-9 en '-'.");
        return id.Value;
    }

    public static string? Snake(YamlMap map, string key, string what)
    {
        var id = map.LocatedString(key, required: true);
        if (id is null)
            return null;
        if (!CatalogLoader.IsSnakeId(id.Value))
            map.Issues.Error(id.At, $"De naam '{id.Value}' van {what} moet in kleine letters met lage streepjes (bijvoorbeeld 'jeugdhulp_toewijzing'): het wordt een naam in SQL.");
        return id.Value;
    }
}
