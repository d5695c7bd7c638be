using Dapper;
using Msd.Catalog;

namespace Msd.Ingestion.Extracts;

/// <summary>
/// What a delivery does to earlier ones, after its rows are in. A full extract replaces the earlier
/// delivery of the same source for the same reference date (a corrected re-delivery) in the
/// municipalities it covers. For both kinds, a record (by the dataset key) is taken from the delivery
/// with the latest reference date, so a late file for an older month never overwrites newer data;
/// mutation files also delete the records they mark as removed.
/// </summary>
internal static class ExtractDelivery
{
    public static async Task ApplyAsync(LoadWriter writer, SourceMapping mapping, DatasetDefinition dataset, string[] columns, IReadOnlyList<object?[]> deletions, CancellationToken cancellationToken)
    {
        var db = writer.Database;
        string P(string name) => db.Parameter(name);
        var table = dataset.TableName;
        var key = string.Join(", ", dataset.Key.Select(k => k.Value));
        var parameters = new { id = writer.LoadId, source = mapping.Id, date = writer.ReferenceDate };
        var sameSource = $"SELECT load_id FROM msd_load WHERE source = {P("source")} AND status = 'geladen'";
        long replaced = 0;
        if (mapping.Delivery == "full_extract" && writer.ReferenceDate is not null)
        {
            replaced += await ExecuteAsync(writer,
                $"""
                DELETE FROM {table} WHERE load_id IN ({sameSource} AND reference_date = {P("date")})
                  AND gemeente_code IN (SELECT DISTINCT gemeente_code FROM {table} WHERE load_id = {P("id")})
                """, parameters, cancellationToken);
        }
        var older = $"{sameSource} AND (reference_date < {P("date")} OR reference_date IS NULL OR {P("date")} IS NULL)";
        replaced += await ExecuteAsync(writer,
            $"DELETE FROM {table} WHERE load_id IN ({older}) AND ({key}) IN (SELECT {key} FROM {table} WHERE load_id = {P("id")})",
            parameters, cancellationToken);
        // a late file for an older reference date: what newer deliveries hold stays
        await ExecuteAsync(writer,
            $"DELETE FROM {table} WHERE load_id = {P("id")} AND ({key}) IN (SELECT {key} FROM {table} WHERE load_id IN ({sameSource} AND reference_date > {P("date")}))",
            parameters, cancellationToken);
        var keyIndexes = dataset.Key.Select(k => Array.IndexOf(columns, k.Value)).ToArray();
        var match = string.Join(" AND ", keyIndexes.Select((_, i) => $"{dataset.Key[i].Value} = {P("k" + i)}"));
        foreach (var deletion in deletions)
        {
            var values = new DynamicParameters();
            for (var i = 0; i < keyIndexes.Length; i++)
                values.Add("k" + i, deletion[keyIndexes[i]]);
            replaced += await ExecuteAsync(writer, $"DELETE FROM {table} WHERE {match}", values, cancellationToken);
        }
        writer.Replaced += replaced;
    }

    private static Task<int> ExecuteAsync(LoadWriter writer, string sql, object parameters, CancellationToken cancellationToken) =>
        writer.Connection.ExecuteAsync(new CommandDefinition(sql, parameters, writer.Transaction, cancellationToken: cancellationToken));
}
