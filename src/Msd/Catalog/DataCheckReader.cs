namespace Msd.Catalog;

/// <summary>Reads the <c>checks:</c> of a dataset file strictly: every key must belong to the check's kind.</summary>
internal static class DataCheckReader
{
    public static DataCheck? Read(YamlMap map, string? datasetId)
    {
        var id = Ids.Kebab(map, "id");
        var kind = map.Choice("kind", DataCheckVocabulary.Kinds, required: true);
        var title = map.String("title", required: true);
        var severity = map.Choice("severity", DataCheckVocabulary.Severities, required: true);
        var description = map.String("description");
        var column = map.LocatedString("column");
        var columns = map.StringList("columns");
        var codeList = map.LocatedString("codelist");
        var references = map.LocatedString("references");
        var referenced = map.StringList("referenced_columns");
        var maxPercent = map.Decimal("max_percent");
        var maxAge = map.Int("max_age_days", min: 0);
        var per = map.Choice("per", DataCheckVocabulary.VolumeBases);
        var decrease = map.Decimal("max_decrease_percent");
        var increase = map.Decimal("max_increase_percent");
        var minCount = map.Int("min_count", min: 0);
        var from = map.LocatedString("from");
        var to = map.LocatedString("to");
        var limit = map.Int("limit", min: 0);
        var unit = map.Choice("unit", DataCheckVocabulary.TimelinessUnits);
        if (kind is not null)
            CheckKeys(map, kind.Value);
        if (maxPercent is < 0 or > 100)
            map.Issues.Error(map.LocateKey("max_percent"), $"'max_percent' is een percentage van 0 tot en met 100, niet {maxPercent}.");
        if (kind?.Value == "volume" && decrease is null && increase is null)
            map.Issues.Error(map.At, "Een volumecontrole heeft 'max_decrease_percent' (hoeveel procent minder mag) of 'max_increase_percent' (hoeveel procent meer), of beide.");
        if (id is null || kind is null || title is null || severity is null || datasetId is null)
            return null;
        return new DataCheck(id, kind.Value, title, severity.Value, datasetId, column is null ? columns : [column], map.At)
        {
            Description = description,
            CodeList = codeList,
            References = references,
            ReferencedColumns = referenced,
            MaxPercent = maxPercent ?? 0,
            MaxAgeDays = maxAge,
            Per = per?.Value,
            MaxDecreasePercent = decrease,
            MaxIncreasePercent = increase,
            MinCount = minCount ?? 0,
            From = from,
            To = to,
            Limit = limit,
            Unit = unit?.Value,
        };
    }

    private static void CheckKeys(YamlMap map, string kind)
    {
        var (required, optional) = DataCheckVocabulary.Keys[kind];
        var present = map.KeyLocations();
        foreach (var key in required.Where(k => !present.ContainsKey(k)))
            map.Issues.Error(map.At, $"Een controle van soort '{kind}' heeft de sleutel '{key}' nodig.");
        foreach (var (key, at) in present)
        {
            if (!DataCheckVocabulary.CommonKeys.Contains(key) && !required.Contains(key) && !optional.Contains(key) && AnyKindTakes(key))
                map.Issues.Error(at, $"'{key}' hoort niet bij een controle van soort '{kind}'. Toegestaan: {string.Join(", ", required.Concat(optional))}.");
        }
    }

    // unknown keys (typos) are reported by RejectUnknownKeys with a suggestion
    private static bool AnyKindTakes(string key) =>
        DataCheckVocabulary.Keys.Values.Any(k => k.Required.Contains(key) || k.Optional.Contains(key));
}
