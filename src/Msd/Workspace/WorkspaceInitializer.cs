using System.Reflection;
using Msd.Catalog;

namespace Msd.Workspace;

/// <summary>Creates a new workspace: msd.yaml, area table, inbox, a copy of the catalogue and the database.</summary>
public static class WorkspaceInitializer
{
    public static async Task<Workspace> CreateAsync(string directory, string shippedCatalog, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        if (File.Exists(Path.Combine(root, Workspace.ConfigFile)))
            throw new MsdUserException($"In {root} staat al een werkruimte ({Workspace.ConfigFile} bestaat). Er is niets overschreven; kies een andere map.");
        if (!Directory.Exists(shippedCatalog))
            throw new MsdUserException($"De meegeleverde catalogus is niet gevonden in {shippedCatalog}. Installeer msd opnieuw of geef --catalog op.");

        // check the catalogue before writing anything, so a failed init leaves no half-made workspace
        var (_, shippedIssues) = CatalogLoader.Load(shippedCatalog);
        if (shippedIssues.Any(i => i.Severity == IssueSeverity.Fout))
            throw new MsdUserException($"De catalogus in {shippedCatalog} bevat fouten; er is niets aangemaakt. Voer 'msd catalog check --catalog {shippedCatalog}' uit voor de details.");

        var existed = Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any();
        try
        {
            Directory.CreateDirectory(root);
            WriteTemplate("msd.yaml", Path.Combine(root, Workspace.ConfigFile));
            WriteTemplate("gebiedsindeling.csv", Path.Combine(root, "gebiedsindeling.csv"));
            WriteTemplate("gitignore", Path.Combine(root, ".gitignore"));
            Directory.CreateDirectory(Path.Combine(root, "inbox"));
            CopyDirectory(shippedCatalog, Path.Combine(root, "catalog"));

            var workspace = Workspace.Open(root);
            await using var database = await workspace.OpenDatabaseAsync(workspace.LoadCatalog().Catalog, cancellationToken);
            return workspace;
        }
        catch when (!existed)
        {
            // a failed init leaves no half-made workspace behind (only a folder we made ourselves is removed)
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    private static void WriteTemplate(string name, string target)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Msd.Workspace.Templates." + name)
            ?? throw new InvalidOperationException("Sjabloon ontbreekt: " + name);
        using var file = File.Create(target);
        stream.CopyTo(file);
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: false);
        }
    }
}
