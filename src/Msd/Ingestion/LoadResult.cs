namespace Msd.Ingestion;

public enum LoadOutcome
{
    /// <summary>Loaded in one transaction; the counts reconcile.</summary>
    Geladen,

    /// <summary>The same content was loaded before: nothing changed.</summary>
    AlIngelezen,

    /// <summary>Refused as a whole (wrong layout, broken archive …): nothing loaded, the reason is logged.</summary>
    Geweigerd,
}

/// <summary>What happened to one delivery, for the summary table and the load log.</summary>
public sealed record LoadResult(
    Delivery Delivery,
    LoadOutcome Outcome,
    long? LoadId,
    long Read,
    long Loaded,
    long Quarantined,
    long Warned,
    long Replaced,
    string? Message,
    TimeSpan Elapsed);

/// <summary>Progress of a run in bytes of delivered files, for a progress bar with rate and ETA.</summary>
public sealed record IngestProgress(long BytesDone, long BytesTotal, string Current);
