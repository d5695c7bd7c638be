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
        // each statement scans the dataset table; ask the (small) load log first whether it can apply at all
        var earlierDates = (await writer.Connection.QueryAsync<DateTime?>(new CommandDefinition(
            $"SELECT DISTINCT CAST(reference_date AS TIMESTAMP) FROM msd_load WHERE source = {P("source")} AND status = 'geladen'",
            parameters, writer.Transaction, cancellationToken: cancellationToken))).ToList();
        if (earlierDates.Count == 0)
        {
            await DeleteAsync(writer, table, deletions, dataset, columns, cancellationToken);
            return;
        }
        var date = writer.ReferenceDate?.ToDateTime(TimeOnly.MinValue);
        if (mapping.Delivery == "full_extract" && date is not null && earlierDates.Contains(date))
        {
            replaced += await ExecuteAsync(writer,
                $"""
                DELETE FROM {table} WHERE load_id IN ({sameSource} AND reference_date = {P("date")})
                  AND gemeente_code IN (SELECT DISTINCT gemeente_code FROM {table} WHERE load_id = {P("id")})
                """, parameters, cancellationToken);
        }
        var older = $"{sameSource} AND (reference_date < {P("date")} OR reference_date IS NULL OR {P("date")} IS NULL)";
        if (date is null || earlierDates.Any(d => d is null || d < date))
        {
            replaced += await ExecuteAsync(writer,
                $"DELETE FROM {table} WHERE load_id IN ({older}) AND ({key}) IN (SELECT {key} FROM {table} WHERE load_id = {P("id")})",
                parameters, cancellationToken);
        }
        // a late file for an older reference date: what newer deliveries hold stays
        if (date is not null && earlierDates.Any(d => d > date))
        {
            await ExecuteAsync(writer,
                $"DELETE FROM {table} WHERE load_id = {P("id")} AND ({key}) IN (SELECT {key} FROM {table} WHERE load_id IN ({sameSource} AND reference_date > {P("date")}))",
                parameters, cancellationToken);
        }
        writer.Replaced += replaced;
        await DeleteAsync(writer, table, deletions, dataset, columns, cancellationToken);
    }

    /// <summary>The records a mutation file marks as removed.</summary>
    private static async Task DeleteAsync(LoadWriter writer, string table, IReadOnlyList<object?[]> deletions, DatasetDefinition dataset, string[] columns, CancellationToken cancellationToken)
    {
        string P(string name) => writer.Database.Parameter(name);
        var keyIndexes = dataset.Key.Select(k => Array.IndexOf(columns, k.Value)).ToArray();
        var match = string.Join(" AND ", keyIndexes.Select((_, i) => $"{dataset.Key[i].Value} = {P("k" + i)}"));
        foreach (var deletion in deletions)
        {
            var values = new DynamicParameters();
            for (var i = 0; i < keyIndexes.Length; i++)
                values.Add("k" + i, deletion[keyIndexes[i]]);
            writer.Replaced += await ExecuteAsync(writer, $"DELETE FROM {table} WHERE {match}", values, cancellationToken);
        }
    }

    private static Task<int> ExecuteAsync(LoadWriter writer, string sql, object parameters, CancellationToken cancellationToken) =>
        writer.Connection.ExecuteAsync(new CommandDefinition(sql, parameters, writer.Transaction, cancellationToken: cancellationToken));
}
