using Msd.Ingestion.Cbs;

namespace Msd.Ingestion;

/// <summary>A folder holding one CBS StatLine table as the OData API returned it (v3 or v4): one delivery.</summary>
internal static class CbsSnapshotFolder
{
    public static bool IsSnapshot(string folder) => CbsSnapshots.IsSnapshotFolder(folder);

    public static Delivery Delivery(string folder, string display)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return new Delivery(
            DeliveryKind.Cbs, "CBS " + Path.GetFileName(folder), folder, display, files.Sum(f => new FileInfo(f).Length),
            () => files.Select(f => new InputDocument(Path.GetFileName(f), Path.GetRelativePath(folder, f), () => File.OpenRead(f))));
    }

    /// <summary>Loads the snapshot's figures into cbs_indicator; every fetch is kept (its date is in the key), so revisions stay visible.</summary>
    public static async Task ReadAsync(Delivery delivery, LoadWriter writer, IngestContext context, CancellationToken cancellationToken)
    {
        var mapping = CbsSnapshots.MappingFor(delivery.Path, context.Catalog);
        string[] columns = [.. CbsSnapshots.Columns];
        foreach (var row in CbsSnapshots.Rows(delivery.Path, mapping))
        {
            writer.CountRead();
            await writer.AddAsync("ds_cbs_indicator", columns, row, cancellationToken);
            writer.CountLoaded();
        }
    }
}
