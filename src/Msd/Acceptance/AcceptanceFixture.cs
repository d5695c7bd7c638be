using Msd.Catalog;
using Msd.Ingestion.Berichten;
using Msd.Storage;

namespace Msd.Acceptance;

/// <summary>
/// Puts a case's fixture in the database: raw message rows first (then the message datasets are rebuilt
/// with the real ingestion SQL, so a withdrawn or deleted message is handled as in production), then the
/// dataset rows. A column a row leaves out is empty; <c>gemeente_code</c> defaults to the case's municipality.
/// </summary>
internal static class AcceptanceFixture
{
    private const long LoadId = 1;

    public static async Task LoadAsync(Database database, KpiCatalog catalog, AcceptanceCase c, CancellationToken cancellationToken)
    {
        var municipality = AcceptanceEnvironment.MunicipalityOf(c.Area.Value);
        var raw = c.Fixture.Where(t => t.Raw).ToList();
        foreach (var table in raw)
            await LoadRawAsync(database, table, municipality, cancellationToken);
        if (raw.Count > 0)
            await BerichtDatasets.RebuildAsync(database, cancellationToken);
        foreach (var table in c.Fixture.Where(t => !t.Raw))
        {
            var dataset = catalog.Dataset(table.Table.Value) ?? throw Problem(table.Table.At, $"De dataset '{table.Table.Value}' bestaat niet.");
            var columns = dataset.Columns.Select(col => (col.Name, col.Type)).ToList();
            await InsertAsync(database, dataset.TableName, columns, table, municipality, cancellationToken);
        }
    }

    /// <summary>Empties what a previous case filled: the dataset and raw message tables and the computed and published values.</summary>
    public static async Task ClearAsync(Database database, KpiCatalog catalog, CancellationToken cancellationToken)
    {
        var tables = catalog.Datasets.Select(d => d.TableName)
            .Concat(BerichtTables.All.Select(t => t.Name))
            .Concat(["msd_kpi_value", "msd_kpi_computation", "msd_kpi_published"]);
        foreach (var table in tables)
            await database.ExecuteAsync($"DELETE FROM {table}", null, cancellationToken);
    }

    private static async Task LoadRawAsync(Database database, FixtureTable table, string municipality, CancellationToken cancellationToken)
    {
        var known = BerichtTables.All.FirstOrDefault(t => t.Name == table.Table.Value)
            ?? throw Problem(table.Table.At, $"'{table.Table.Value}' is geen ruwe berichttabel. Kies uit: {string.Join(", ", BerichtTables.All.Select(t => t.Name))}.");
        var types = (await database.QueryAsync<(string Name, string Type)>(
            $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = {database.Parameter("t")} AND table_schema = current_schema()",
            new { t = known.Name }, cancellationToken)).ToDictionary(x => x.Name, x => x.Type, StringComparer.Ordinal);
        var columns = known.Columns.Select(name => (name, TypeOf(types[name]))).ToList();
        await InsertAsync(database, known.Name, columns, table, municipality, cancellationToken);
    }

    private static async Task InsertAsync(
        Database database, string tableName, List<(string Name, ColumnType Type)> columns, FixtureTable table, string municipality, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        foreach (var (row, number) in table.Rows.Select((r, i) => (r, i + 1)))
        {
            var values = new object?[columns.Count + 1];
            values[0] = LoadId;
            foreach (var v in row.Values)
            {
                var index = columns.FindIndex(col => col.Name == v.Column.Value);
                if (index < 0)
                    throw Problem(v.Column.At, $"Tabel {tableName} heeft geen kolom '{v.Column.Value}'. Kolommen: {string.Join(", ", columns.Select(col => col.Name))}.");
                var (value, expected) = AcceptanceValues.Parse(columns[index].Type, v.Text);
                values[index + 1] = expected is null ? value : throw Problem(v.At, $"Kolom '{v.Column.Value}' verwacht {expected}, niet '{v.Text}'.");
            }
            Default(columns, values, "gemeente_code", municipality);
            Default(columns, values, "bericht_nr", (long)number);
            rows.Add(values);
        }
        await database.BulkInsertAsync(tableName, [DatasetTables.LoadColumn, .. columns.Select(col => col.Name)], rows, cancellationToken);
    }

    private static void Default(List<(string Name, ColumnType Type)> columns, object?[] values, string column, object value)
    {
        var index = columns.FindIndex(col => col.Name == column);
        if (index >= 0 && values[index + 1] is null)
            values[index + 1] = value;
    }

    private static ColumnType TypeOf(string sqlType) => sqlType.ToUpperInvariant() switch
    {
        "BIGINT" or "INTEGER" => ColumnType.Integer,
        "DATE" => ColumnType.Date,
        var t when t.StartsWith("TIMESTAMP", StringComparison.Ordinal) => ColumnType.Timestamp,
        "BOOLEAN" => ColumnType.Boolean,
        var t when t.StartsWith("DECIMAL", StringComparison.Ordinal) => ColumnType.Decimal,
        _ => ColumnType.Text,
    };

    private static MsdUserException Problem(SourceLocation at, string message) => new($"{at}: {message}");
}
