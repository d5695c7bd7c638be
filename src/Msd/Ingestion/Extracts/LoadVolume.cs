using Dapper;
using Msd.Catalog;

namespace Msd.Ingestion.Extracts;

/// <summary>
/// Records how many rows a delivery brought per municipality (msd_load_volume), before later deliveries
/// replace them in the dataset table: the volume check compares each delivery with the previous one.
/// </summary>
internal static class LoadVolume
{
    public static async Task RecordAsync(LoadWriter writer, DatasetDefinition dataset, CancellationToken cancellationToken)
    {
        if (dataset.Column("gemeente_code") is null)
            return;
        var id = writer.Database.Parameter("id");
        await writer.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO msd_load_volume (load_id, gemeente_code, records)
            SELECT load_id, gemeente_code, count(*) FROM {dataset.TableName} WHERE load_id = {id} AND gemeente_code IS NOT NULL GROUP BY load_id, gemeente_code
            """,
            new { id = writer.LoadId }, writer.Transaction, cancellationToken: cancellationToken));
    }
}
