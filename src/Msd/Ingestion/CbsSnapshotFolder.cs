using Msd.Ingestion.Cbs;

namespace Msd.Ingestion;

/// <summary>A folder holding one CBS StatLine table as the OData API returned it (v3 or v4): one delivery.</summary>
internal static class CbsSnapshotFolder
{
    public static bool IsSnapshot(string folder) => CbsSnapshots.IsSnapshotFolder(folder);

    public static Delivery Delivery(string folder, string display)
    {
        // the snapshot reader and its content hash work on the folder itself, not on documents
        var bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        return new Delivery(DeliveryKind.Cbs, "CBS " + Path.GetFileName(folder), folder, display, bytes, () => []);
    }

    /// <summary>Loads the snapshot's figures into cbs_indicator; every fetch is kept (its date is in the key), so revisions stay visible.</summary>
    public static async Task ReadAsync(Delivery delivery, LoadWriter writer, IngestContext context, CancellationToken cancellationToken)
    {
        var mapping = CbsSnapshots.MappingFor(delivery.Path, context.Catalog);
        string[] columns = [.. CbsSnapshots.Columns];
        var current = new List<CbsIndicatorRow>();
        foreach (var row in CbsSnapshots.IndicatorRows(delivery.Path, mapping))
        {
            writer.CountRead();
            await writer.AddAsync("ds_cbs_indicator", columns, row.ToValues(), cancellationToken);
            writer.CountLoaded();
            current.Add(row);
        }
        if (current.Count > 0 && await PreviousFetchAsync(writer, current[0], cancellationToken) is { Count: > 0 } previous)
            writer.Note = CbsRevisions.Compare(previous, current).Summary;
    }

    /// <summary>The figures of the latest earlier fetch of the same table, to say what CBS revised since.</summary>
    private static async Task<List<CbsIndicatorRow>> PreviousFetchAsync(LoadWriter writer, CbsIndicatorRow first, CancellationToken cancellationToken)
    {
        var p = writer.Database.Parameter;
        var sql = $"""
            SELECT {string.Join(", ", CbsSnapshots.Columns)} FROM ds_cbs_indicator
            WHERE tabel_id = {p("table")} AND load_id <> {p("load")} AND opgehaald_op = (
                SELECT max(opgehaald_op) FROM ds_cbs_indicator WHERE tabel_id = {p("table")} AND load_id <> {p("load")} AND opgehaald_op < {p("fetched")})
            """;
        await using var command = writer.Connection.CreateCommand();
        command.Transaction = writer.Transaction;
        command.CommandText = sql;
        foreach (var (name, value) in new (string, object)[] { ("table", first.TabelId), ("load", writer.LoadId), ("fetched", DateTime.SpecifyKind(first.OpgehaaldOp, DateTimeKind.Unspecified)) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var rows = new List<CbsIndicatorRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(CbsIndicatorRow.FromValues(values));
        }
        return rows;
    }
}
