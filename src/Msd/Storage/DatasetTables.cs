using Msd.Catalog;

namespace Msd.Storage;

/// <summary>
/// Creates a table per catalogue dataset (<c>ds_{id}</c>) and adds columns when the catalogue gains
/// them. Columns are never dropped: data already loaded is not ours to throw away.
/// </summary>
public static class DatasetTables
{
    /// <summary>Every dataset table starts with the load that brought the row in, for lineage.</summary>
    public const string LoadColumn = "load_id";

    public static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Eurocent => "BIGINT",
        ColumnType.Decimal => "DECIMAL(18,4)",
        ColumnType.Date => "DATE",
        ColumnType.Timestamp => "TIMESTAMP",
        ColumnType.Boolean => "BOOLEAN",
        _ => "VARCHAR",
    };

    public static async Task SyncAsync(Database database, KpiCatalog catalog, CancellationToken cancellationToken)
    {
        foreach (var dataset in catalog.Datasets)
        {
            var columns = string.Join(",\n    ", dataset.Columns.Select(c => $"{c.Name} {SqlType(c.Type)}"));
            await database.ExecuteAsync($"CREATE TABLE IF NOT EXISTS {dataset.TableName} (\n    {LoadColumn} BIGINT,\n    {columns}\n)", null, cancellationToken);
            var existing = (await database.ColumnsAsync(dataset.TableName, cancellationToken)).ToHashSet(StringComparer.Ordinal);
            foreach (var column in dataset.Columns.Where(c => !existing.Contains(c.Name)))
                await database.ExecuteAsync($"ALTER TABLE {dataset.TableName} ADD COLUMN {column.Name} {SqlType(column.Type)}", null, cancellationToken);
            await database.ExecuteAsync(
                $"""
                INSERT INTO msd_dataset_table (dataset_id, table_name, columns, synced_at)
                VALUES ({database.Parameter("id")}, {database.Parameter("t")}, {database.Parameter("c")}, {database.Parameter("s")})
                ON CONFLICT (dataset_id) DO UPDATE SET table_name = excluded.table_name, columns = excluded.columns, synced_at = excluded.synced_at
                """,
                new { id = dataset.Id, t = dataset.TableName, c = string.Join(",", dataset.Columns.Select(c => c.Name)), s = DateTime.UtcNow },
                cancellationToken);
        }
    }

    /// <summary>Rows per dataset table; a dataset whose table does not exist yet counts as empty.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> RowCountsAsync(Database database, KpiCatalog catalog, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var dataset in catalog.Datasets)
        {
            counts[dataset.Id] = await database.TableExistsAsync(dataset.TableName, cancellationToken)
                ? await database.ScalarAsync<long>($"SELECT count(*) FROM {dataset.TableName}", null, cancellationToken)
                : 0;
        }
        return counts;
    }
}
