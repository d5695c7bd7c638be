namespace Msd.Ingestion.Berichten;

/// <summary>
/// Why one message cannot be loaded, in Dutch, with the element it concerns: it goes to quarantine and the
/// rest of the delivery loads. The reason never holds a value from the message (no BSN, name or date).
/// </summary>
internal sealed class BerichtFout(string? field, string reason) : Exception(reason)
{
    public string? Field { get; } = field;
}
