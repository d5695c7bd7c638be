using Msd.Storage;

namespace Msd.Ingestion.Berichten;

/// <summary>Loads iJw/iWmo messages (being built: see issue 4).</summary>
internal static class BerichtLoader
{
    public static Task ReadAsync(Delivery delivery, LoadWriter writer, IngestContext context, CancellationToken cancellationToken) =>
        throw new MsdUserException($"{delivery.DisplayPath}: iJw/iWmo-berichten inlezen volgt nog.");

    /// <summary>Rebuilds the datasets derived from all loaded messages (current toewijzing versions …).</summary>
    public static Task FinishAsync(Database database, CancellationToken cancellationToken) => Task.CompletedTask;
}
