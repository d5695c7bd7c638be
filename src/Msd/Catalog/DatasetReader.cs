namespace Msd.Catalog;

internal static class DatasetReader
{
    public static DatasetDefinition? Read(YamlMap map)
    {
        var id = Ids.Snake(map, "id", "een dataset");
        var title = map.String("title", required: true);
        var description = map.String("description", required: true);
        var domain = map.Choice("domain", Domains.Ids, required: true);
        var kind = map.Choice("kind", CatalogVocabulary.DatasetKinds, required: true);
        var grain = map.String("grain", required: true);
        var key = map.StringList("key");
        var revision = map.LocatedString("revision_column");
        var time = ReadTime(map.Map("time"));
        var retention = map.Int("retention_years", min: 1);
        var columns = map.MapList("columns", required: true).Select(ReadColumn).OfType<DatasetColumn>().ToList();
        var checks = map.MapList("checks").Select(c => ReadCheck(c, id)).OfType<DataCheck>().ToList();
        foreach (var duplicate in columns.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            map.Issues.Error(duplicate.Last().At, $"De kolom '{duplicate.Key}' staat meer dan eens in deze dataset.");
        // returned despite other mistakes, so KPIs that use it are still checked against its columns
        return id is null ? null : new DatasetDefinition(id, title ?? "", description ?? "", domain?.Value ?? "", kind?.Value ?? "", grain ?? "", key, time, retention, columns, map.At) { Checks = checks, RevisionColumn = revision };
    }

    private static DatasetTime? ReadTime(YamlMap? map)
    {
        if (map is null)
            return null;
        var kind = map.Choice("kind", CatalogVocabulary.TimeKinds, required: true);
        var from = map.LocatedString("from", required: true);
        var to = map.LocatedString("to");
        map.RejectUnknownKeys();
        if (kind?.Value == "interval" && to is null)
            map.Issues.Error(map.At, "Een tijdvak van soort 'interval' heeft zowel 'from' als 'to' nodig (begin- en einddatumkolom).");
        if (kind?.Value != "interval" && to is not null)
            map.Issues.Error(to.At, $"'to' hoort alleen bij soort 'interval', niet bij '{kind?.Value}'.");
        return kind is null || from is null ? null : new DatasetTime(kind.Value, from, to);
    }

    private static DataCheck? ReadCheck(YamlMap map, string? datasetId)
    {
        var check = DataCheckReader.Read(map, datasetId);
        map.RejectUnknownKeys();
        return check;
    }

    private static DatasetColumn? ReadColumn(YamlMap map)
    {
        var name = Ids.Snake(map, "name", "een kolom");
        var type = map.Choice("type", CatalogVocabulary.ColumnTypes, required: true);
        var description = map.String("description", required: true);
        var source = map.String("source");
        var personal = map.Choice("personal_data", CatalogVocabulary.PersonalDataKinds, required: true);
        var legalBasis = map.String("legal_basis");
        var purpose = map.String("purpose");
        var codeList = map.LocatedString("codelist");
        var required = map.Bool("required") ?? false;
        map.RejectUnknownKeys();
        if (personal is not null && personal.Value != "none" && (legalBasis is null || purpose is null))
            map.Issues.Error(personal.At, $"De kolom '{name}' bevat persoonsgegevens ({personal.Value}): vul 'legal_basis' (grondslag) en 'purpose' (doel) in, zoals de AVG vraagt.");
        if (name is null || type is null || description is null || personal is null)
            return null;
        return new DatasetColumn(name, CatalogVocabulary.ParseColumnType(type.Value), description, source, personal.Value, legalBasis, purpose, codeList, required, map.At);
    }
}
