using System.Globalization;
using Msd.Storage;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// Loads iJw/iWmo messages: every document of the delivery is one record, read in one streaming pass,
/// checked (release, XSD when configured, BSN, municipality, product category), and either loaded into
/// the raw message tables or put in quarantine with its position and a Dutch reason. Messages already
/// loaded (same sender, BerichtCode and identificatie) count once. Memory stays flat: messages are
/// handled in batches and only a batch is held.
/// </summary>
internal static class BerichtLoader
{
    private const int BatchSize = 5_000;

    public static async Task ReadAsync(Delivery delivery, LoadWriter writer, IngestContext context, CancellationToken cancellationToken)
    {
        using var schemas = context.SchemasFolder is { } folder ? BerichtSchemas.Rent(folder) : null;
        var parser = new BerichtParser(new BerichtRegels(context), schemas);
        var batch = new List<BerichtRecord>(BatchSize);
        long nummer = 0;
        foreach (var document in delivery.Documents())
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.CountRead();
            var positie = document.Position.Length > 0 ? document.Position : delivery.FileName;
            try
            {
                batch.Add(parser.Parse(document, ++nummer, positie));
            }
            catch (BerichtFout fout)
            {
                writer.Reject(positie, fout.Field, fout.Message);
                continue;
            }
            if (batch.Count == BatchSize)
                await WriteAsync(batch, writer, cancellationToken);
        }
        await WriteAsync(batch, writer, cancellationToken);
        if (parser.NotValidated > 0)
            writer.Note = string.Create(CultureInfo.InvariantCulture, $"{parser.NotValidated} berichten niet tegen een XSD gecontroleerd (geen XSD voor hun berichttype in de schemamap)");
    }

    /// <summary>Rebuilds the datasets derived from all loaded messages (current toewijzing versions …).</summary>
    public static Task FinishAsync(Database database, CancellationToken cancellationToken) => BerichtDatasets.RebuildAsync(database, cancellationToken);

    private static async Task WriteAsync(List<BerichtRecord> batch, LoadWriter writer, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
            return;
        // identities first: the check then sees everything written before, this batch included
        foreach (var record in batch)
            await writer.AddAsync(BerichtTables.Bericht.Name, BerichtTables.Bericht.Columns, record.Bericht, cancellationToken);
        await writer.FlushAsync(cancellationToken);
        var duplicates = await DubbeleBerichten.FindAsync(writer, batch[0].Nummer, cancellationToken);
        foreach (var record in batch)
        {
            if (duplicates.TryGetValue(record.Nummer, out var earlier))
            {
                writer.Reject(record.Positie, null, DubbeleBerichten.Reason(record.Sleutel, earlier));
                continue;
            }
            foreach (var (table, row) in record.Rows)
                await writer.AddAsync(table.Name, table.Columns, row, cancellationToken);
            foreach (var (field, reason) in record.Warnings)
                writer.Warn(record.Positie, field, reason);
            writer.CountLoaded();
        }
        batch.Clear();
    }
}
