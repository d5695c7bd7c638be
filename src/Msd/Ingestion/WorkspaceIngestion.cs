using Msd.Catalog;
using Msd.Privacy;
using Msd.Workspace;

namespace Msd.Ingestion;

/// <summary>Sets up ingestion for a workspace: its area table, its key and its settings.</summary>
public static class WorkspaceIngestion
{
    public static IngestContext Context(Workspace.Workspace workspace, KpiCatalog catalog)
    {
        var municipalities = workspace.Config.Municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var (areas, issues) = AreaTable.Load(workspace.AreasPath, municipalities);
        if (issues.Any(i => i.Severity == IssueSeverity.Fout))
            throw new MsdUserException("De gebiedsindeling bevat fouten:\n" + string.Join('\n', issues.Take(10).Select(i => "  " + i)));
        var key = PseudonymKey.Load(workspace.KeyFilePath);
        var schemas = workspace.Config.Schemas is { } folder ? workspace.Resolve(folder) : null;
        if (schemas is not null && !Directory.Exists(schemas))
            throw new MsdUserException($"De map met XSD's {schemas} bestaat niet. Pas 'schemas' in msd.yaml aan of laat het weg (inlezen kan zonder XSD's).");
        return new IngestContext(catalog, new Pseudonymiser(key), areas, municipalities, schemas);
    }
}
