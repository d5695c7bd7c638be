using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Msd.Catalog;

/// <summary>Reads a catalogue folder strictly: every file, every mistake, each with file:line:column.</summary>
public static partial class CatalogLoader
{
    /// <summary>The sub-folders of a catalogue and what they hold.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["documents"] = "beleidsdocumenten met hun doelen",
        ["datasets"] = "datasets (het datamodel en de datadefinities)",
        ["codelists"] = "codelijsten",
        ["kpis"] = "KPI's, één per bestand",
        ["sources"] = "bronkoppelingen voor de inlees-stap",
        ["cbs"] = "CBS StatLine-tabellen en hoe hun onderwerpen indicatoren worden",
        ["acceptance"] = "acceptatiegevallen per KPI (msd test-kpis)",
        ["schema"] = "JSON Schema's voor editors",
    };

    public static (KpiCatalog Catalog, IReadOnlyList<CatalogIssue> Issues) Load(string root)
    {
        var issues = new IssueList();
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            issues.Error(new SourceLocation(root, 1, 1), "De catalogusmap bestaat niet. Controleer 'catalog' in msd.yaml of geef de map op met --catalog.");
            return (new KpiCatalog(root, [], [], [], [], []), issues.Items);
        }

        ReportStrayEntries(root, issues);
        var documents = ReadAll(root, "documents", issues, DocumentReader.Read);
        var datasets = ReadAll(root, "datasets", issues, DatasetReader.Read);
        var codeLists = ReadAll(root, "codelists", issues, CodeListReader.Read);
        var kpis = ReadAll(root, "kpis", issues, KpiReader.Read);
        var sources = ReadAll(root, "sources", issues, SourceReader.Read);
        var cbsTables = ReadAll(root, "cbs", issues, CbsTableReader.Read);
        var acceptance = ReadAll(root, "acceptance", issues, AcceptanceCaseReader.Read);
        var catalog = new KpiCatalog(root, documents, datasets, codeLists, kpis, sources) { CbsTables = cbsTables, AcceptanceSuites = acceptance };
        CatalogChecks.Run(catalog, issues);
        return (catalog, issues.Sorted());
    }

    /// <summary>The name a file is reported under: relative to the working folder when it lies below it.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static List<T> ReadAll<T>(string root, string folder, IssueList issues, Func<YamlMap, T?> read) where T : class
    {
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir))
            return [];
        var result = new List<T>();
        foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var display = DisplayPath(path);
            if (!path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                issues.Warning(new SourceLocation(display, 1, 1), "Dit bestand wordt overgeslagen: catalogusbestanden eindigen op .yaml.");
                continue;
            }
            if (ParseMapping(path, display, issues) is not { } map)
                continue;
            var item = read(map);
            map.RejectUnknownKeys();
            if (item is null)
                continue;
            result.Add(item);
            var id = IdOf(item);
            var expected = Path.GetFileNameWithoutExtension(path);
            if (id is not null && !string.Equals(id, expected, StringComparison.Ordinal))
                issues.Error(map.LocateKey("id"), $"De id '{id}' moet gelijk zijn aan de bestandsnaam '{expected}'. Hernoem het bestand naar {id}.yaml of pas de id aan.");
        }
        return result;
    }

    internal static YamlMap? ParseMapping(string path, string display, IssueList issues)
    {
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                issues.Error(new SourceLocation(display, 1, 1), "Het bestand is leeg of bevat geen blok met sleutels (key: waarde).");
                return null;
            }
            if (stream.Documents.Count > 1)
                issues.Error(new SourceLocation(display, (int)stream.Documents[1].RootNode.Start.Line, 1), "Eén bestand bevat één definitie; haal de tweede '---' weg of maak een nieuw bestand.");
            return new YamlMap(root, display, issues);
        }
        catch (YamlException e)
        {
            issues.Error(new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), "Ongeldige YAML: " + Explain(e));
            return null;
        }
    }

    private static string Explain(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || message.Contains("same key", StringComparison.OrdinalIgnoreCase))
            return "dezelfde sleutel staat twee keer in hetzelfde blok.";
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return "een dubbele punt op een onverwachte plaats; zet de tekst tussen aanhalingstekens of controleer het inspringen.";
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return "gebruik spaties, geen tabs, om in te springen.";
        return $"de structuur klopt hier niet (controleer inspringen en aanhalingstekens). Technisch: {message}";
    }

    private static void ReportStrayEntries(string root, IssueList issues)
    {
        foreach (var dir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (!Folders.ContainsKey(name) && !name.StartsWith('.'))
                issues.Warning(new SourceLocation(DisplayPath(dir), 1, 1), $"Onbekende map '{name}' in de catalogus; deze wordt niet gelezen. Bekende mappen: {string.Join(", ", Folders.Keys)}.");
        }
    }

    private static string? IdOf(object item) => item switch
    {
        PolicyDocument d => d.Id,
        DatasetDefinition d => d.Id,
        CodeList c => c.Id,
        KpiDefinition k => k.Id,
        SourceMapping s => s.Id,
        CbsTableMapping t => t.Id,
        AcceptanceSuite a => a.KpiId.Value,
        _ => null,
    };

    internal static bool IsKebabId(string id) => KebabId().IsMatch(id);

    internal static bool IsSnakeId(string id) => SnakeId().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeId();
}
