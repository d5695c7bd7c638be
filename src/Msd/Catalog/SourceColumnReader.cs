namespace Msd.Catalog;

/// <summary>Reads the entries of 'columns', 'derived' and 'ignore' in a source mapping.</summary>
internal static class SourceColumnReader
{
    public static SourceColumn? ReadColumn(YamlMap map)
    {
        var source = map.LocatedString("source", required: true);
        var target = map.LocatedString("target", required: true);
        var type = map.Choice("type", SourceVocabulary.SourceTypes, required: true);
        var transform = map.Choice("transform", SourceVocabulary.Transforms);
        var codes = map.Pairs("codes");
        var required = map.Bool("required") ?? false;
        var description = map.String("description");
        map.RejectUnknownKeys();
        if (map.Has("codes") && codes.Count == 0)
            map.Issues.Error(map.LocateKey("codes"), "'codes' is leeg; laat de sleutel weg als de bron de codes van de codelijst zelf gebruikt.");
        if (type?.Value == "boolean" && codes.Count == 0 && !map.Has("codes"))
            map.Issues.Error(type.At, "Een ja/nee-kolom heeft 'codes' nodig: welke broncodes true en false betekenen (bijvoorbeeld J: true en N: false).");
        if (type is not null && type.Value != "boolean" && codes.Where(c => c.IsBoolean).Select(c => c.Value).FirstOrDefault() is { } b)
            map.Issues.Error(b.At, $"true en false horen alleen bij een kolom van type boolean; zet een code tussen aanhalingstekens als het een tekst is (\"{b.Value}\").");
        if (type?.Value == "boolean" && codes.Where(c => !c.IsBoolean).Select(c => c.Value).FirstOrDefault() is { } nb)
            map.Issues.Error(nb.At, $"Een ja/nee-kolom vertaalt elke broncode naar true of false (zonder aanhalingstekens), niet naar '{nb.Value}'.");
        if (type is not null && SourceVocabulary.TransformMisfit(type.Value, transform?.Value) is { } misfit)
            map.Issues.Error(transform?.At ?? type.At, misfit);
        if (source is null || target is null || type is null)
            return null;
        return new SourceColumn(source, target, type.Value, transform?.Value, [.. codes.Select(c => new SourceCode(c.Key.Value, c.Value.Value, c.IsBoolean, c.Key.At))],
            required, description, map.At);
    }

    public static DerivedColumn? ReadDerived(YamlMap map)
    {
        var target = map.LocatedString("target", required: true);
        var from = map.StringList("from");
        var transform = map.Choice("transform", SourceVocabulary.DerivedTransforms);
        var value = map.Code("value");
        var description = map.String("description");
        map.RejectUnknownKeys();
        if ((transform is null) == (value is null))
            map.Issues.Error(map.At, "Een afgeleide kolom heeft óf 'transform' met 'from' (de bronkolommen), óf een vaste 'value'.");
        if (transform is not null && from.Count == 0)
            map.Issues.Error(transform.At, $"transform: {transform.Value} heeft 'from' nodig: de bronkolom(men) waaruit de waarde volgt.");
        if (transform?.Value is "year_start" or "year_end" or "is_filled" && from.Count > 1)
            map.Issues.Error(transform.At, $"transform: {transform.Value} leest precies één bronkolom.");
        if (value is not null && from.Count > 0)
            map.Issues.Error(map.LocateKey("from"), "Een vaste 'value' leest geen bronkolommen; laat 'from' weg.");
        return target is null ? null : new DerivedColumn(target, from, transform?.Value, value, description, map.At);
    }

    public static IgnoredColumn? ReadIgnored(YamlMap map)
    {
        var source = map.LocatedString("source", required: true);
        var reason = map.String("reason", required: true);
        map.RejectUnknownKeys();
        return source is null || reason is null ? null : new IgnoredColumn(source, reason);
    }
}
