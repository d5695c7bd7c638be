using Dapper;
using Msd.Storage;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// Rebuilds the catalogue datasets that follow from the messages, from all raw message rows, in one
/// transaction with plain SQL that both engines run: the current toewijzingen, the deliveries, the
/// requests with their answers, the declarations with their assessment and the retour codes. A rebuild
/// rather than an update, because a later message can change an earlier one (a new version, a
/// withdrawal with StatusAanlevering 3). Derived rows keep the load_id of the message they come from.
/// A dataset the workspace's catalogue does not have (no ds_ table) is skipped.
/// </summary>
internal static class BerichtDatasets
{
    public static async Task RebuildAsync(Database database, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in Rebuilds().SelectMany(r => r.Tables).Distinct(StringComparer.Ordinal))
        {
            if (await database.TableExistsAsync(table, cancellationToken))
                present.Add(table);
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (tables, insert) in Rebuilds().Where(r => r.Tables.All(present.Contains)))
        {
            await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {tables[0]}", transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(insert, transaction: transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Per dataset: its table, the dataset tables its SQL reads, and the INSERT. The toewijzing datasets come
    /// first, because the others take district, referrer and date from them.
    /// </summary>
    internal static IEnumerable<(string[] Tables, string Insert)> Rebuilds()
    {
        foreach (var (wet, suffix) in new[] { ("JW", "jeugdhulp"), ("WMO", "wmo") })
        {
            var jeugd = wet == "JW";
            var toewijzing = $"ds_{suffix}_toewijzing";
            yield return ([toewijzing], ToewijzingDatasets.Toewijzing(wet, toewijzing, jeugd));
            yield return ([$"ds_{suffix}_levering", toewijzing], LeveringDatasets.Levering(wet, $"ds_{suffix}_levering", toewijzing, jeugd));
            yield return ([$"ds_{suffix}_verzoek", toewijzing], ToewijzingDatasets.Verzoek(wet, $"ds_{suffix}_verzoek", toewijzing, jeugd));
        }
        yield return (["ds_declaratie"], DeclaratieDatasets.Declaratie);
        yield return (["ds_berichtretour"], DeclaratieDatasets.BerichtRetour);
    }
}
