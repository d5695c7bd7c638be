namespace Msd.Catalog;

/// <summary>The domains of the social domain a goal, dataset or KPI belongs to, with their Dutch names.</summary>
public static class Domains
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["jeugd"] = "Jeugd",
        ["wmo"] = "Wmo",
        ["inkomen-participatie"] = "Inkomen & Participatie",
        ["armoede"] = "Armoedebestrijding",
        ["schuldhulp"] = "Schuldhulpverlening",
        ["sociaal-domein"] = "Sociaal domein (domeinoverstijgend)",
    };

    public static IReadOnlyCollection<string> Ids => [.. Names.Keys];

    public static string NameOf(string id) => Names.TryGetValue(id, out var name) ? name : id;
}
