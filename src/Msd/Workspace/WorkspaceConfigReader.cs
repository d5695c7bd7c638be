using System.Text.RegularExpressions;
using Msd.Catalog;

namespace Msd.Workspace;

/// <summary>Reads msd.yaml with the same strictness as the catalogue: unknown keys and bad values are reported with their line.</summary>
internal static partial class WorkspaceConfigReader
{
    public static (WorkspaceConfig? Config, IReadOnlyList<CatalogIssue> Issues) Read(string path)
    {
        var issues = new IssueList();
        if (CatalogLoader.ParseMapping(path, CatalogLoader.DisplayPath(path), issues) is not { } map)
            return (null, issues.Items);
        var name = map.String("name", required: true);
        var municipalities = map.MapList("municipalities", required: true).Select(ReadMunicipality).OfType<Municipality>().ToList();
        var groups = map.MapList("groups").Select(ReadGroup).OfType<MunicipalityGroup>().ToList();
        var database = ReadDatabase(map.Map("database", required: true));
        var catalog = map.String("catalog") ?? "catalog";
        var areas = map.String("areas") ?? "gebiedsindeling.csv";
        var inbox = map.String("inbox") ?? "inbox";
        var schemas = map.String("schemas");
        var privacy = ReadPrivacy(map.Map("privacy"));
        map.RejectUnknownKeys();
        CheckCodes(map, municipalities, groups);
        if (name is null || database is null || issues.HasErrors)
            return (null, issues.Sorted());
        return (new WorkspaceConfig(name, municipalities, groups, database, catalog, areas, inbox, schemas, privacy), issues.Sorted());
    }

    private static Municipality? ReadMunicipality(YamlMap map)
    {
        var code = map.Code("code", required: true);
        var name = map.String("name", required: true);
        map.RejectUnknownKeys();
        if (code is not null && !MunicipalityCode().IsMatch(code.Value))
            map.Issues.Error(code.At, $"'{code.Value}' is geen CBS-gemeentecode: gebruik vier cijfers met voorloopnul en zonder GM, bijvoorbeeld \"0118\".");
        return code is null || name is null ? null : new Municipality(code.Value, name);
    }

    private static MunicipalityGroup? ReadGroup(YamlMap map)
    {
        var code = map.LocatedString("code", required: true);
        var name = map.String("name", required: true);
        var members = map.CodeList("members", required: true);
        map.RejectUnknownKeys();
        if (code is not null && !GroupCode().IsMatch(code.Value))
            map.Issues.Error(code.At, $"De groepscode '{code.Value}' moet uit hoofdletters en cijfers bestaan (bijvoorbeeld SWO), zodat ze niet met een gemeentecode te verwarren is.");
        return code is null || name is null ? null : new MunicipalityGroup(code.Value, name, [.. members.Select(m => m.Value)]);
    }

    private static DatabaseSettings? ReadDatabase(YamlMap? map)
    {
        if (map is null)
            return null;
        var engine = map.Choice("engine", ["duckdb", "postgres"], required: true);
        var path = map.String("path");
        var connection = map.String("connection_string");
        map.RejectUnknownKeys();
        if (engine?.Value == "duckdb" && path is null)
            map.Issues.Error(map.At, "Bij engine duckdb hoort 'path': het databasebestand, bijvoorbeeld data/msd.duckdb.");
        if (engine?.Value == "postgres" && connection is null)
            map.Issues.Error(map.At, "Bij engine postgres hoort 'connection_string', bijvoorbeeld Host=localhost;Database=msd;Username=msd;Password=${MSD_DB_WACHTWOORD}.");
        return engine is null ? null : new DatabaseSettings(engine.Value, path, connection);
    }

    private static PrivacySettings ReadPrivacy(YamlMap? map)
    {
        var threshold = map?.Int("suppression_threshold", min: 1) ?? 10;
        var rounding = map?.Int("rounding_base", min: 1) ?? 5;
        var keyFile = map?.String("key_file") ?? "sleutels/pseudonimisering.key";
        var unprotected = map?.Bool("allow_unprotected_export") ?? false;
        map?.RejectUnknownKeys();
        return new PrivacySettings(threshold, rounding, keyFile, unprotected);
    }

    private static void CheckCodes(YamlMap map, List<Municipality> municipalities, List<MunicipalityGroup> groups)
    {
        if (municipalities.Count == 0)
            map.Issues.Error(map.LocateKey("municipalities"), "Noem minstens één gemeente onder 'municipalities'.");
        foreach (var duplicate in municipalities.GroupBy(m => m.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
            map.Issues.Error(map.LocateKey("municipalities"), $"De gemeente {duplicate.Key} staat twee keer onder 'municipalities'.");
        var known = municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var member in group.Members.Where(m => !known.Contains(m)))
                map.Issues.Error(map.LocateKey("groups"), $"Groep {group.Code} noemt gemeente {member}, die niet onder 'municipalities' staat.");
        }
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex MunicipalityCode();

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,9}$")]
    private static partial Regex GroupCode();
}
