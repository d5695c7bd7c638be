using System.Xml;
using System.Xml.Schema;
using Msd.IStandaarden;
using Msd.Tests.Support;

namespace Msd.Tests.IStandaarden;

/// <summary>
/// The official iJw/iWmo 3.2 XSDs and example messages, read where they lie beside the checkout
/// (shared/data/istandaarden), never copied. The message schemas import <c>basisschema.xsd</c> while the
/// file is <c>Basisschema.xsd</c>; <see cref="FolderResolver"/> matches file names case-insensitively.
/// </summary>
internal static class OfficialSchemas
{
    private static readonly Lazy<XmlSchemaSet> Jeugdwet = new(() => Load(Wet.Jeugdwet));
    private static readonly Lazy<XmlSchemaSet> Wmo = new(() => Load(Wet.Wmo));
    private static readonly Lock Gate = new();

    /// <summary>A folder of the reference data, such as <c>Folder(Wet.Wmo, "xsd")</c>; fails the test clearly when it is missing.</summary>
    public static string Folder(Wet wet, string kind)
    {
        var folder = Path.Combine(TestEnvironment.SharedData, "istandaarden", wet == Wet.Jeugdwet ? "ijw-3.2" : "iwmo-3.2", kind);
        if (!Directory.Exists(folder))
        {
            Assert.Fail($"De iStandaarden-referentiedata ontbreekt: {folder} bestaat niet. De tests lezen de officiële XSD's en "
                + "voorbeeldberichten uit shared/data naast de repository (zie TestEnvironment.SharedData); zet die map terug.");
        }
        return folder;
    }

    /// <summary>Whether the reference data has an XSD for this message type (not for the iWmo retours and WMO325).</summary>
    public static bool HasXsd(BerichtSoort soort) => File.Exists(Path.Combine(Folder(soort.Wet, "xsd"), soort.Naam + ".xsd"));

    /// <summary>
    /// Validation errors and warnings of a document against all schemas of its law, with line and column.
    /// Warnings count too: a root namespace that matches no schema is only a warning in .NET.
    /// </summary>
    public static IReadOnlyList<string> Validate(byte[] document, Wet wet)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) =>
            problems.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        lock (Gate)
        {
            settings.Schemas = wet == Wet.Jeugdwet ? Jeugdwet.Value : Wmo.Value;
            using var reader = XmlReader.Create(new MemoryStream(document), settings);
            while (reader.Read())
            {
            }
        }
        return problems;
    }

    /// <summary>Fails with the problems and the document when it does not validate.</summary>
    public static void AssertValid(byte[] document, Wet wet)
    {
        var problems = Validate(document, wet);
        if (problems.Count == 0)
            return;
        var text = document.Length < 20_000 ? System.Text.Encoding.UTF8.GetString(document) : $"({document.Length} bytes, niet getoond)";
        Assert.Fail($"{problems.Count} fout(en) volgens de XSD's van {wet}:\n{string.Join('\n', problems.Take(20))}\n\n{text}");
    }

    private static XmlSchemaSet Load(Wet wet)
    {
        var folder = Folder(wet, "xsd");
        var set = new XmlSchemaSet { XmlResolver = new FolderResolver(folder) };
        foreach (var file in Directory.EnumerateFiles(folder, "*.xsd").Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(file).StartsWith("Basisschema", StringComparison.OrdinalIgnoreCase))
                set.Add(targetNamespace: null, file);
        }
        set.Compile();
        return set;
    }

    /// <summary>Resolves an import to the file of that name in the schema folder, ignoring case.</summary>
    private sealed class FolderResolver(string folder) : XmlUrlResolver
    {
        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            var name = Path.GetFileName(relativeUri ?? "");
            var match = Directory.EnumerateFiles(folder)
                .FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));
            return match is null ? base.ResolveUri(baseUri, relativeUri) : new Uri(match);
        }
    }
}
