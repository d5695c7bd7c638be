using System.IO.Compression;
using Msd.Catalog;

namespace Msd.Ingestion;

/// <summary>
/// Turns the paths given to `msd ingest` (files, folders, .gz files, ZIP archives) into deliveries,
/// recognising each by its content: iJw/iWmo XML, an extract whose name fits a source mapping, or a
/// CBS snapshot folder. What is not recognised is skipped with the reason.
/// </summary>
public static class DeliveryScanner
{
    public static (IReadOnlyList<Delivery> Deliveries, IReadOnlyList<SkippedInput> Skipped) Scan(IEnumerable<string> paths, KpiCatalog catalog)
    {
        var deliveries = new List<Delivery>();
        var skipped = new List<SkippedInput>();
        foreach (var path in paths)
        {
            var full = System.IO.Path.GetFullPath(path);
            if (Directory.Exists(full))
                ScanFolder(full, path, catalog, deliveries, skipped);
            else if (File.Exists(full))
                ScanFile(full, path, catalog, deliveries, skipped);
            else
                throw new MsdUserException($"{path} bestaat niet. Geef een bestand of map op (standaard: de inbox van de werkruimte).");
        }
        // mutations apply in order and a later full extract wins: load each source's files by reference date
        return ([.. deliveries.OrderBy(d => d.Kind).ThenBy(d => d.Source, StringComparer.Ordinal).ThenBy(d => d.ReferenceDate).ThenBy(d => d.DisplayPath, StringComparer.Ordinal)], skipped);
    }

    private static void ScanFolder(string folder, string display, KpiCatalog catalog, List<Delivery> deliveries, List<SkippedInput> skipped)
    {
        if (CbsSnapshotFolder.IsSnapshot(folder))
        {
            deliveries.Add(CbsSnapshotFolder.Delivery(folder, display));
            return;
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(entry);
            if (name.StartsWith('.'))
                continue;
            var childDisplay = System.IO.Path.Combine(display, name);
            if (Directory.Exists(entry))
                ScanFolder(entry, childDisplay, catalog, deliveries, skipped);
            else
                ScanFile(entry, childDisplay, catalog, deliveries, skipped);
        }
    }

    private static void ScanFile(string path, string display, KpiCatalog catalog, List<Delivery> deliveries, List<SkippedInput> skipped)
    {
        var bytes = new FileInfo(path).Length;
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            ScanZip(path, display, bytes, catalog, deliveries, skipped);
            return;
        }
        var document = InputDocument.FromFile(path);
        if (Classify(document, catalog, out var mapping, out var referenceDate, out var reason) is { } kind)
            deliveries.Add(new Delivery(kind, mapping?.Id ?? "iJw/iWmo", path, display, bytes, () => [document], mapping, referenceDate));
        else
            skipped.Add(new SkippedInput(display, reason!));
    }

    /// <summary>
    /// The XML entries of a ZIP are one delivery of messages; each extract in it is a delivery of its own
    /// (it has its own source and reference date). Other entries are skipped by name.
    /// </summary>
    private static void ScanZip(string path, string display, long bytes, KpiCatalog catalog, List<Delivery> deliveries, List<SkippedInput> skipped)
    {
        List<string> names;
        try
        {
            using var archive = ZipFile.OpenRead(path);
            names = [.. archive.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')).Select(e => e.FullName)];
        }
        catch (InvalidDataException e)
        {
            // a broken archive is still a delivery: loading it fails with this reason, which is logged
            deliveries.Add(new Delivery(DeliveryKind.Berichten, "iJw/iWmo", path, display, bytes, () => throw new MsdUserException($"Het ZIP-bestand is beschadigd of onvolledig ({e.Message}). Vraag de afzender het opnieuw te sturen.")));
            return;
        }
        var messages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var entryName = name;
            var document = new InputDocument(System.IO.Path.GetFileName(name), name, () => OpenEntry(path, entryName));
            var kind = Classify(document, catalog, out var mapping, out var referenceDate, out var reason);
            if (kind == DeliveryKind.Berichten)
                messages.Add(name);
            else if (kind == DeliveryKind.Extract)
                deliveries.Add(new Delivery(kind.Value, mapping!.Id, path + "!" + name, display + "!" + name, bytes, () => [document], mapping, referenceDate));
            else
                skipped.Add(new SkippedInput(display + "!" + name, reason!));
        }
        if (messages.Count > 0)
            deliveries.Add(new Delivery(DeliveryKind.Berichten, "iJw/iWmo", path, display, bytes, () => ZipEntries(path, messages)));
    }

    /// <summary>The chosen entries of one archive, opened once and read in order (millions of messages nationally).</summary>
    private static IEnumerable<InputDocument> ZipEntries(string zipPath, HashSet<string> names)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        foreach (var entry in archive.Entries)
        {
            if (names.Contains(entry.FullName))
                yield return new InputDocument(entry.Name, entry.FullName, entry.Open);
        }
    }

    private static Stream OpenEntry(string zipPath, string entryName)
    {
        var archive = ZipFile.OpenRead(zipPath);
        var entry = archive.GetEntry(entryName)!;
        return new OwningStream(entry.Open(), archive);
    }

    private static DeliveryKind? Classify(InputDocument document, KpiCatalog catalog, out SourceMapping? mapping, out DateOnly? referenceDate, out string? reason)
    {
        mapping = null;
        referenceDate = null;
        reason = null;
        var name = document.Name;
        if (document.Extension == ".xml")
            return DeliveryKind.Berichten;
        foreach (var source in catalog.Sources)
        {
            if (SourceFileNames.TryMatch(source, name, out referenceDate))
            {
                mapping = source;
                return DeliveryKind.Extract;
            }
        }
        reason = document.Extension is ".csv" or ".xlsx" or ".txt"
            ? $"Geen bronkoppeling in catalog/sources past bij de naam {name}; hernoem het bestand volgens het file_pattern van de bron, of voeg een bronkoppeling toe."
            : $"Geen bestand dat de monitor kent (iJw/iWmo-XML, CSV of XLSX van een bronkoppeling, ZIP of map met een CBS-tabel).";
        return null;
    }
}
