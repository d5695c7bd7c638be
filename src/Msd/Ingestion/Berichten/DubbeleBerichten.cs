using System.Globalization;
using Dapper;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// Finds the messages of a batch that were loaded before: in an earlier load, earlier in this delivery or
/// earlier in the batch. The batch's identities are written first; one join on the 64-bit key hash
/// (indexed on PostgreSQL, a scan of one integer column in DuckDB) then finds earlier copies, compared in
/// full. Memory stays flat however many messages are stored. The identities of duplicates are removed
/// again, so only the first copy stays.
/// </summary>
internal static class DubbeleBerichten
{
    /// <summary>Per bericht_nr from <paramref name="vanaf"/> on that is a duplicate: the load and position of the first copy.</summary>
    public static async Task<Dictionary<long, (long Load, string Positie)>> FindAsync(LoadWriter writer, long vanaf, CancellationToken cancellationToken)
    {
        string P(string name) => writer.Database.Parameter(name);
        var stored = await writer.Connection.QueryAsync<Earlier>(new CommandDefinition(
            $"""
            SELECT n.bericht_nr AS nummer, e.load_id AS lading, e.positie
            FROM bericht n
            JOIN bericht e ON e.sleutel = n.sleutel AND e.afzender = n.afzender AND e.berichtcode = n.berichtcode AND e.identificatie = n.identificatie
            WHERE n.load_id = {P("load")} AND n.bericht_nr >= {P("vanaf")}
                AND (e.load_id < n.load_id OR (e.load_id = n.load_id AND e.bericht_nr < n.bericht_nr))
            ORDER BY n.bericht_nr, e.load_id, e.bericht_nr
            """,
            new { load = writer.LoadId, vanaf }, writer.Transaction, cancellationToken: cancellationToken));
        var found = new Dictionary<long, (long, string)>();
        foreach (var row in stored)
            found.TryAdd(row.Nummer, (row.Lading, row.Positie));
        if (found.Count > 0)
        {
            var numbers = string.Join(',', found.Keys.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            await writer.Connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM bericht WHERE load_id = {P("load")} AND bericht_nr IN ({numbers})", new { load = writer.LoadId }, writer.Transaction, cancellationToken: cancellationToken));
        }
        return found;
    }

    public static string Reason(BerichtSleutel sleutel, (long Load, string Positie) earlier) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Dubbel bericht: hetzelfde bericht ({sleutel}) is al ingelezen in lading {earlier.Load} ({earlier.Positie}); het telt één keer.");

    private sealed record Earlier(long Nummer, long Lading, string Positie);
}
