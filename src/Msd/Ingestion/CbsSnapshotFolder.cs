namespace Msd.Ingestion;

/// <summary>A folder holding one CBS StatLine table as the OData API returned it (v3 or v4).</summary>
internal static class CbsSnapshotFolder
{
    public static bool IsSnapshot(string folder) =>
        File.Exists(Path.Combine(folder, "TableInfos.json")) || File.Exists(Path.Combine(folder, "Properties.json"));

    public static Delivery Delivery(string folder, string display)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return new Delivery(
            DeliveryKind.Cbs, "CBS " + Path.GetFileName(folder), folder, display, files.Sum(f => new FileInfo(f).Length),
            () => files.Select(f => new InputDocument(Path.GetFileName(f), Path.GetRelativePath(folder, f), () => File.OpenRead(f))));
    }
}
