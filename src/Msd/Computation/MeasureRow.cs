using System.Data.Common;

namespace Msd.Computation;

/// <summary>One row of a measure query: a cell and its aggregate.</summary>
public sealed record MeasureRow(string Grain, string Period, string AreaCode, string Breakdown, decimal? Measure, long? Within, long Cases)
{
    public static async Task<IReadOnlyList<MeasureRow>> ReadAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<MeasureRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new MeasureRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : Convert.ToDecimal(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(5) ? null : Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}
