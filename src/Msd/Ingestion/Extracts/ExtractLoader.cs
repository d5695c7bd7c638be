namespace Msd.Ingestion.Extracts;

/// <summary>Loads a CSV or XLSX extract through its source mapping.</summary>
internal static class ExtractLoader
{
    public static Task ReadAsync(Delivery delivery, LoadWriter writer, IngestContext context, CancellationToken cancellationToken) =>
        throw new MsdUserException($"{delivery.DisplayPath}: volgt.");
}
