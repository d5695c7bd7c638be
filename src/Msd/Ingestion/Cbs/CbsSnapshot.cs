namespace Msd.Ingestion.Cbs;

/// <summary>
/// A snapshot folder as read: the table's metadata (measures, dimensions and their codes) and its
/// observations, which are read page by page when enumerated, so a large table never sits in memory.
/// </summary>
internal sealed record CbsSnapshot(
    string Folder,
    string TableId,
    string Api,
    DateTime FetchedAt,
    string? FetchedAtNote,
    IReadOnlyDictionary<string, CbsMeasure> Measures,
    IReadOnlyList<string> Dimensions,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, CbsCode>> Codes,
    Func<IReadOnlySet<string>, IEnumerable<CbsObservation>> Observations)
{
    public CbsCode? Code(string dimension, string key) =>
        Codes.TryGetValue(dimension, out var codes) && codes.TryGetValue(key, out var code) ? code : null;
}

/// <summary>A measure (topic) of a table: v3 DataProperties Key or v4 MeasureCodes Identifier, with title and unit.</summary>
internal sealed record CbsMeasure(string Key, string Title, string? Unit);

/// <summary>A code of a dimension (trimmed key), its title and, for periods, its status.</summary>
internal sealed record CbsCode(string Key, string Title, string? Status);

/// <summary>
/// One value of one measure: the codes of the table's dimensions (trimmed, in <see cref="CbsSnapshot.Dimensions"/>
/// order), the value (null when CBS keeps it secret or has none) and, in v4, the value attribute.
/// </summary>
internal readonly record struct CbsObservation(string Measure, string[] Keys, decimal? Value, string? Attribute);
