namespace Msd.Catalog;

internal static class DocumentReader
{
    public static PolicyDocument? Read(YamlMap map)
    {
        var id = Ids.Kebab(map, "id");
        var title = map.String("title", required: true);
        var kind = map.Choice("kind", CatalogVocabulary.DocumentKinds, required: true);
        var adoptedBy = map.String("adopted_by", required: true);
        var adoptedOn = map.Date("adopted_on");
        var link = map.String("link");
        var description = map.String("description");
        var goals = map.MapList("goals", required: true).Select(g => ReadGoal(g, id ?? "")).OfType<PolicyGoal>().ToList();
        if (link is not null && !Uri.TryCreate(link, UriKind.Absolute, out _))
            map.Issues.Error(map.LocateKey("link"), $"'{link}' is geen volledige webadres (begin met https://).");
        // a document with other mistakes is still returned (errors are already recorded), so its
        // goals do not vanish and cause a cascade of "goal does not exist" messages
        return id is null ? null : new PolicyDocument(id, title ?? "", kind?.Value ?? "", adoptedBy ?? "", adoptedOn, link, description, goals, map.At);
    }

    private static PolicyGoal? ReadGoal(YamlMap map, string documentId)
    {
        var id = Ids.Kebab(map, "id");
        var text = map.String("text", required: true);
        var reference = map.String("reference");
        var domain = map.Choice("domain", Domains.Ids, required: true);
        var toBeConfirmed = map.Bool("to_be_confirmed") ?? false;
        map.RejectUnknownKeys();
        return id is null ? null : new PolicyGoal(id, documentId, text ?? "", reference, domain?.Value ?? "", toBeConfirmed, map.At);
    }
}
