namespace Msd.Ingestion.Cbs;

/// <summary>
/// Reads a snapshot in the OData v3 layout (opendata.cbs.nl): TableInfos, DataProperties (dimensions
/// and topics), one entity set per dimension (keys right-padded with spaces, trimmed here) and the
/// TypedDataSet in the wide form, one column per topic.
/// </summary>
internal static class V3SnapshotReader
{
    public static bool IsV3(string folder) => SnapshotFiles.Exists(folder, "DataProperties") && SnapshotFiles.Exists(folder, "TypedDataSet");

    public static CbsSnapshot Read(string folder, string? tableId, DateTime fetchedAt, string? note)
    {
        var table = tableId ?? SnapshotFiles.Rows(folder, "TableInfos").Select(r => SnapshotFiles.Text(r, "Identifier")).FirstOrDefault(i => i is not null) ?? Path.GetFileName(folder);
        var dimensions = new List<string>();
        var measures = new Dictionary<string, CbsMeasure>(StringComparer.Ordinal);
        foreach (var property in SnapshotFiles.Rows(folder, "DataProperties"))
        {
            var key = SnapshotFiles.Text(property, "Key");
            var type = SnapshotFiles.Text(property, "Type") ?? "";
            if (key is null)
                continue;
            if (type.EndsWith("Dimension", StringComparison.Ordinal) || type == "GeoDetail")
                dimensions.Add(key);
            else if (type == "Topic")
                measures[key] = new CbsMeasure(key, SnapshotFiles.Text(property, "Title") ?? key, SnapshotFiles.Text(property, "Unit")?.Trim());
        }
        var codes = dimensions.ToDictionary(d => d, d => Codes(folder, d), StringComparer.Ordinal);
        return new CbsSnapshot(folder, table, "v3", fetchedAt, note, measures, dimensions, codes, wanted => Observations(folder, dimensions, wanted));
    }

    private static IReadOnlyDictionary<string, CbsCode> Codes(string folder, string dimension)
    {
        var codes = new Dictionary<string, CbsCode>(StringComparer.Ordinal);
        foreach (var row in SnapshotFiles.Rows(folder, dimension))
        {
            if (SnapshotFiles.Text(row, "Key")?.Trim() is { Length: > 0 } key)
                codes[key] = new CbsCode(key, SnapshotFiles.Text(row, "Title") ?? key, SnapshotFiles.Text(row, "Status"));
        }
        return codes;
    }

    private static IEnumerable<CbsObservation> Observations(string folder, List<string> dimensions, IReadOnlySet<string> wanted)
    {
        foreach (var page in SnapshotFiles.Pages(folder, "TypedDataSet"))
        {
            using var document = SnapshotFiles.Read(page);
            foreach (var row in SnapshotFiles.Values(document, page))
            {
                var keys = dimensions.Select(d => SnapshotFiles.Text(row, d)?.Trim() ?? "").ToArray();
                foreach (var measure in wanted)
                {
                    if (!row.TryGetProperty(measure, out var cell))
                        continue;
                    if (!CbsValue.TryRead(cell, out var value))
                        throw SnapshotFiles.Damaged(page, $"heeft bij onderwerp '{measure}' de waarde {cell.GetRawText()}, en dat is geen getal");
                    yield return new CbsObservation(measure, keys, value, null);
                }
            }
        }
    }
}
