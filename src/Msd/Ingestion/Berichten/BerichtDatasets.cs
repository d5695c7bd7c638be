using Dapper;
using Msd.Storage;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// Rebuilds the catalogue datasets that follow from the messages, from all raw message rows, in one
/// transaction with plain SQL that both engines run: the current toewijzingen, the deliveries, the
/// requests with their answers, the declarations with their assessment and the retour codes. A rebuild
/// rather than an update, because a later message can change an earlier one (a new version, a
/// withdrawal with StatusAanlevering 3). Derived rows keep the load_id of the message they come from.
/// </summary>
internal static class BerichtDatasets
{
    public static async Task RebuildAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var sql in Statements())
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>In order: the toewijzing datasets first, because the others take district, referrer and date from them.</summary>
    internal static IEnumerable<string> Statements()
    {
        foreach (var (wet, suffix) in new[] { ("JW", "jeugdhulp"), ("WMO", "wmo") })
        {
            var jeugd = wet == "JW";
            yield return $"DELETE FROM ds_{suffix}_toewijzing";
            yield return ToewijzingDatasets.Toewijzing(wet, $"ds_{suffix}_toewijzing", jeugd);
            yield return $"DELETE FROM ds_{suffix}_levering";
            yield return LeveringDatasets.Levering(wet, $"ds_{suffix}_levering", $"ds_{suffix}_toewijzing", jeugd);
            yield return $"DELETE FROM ds_{suffix}_verzoek";
            yield return ToewijzingDatasets.Verzoek(wet, $"ds_{suffix}_verzoek", $"ds_{suffix}_toewijzing", jeugd);
        }
        yield return "DELETE FROM ds_declaratie";
        yield return DeclaratieDatasets.Declaratie;
        yield return "DELETE FROM ds_berichtretour";
        yield return DeclaratieDatasets.BerichtRetour;
    }
}
