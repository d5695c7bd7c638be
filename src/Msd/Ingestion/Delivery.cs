using Msd.Catalog;

namespace Msd.Ingestion;

/// <summary>What a delivery holds, and so which reader loads it.</summary>
public enum DeliveryKind
{
    /// <summary>A CSV or XLSX export of a municipal system, read through its source mapping.</summary>
    Extract,

    /// <summary>iJw/iWmo messages: one XML file, or the XML entries of a ZIP archive.</summary>
    Berichten,

    /// <summary>A CBS StatLine table as fetched from the OData API (a snapshot folder).</summary>
    Cbs,
}

/// <summary>
/// One delivered file and what it holds: the unit of loading. It is loaded in one transaction,
/// logged as one load, and recognised again by its content hash.
/// </summary>
public sealed record Delivery(
    DeliveryKind Kind,
    string Source,
    string Path,
    string DisplayPath,
    long Bytes,
    Func<IEnumerable<InputDocument>> Documents,
    SourceMapping? Mapping = null,
    DateOnly? ReferenceDate = null)
{
    public string FileName => System.IO.Path.GetFileName(Path.TrimEnd('/', '\\'));

    public string? Target => Mapping?.Target.Value;
}

/// <summary>A file or ZIP entry that is not loaded, with the reason (shown to the user, not an error).</summary>
public sealed record SkippedInput(string DisplayPath, string Reason);
