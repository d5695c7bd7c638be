using System.Globalization;
using Dapper;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// Finds the messages of a batch that were loaded before: in an earlier load, earlier in this delivery,
/// or earlier in the batch itself. The lookup goes by the 64-bit key hash (one integer list per batch,
/// indexed on PostgreSQL), so memory stays flat however many messages are stored; hits are compared on
/// sender, BerichtCode and identificatie in full.
/// </summary>
internal static class DubbeleBerichten
{
    /// <summary>Per record of the batch that is a duplicate: the load and position where it was first read.</summary>
    public static async Task<Dictionary<BerichtRecord, (long Load, string Positie)>> FindAsync(LoadWriter writer, IReadOnlyList<BerichtRecord> batch, CancellationToken cancellationToken)
    {
        var found = new Dictionary<BerichtRecord, (long, string)>(ReferenceEqualityComparer.Instance);
        if (batch.Count == 0)
            return found;
        // the batch's own rows are not written yet; everything before it is (the caller flushed)
        var hashes = string.Join(',', batch.Select(r => r.Sleutel.Hash).Distinct().Select(h => h.ToString(CultureInfo.InvariantCulture)));
        var stored = await writer.Connection.QueryAsync<Stored>(new CommandDefinition(
            $"SELECT load_id AS lading, positie, afzender, berichtcode, identificatie FROM bericht WHERE sleutel IN ({hashes}) ORDER BY load_id, bericht_nr",
            transaction: writer.Transaction, cancellationToken: cancellationToken));
        var first = new Dictionary<BerichtSleutel, (long, string)>();
        foreach (var row in stored)
            first.TryAdd(new BerichtSleutel(row.Afzender, row.BerichtCode, row.Identificatie), (row.Lading, row.Positie));
        foreach (var record in batch)
        {
            if (first.TryGetValue(record.Sleutel, out var earlier))
                found[record] = earlier;
            else
                first[record.Sleutel] = (writer.LoadId, record.Positie);
        }
        return found;
    }

    public static string Reason(BerichtRecord record, (long Load, string Positie) earlier) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Dubbel bericht: hetzelfde bericht ({record.Sleutel}) is al ingelezen in lading {earlier.Load} ({earlier.Positie}); het telt één keer.");

    private sealed record Stored(long Lading, string Positie, string Afzender, string BerichtCode, string Identificatie);
}
