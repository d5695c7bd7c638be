namespace Msd.Ingestion.Cbs;

/// <summary>
/// Reads a snapshot in the OData v4 layout (datasets.cbs.nl): Properties, Dimensions, MeasureCodes,
/// a {Dimension}Codes set per dimension (periods with their Status) and Observations in the long
/// form: one row per measure with Measure, Value and ValueAttribute.
/// </summary>
internal static class V4SnapshotReader
{
    public static bool IsV4(string folder) => SnapshotFiles.Exists(folder, "MeasureCodes") && SnapshotFiles.Exists(folder, "Observations");

    public static CbsSnapshot Read(string folder, string? tableId, DateTime fetchedAt, string? note)
    {
        var table = tableId ?? PropertiesIdentifier(folder) ?? Path.GetFileName(folder);
        var dimensions = SnapshotFiles.Rows(folder, "Dimensions").Select(r => SnapshotFiles.Text(r, "Identifier")).OfType<string>().ToList();
        var measures = new Dictionary<string, CbsMeasure>(StringComparer.Ordinal);
        foreach (var row in SnapshotFiles.Rows(folder, "MeasureCodes"))
        {
            if (SnapshotFiles.Text(row, "Identifier") is { } id)
                measures[id] = new CbsMeasure(id, SnapshotFiles.Text(row, "Title") ?? id, SnapshotFiles.Text(row, "Unit")?.Trim());
        }
        var codes = dimensions.ToDictionary(d => d, d => Codes(folder, d), StringComparer.Ordinal);
        return new CbsSnapshot(folder, table, "v4", fetchedAt, note, measures, dimensions, codes, wanted => Observations(folder, dimensions, wanted));
    }

    private static string? PropertiesIdentifier(string folder)
    {
        var path = SnapshotFiles.Pages(folder, "Properties").FirstOrDefault();
        if (path is null)
            return null;
        using var document = SnapshotFiles.Read(path);
        return SnapshotFiles.Text(document.RootElement, "Identifier");
    }

    private static IReadOnlyDictionary<string, CbsCode> Codes(string folder, string dimension)
    {
        var codes = new Dictionary<string, CbsCode>(StringComparer.Ordinal);
        foreach (var row in SnapshotFiles.Rows(folder, dimension + "Codes"))
        {
            if (SnapshotFiles.Text(row, "Identifier")?.Trim() is { Length: > 0 } key)
                codes[key] = new CbsCode(key, SnapshotFiles.Text(row, "Title") ?? key, SnapshotFiles.Text(row, "Status"));
        }
        return codes;
    }

    private static IEnumerable<CbsObservation> Observations(string folder, List<string> dimensions, IReadOnlySet<string> wanted)
    {
        foreach (var page in SnapshotFiles.Pages(folder, "Observations"))
        {
            using var document = SnapshotFiles.Read(page);
            foreach (var row in SnapshotFiles.Values(document, page))
            {
                if (SnapshotFiles.Text(row, "Measure") is not { } measure || !wanted.Contains(measure))
                    continue;
                var cell = row.TryGetProperty("Value", out var v) ? v : default;
                if (!CbsValue.TryRead(cell, out var value))
                    throw SnapshotFiles.Damaged(page, $"heeft bij meting '{measure}' de waarde {cell.GetRawText()}, en dat is geen getal");
                var keys = dimensions.Select(d => SnapshotFiles.Text(row, d)?.Trim() ?? "").ToArray();
                yield return new CbsObservation(measure, keys, value, SnapshotFiles.Text(row, "ValueAttribute"));
            }
        }
    }
}
