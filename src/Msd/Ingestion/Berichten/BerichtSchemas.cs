using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;
using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// The official XSDs of iJw and iWmo 3.2 from the workspace's schema folder (msd.yaml 'schemas'), found by
/// their target namespace wherever they lie below it, compiled into one set for both laws. Message types
/// without an XSD there (the iWmo retours, WMO325) are read without validation. Compiling takes a moment,
/// so compiled sets are kept in a small pool per folder; one delivery uses one set at a time.
/// </summary>
internal sealed class BerichtSchemas : IDisposable
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<BerichtSchemas>> Pool = new(StringComparer.Ordinal);

    private readonly string _folder;
    private readonly HashSet<string> _namespaces;

    private BerichtSchemas(string folder, XmlSchemaSet set, HashSet<string> namespaces)
    {
        _folder = folder;
        Set = set;
        _namespaces = namespaces;
    }

    public XmlSchemaSet Set { get; }

    public bool Covers(BerichtSoort soort) => _namespaces.Contains(soort.Namespace);

    public static BerichtSchemas Rent(string folder)
    {
        var full = Path.GetFullPath(folder);
        return Pool.GetOrAdd(full, _ => []).TryTake(out var schemas) ? schemas : Load(full);
    }

    /// <summary>Gives the set back to the pool for the next delivery.</summary>
    public void Dispose() => Pool[_folder].Add(this);

    private static BerichtSchemas Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new MsdUserException($"De schemamap {folder} bestaat niet. Zet de XSD's van iJw/iWmo 3.2 daar neer, of pas 'schemas' in msd.yaml aan (inlezen kan ook zonder).");
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.xsd", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (BerichtSoorten.FindByNamespace(TargetNamespace(file)) is { } soort)
                files.TryAdd(soort.Namespace, file);
        }
        if (files.Count == 0)
            throw new MsdUserException($"In de schemamap {folder} staan geen XSD's van iJw of iWmo release 3.2. Pas 'schemas' in msd.yaml aan of laat het weg (inlezen kan ook zonder).");
        var set = new XmlSchemaSet { XmlResolver = new LocalResolver() };
        try
        {
            foreach (var file in files.Values)
                set.Add(targetNamespace: null, file);
            set.Compile();
        }
        catch (Exception e) when (e is XmlSchemaException or XmlException or IOException)
        {
            throw new MsdUserException($"De XSD's in {folder} zijn niet te gebruiken ({e.Message}). Zet de officiële XSD's van release 3.2 terug.", e);
        }
        return new BerichtSchemas(folder, set, [.. files.Keys]);
    }

    private static string TargetNamespace(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return reader.MoveToContent() == XmlNodeType.Element ? reader.GetAttribute("targetNamespace") ?? "" : "";
        }
        catch (XmlException)
        {
            return "";
        }
    }

    /// <summary>
    /// Loads imports from disk only, matching the file name without regard to case: the message schemas
    /// import basisschema.xsd while the file is called Basisschema.xsd.
    /// </summary>
    private sealed class LocalResolver : XmlUrlResolver
    {
        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            var uri = base.ResolveUri(baseUri, relativeUri);
            if (!uri.IsFile || File.Exists(uri.LocalPath) || Path.GetDirectoryName(uri.LocalPath) is not { } folder || !Directory.Exists(folder))
                return uri;
            var name = Path.GetFileName(uri.LocalPath);
            var match = Directory.EnumerateFiles(folder).FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));
            return match is null ? uri : new Uri(match);
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.IsFile
                ? base.GetEntity(absoluteUri, role, ofObjectToReturn)
                : throw new XmlException($"De XSD verwijst naar {absoluteUri}; alleen bestanden in de schemamap worden gelezen.");
    }
}
