namespace Msd.Catalog;

/// <summary>Reads one source mapping (catalog/sources/&lt;id&gt;.yaml) and checks what can be checked within the file.</summary>
internal static class SourceReader
{
    public static SourceMapping? Read(YamlMap map)
    {
        var id = Ids.Kebab(map, "id");
        var title = map.String("title", required: true);
        var description = map.String("description");
        var system = map.String("system", required: true);
        var format = map.Choice("format", SourceVocabulary.Formats, required: true);
        var delivery = map.Choice("delivery", SourceVocabulary.Deliveries, required: true);
        var filePattern = map.LocatedString("file_pattern", required: true);
        var dateFormat = map.Choice("date_format", SourceVocabulary.DateFormats, required: true);
        var referenceDate = ReadReferenceDate(map.Map("reference_date", required: true), dateFormat);
        var encoding = map.Choice("encoding", SourceVocabulary.Encodings);
        var delimiter = map.Choice("delimiter", SourceVocabulary.Delimiters);
        var decimalSeparator = map.Choice("decimal_separator", SourceVocabulary.DecimalSeparators);
        var sheet = map.String("sheet");
        var headerRow = map.Int("header_row", min: 1) ?? 1;
        var marker = map.String("synthetic_marker");
        var target = map.LocatedString("target", required: true);
        var key = map.StringList("key", required: true);
        var mutation = ReadMutation(map.Map("mutation"));
        var columns = map.MapList("columns", required: true).Select(SourceColumnReader.ReadColumn).OfType<SourceColumn>().ToList();
        var derived = map.MapList("derived").Select(SourceColumnReader.ReadDerived).OfType<DerivedColumn>().ToList();
        var ignore = map.MapList("ignore").Select(SourceColumnReader.ReadIgnored).OfType<IgnoredColumn>().ToList();

        if (target is not null && !CatalogLoader.IsSnakeId(target.Value))
            map.Issues.Error(target.At, $"'target' is de id van een dataset (kleine letters met lage streepjes), niet '{target.Value}'.");
        if (key.Count == 0 && map.Has("key"))
            map.Issues.Error(map.LocateKey("key"), "Noem in 'key' minstens één bronkolom die een record aanwijst; zonder sleutel kan een levering niets vervangen of wijzigen.");
        CheckFormat(map, format?.Value, filePattern, encoding, delimiter, decimalSeparator, sheet);
        CheckDelivery(map, delivery?.Value, mutation);
        if (filePattern is not null && referenceDate is not null)
            CheckFilePattern(map, filePattern, referenceDate);

        if (id is null || title is null || system is null || format is null || delivery is null || filePattern is null || dateFormat is null || target is null)
            return null;
        return new SourceMapping(id, title, description, system, format.Value, delivery.Value, filePattern, referenceDate,
            encoding?.Value, delimiter?.Value, decimalSeparator?.Value, dateFormat.Value, sheet, headerRow, marker, target, key, mutation,
            columns, derived, ignore, map.At);
    }

    private static SourceReferenceDate? ReadReferenceDate(YamlMap? map, Located<string>? dateFormat)
    {
        if (map is null)
            return null;
        var from = map.Choice("from", SourceVocabulary.ReferenceDateSources, required: true);
        var format = map.Choice("format", SourceVocabulary.ReferenceDateFormats);
        var column = map.LocatedString("column");
        map.RejectUnknownKeys();
        if (from?.Value == "file_name" && format is null)
            map.Issues.Error(map.At, "Een peildatum uit de bestandsnaam heeft 'format' nodig: hoe de datum in de naam staat (bijvoorbeeld yyyy-MM).");
        if (from?.Value == "column" && column is null)
            map.Issues.Error(map.At, "Een peildatum uit een kolom heeft 'column' nodig: de kop van die kolom.");
        if (from?.Value == "file_name" && column is not null)
            map.Issues.Error(column.At, "'column' hoort alleen bij from: column.");
        if (from is null)
            return null;
        return new SourceReferenceDate(from.Value, format?.Value ?? dateFormat?.Value ?? "dd-MM-yyyy", column);
    }

    private static SourceMutation? ReadMutation(YamlMap? map)
    {
        if (map is null)
            return null;
        var column = map.LocatedString("column", required: true);
        var codes = map.Pairs("codes");
        if (!map.Has("codes") || codes.Count == 0)
            map.Issues.Error(map.LocateKey("codes"), "Een mutatiekolom heeft 'codes' nodig: welke broncode nieuw, wijziging of verwijdering betekent.");
        map.RejectUnknownKeys();
        foreach (var (_, value, _) in codes.Where(c => !SourceVocabulary.MutationKinds.Contains(c.Value.Value)))
            map.Issues.Error(value.At, $"'{value.Value}' is geen soort mutatie. Kies uit: {string.Join(", ", SourceVocabulary.MutationKinds)}.");
        return column is null ? null : new SourceMutation(column, [.. codes.Select(c => new SourceCode(c.Key.Value, c.Value.Value, false, c.Key.At))]);
    }

    private static void CheckFormat(YamlMap map, string? format, Located<string>? filePattern, Located<string>? encoding, Located<string>? delimiter, Located<string>? decimalSeparator, string? sheet)
    {
        if (format == "csv")
        {
            foreach (var (name, value) in new[] { ("encoding", encoding), ("delimiter", delimiter), ("decimal_separator", decimalSeparator) })
            {
                if (value is null && !map.Has(name))
                    map.Issues.Error(map.At, $"Een CSV-bron heeft '{name}' nodig.");
            }
            if (sheet is not null)
                map.Issues.Error(map.LocateKey("sheet"), "'sheet' hoort alleen bij format: xlsx.");
        }
        if (format == "xlsx")
        {
            foreach (var name in new[] { "encoding", "delimiter", "decimal_separator" }.Where(map.Has))
                map.Issues.Error(map.LocateKey(name), $"'{name}' hoort alleen bij format: csv; een XLSX-bestand legt dit zelf vast.");
        }
        if (format is not null && filePattern is not null && !filePattern.Value.EndsWith("." + format, StringComparison.Ordinal))
            map.Issues.Error(filePattern.At, $"'file_pattern' moet eindigen op .{format}, zoals 'format' zegt (een gecomprimeerd bestand .{format}.gz wordt daarbij vanzelf herkend).");
    }

    private static void CheckDelivery(YamlMap map, string? delivery, SourceMutation? mutation)
    {
        if (delivery == "mutations" && mutation is null && !map.Has("mutation"))
            map.Issues.Error(map.LocateKey("delivery"), "Een mutatiebestand heeft een blok 'mutation' nodig: de kolom met de soort mutatie en haar codes.");
        if (delivery == "full_extract" && map.Has("mutation"))
            map.Issues.Error(map.LocateKey("mutation"), "'mutation' hoort alleen bij delivery: mutations; een volledige levering vervangt de vorige.");
    }

    private static void CheckFilePattern(YamlMap map, Located<string> pattern, SourceReferenceDate referenceDate)
    {
        var placeholders = pattern.Value.Split(SourceVocabulary.ReferenceDatePlaceholder).Length - 1;
        if (referenceDate.From == "file_name" && placeholders != 1)
            map.Issues.Error(pattern.At, $"De peildatum komt uit de bestandsnaam: zet {SourceVocabulary.ReferenceDatePlaceholder} precies één keer in 'file_pattern', op de plaats van de datum.");
        if (referenceDate.From == "column" && placeholders > 0)
            map.Issues.Error(pattern.At, $"{SourceVocabulary.ReferenceDatePlaceholder} hoort alleen in 'file_pattern' als de peildatum uit de bestandsnaam komt.");
        if (pattern.Value.IndexOfAny(['/', '\\']) >= 0)
            map.Issues.Error(pattern.At, "'file_pattern' is een bestandsnaam zonder map.");
    }
}
