using Dapper;
using Msd.Catalog;
using Msd.Storage;

namespace Msd.Computation;

/// <summary>Stores and reads the computed values (<c>msd_kpi_value</c>) and what they were computed from.</summary>
public static class KpiValueStore
{
    private static readonly string[] Columns =
    [
        "kpi_id", "kpi_version", "grain", "period", "period_start", "period_end", "area_code", "breakdown",
        "numerator", "denominator", "cases", "value", "unit", "provisional", "computed_at",
    ];

    /// <summary>Replaces a KPI's values and its computation record in one transaction.</summary>
    public static async Task ReplaceAsync(
        Database database, KpiDefinition kpi, IReadOnlyList<KpiValue> values, string hash, string inputs, TimeSpan duration, CancellationToken cancellationToken)
    {
        var p = database.Parameter;
        var now = DateTime.UtcNow;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM msd_kpi_value WHERE kpi_id = {p("id")}", new { id = kpi.Id }, transaction, cancellationToken: cancellationToken));
        await database.BulkInsertAsync(connection, "msd_kpi_value", Columns, values.Select(v => new object?[]
        {
            v.KpiId, v.KpiVersion, v.Period.Grain, v.Period.Label, v.Period.Start, v.Period.End, v.AreaCode, v.Breakdown,
            v.Numerator, v.Denominator, v.Cases, v.Value, v.Unit, v.Provisional, now,
        }), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM msd_kpi_computation WHERE kpi_id = {p("id")}", new { id = kpi.Id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO msd_kpi_computation (kpi_id, kpi_version, definition_hash, inputs, load_ids, computed_at, duration_ms, value_count)
            VALUES ({p("id")}, {p("v")}, {p("h")}, {p("i")}, {p("l")}, {p("t")}, {p("ms")}, {p("n")})
            """,
            new { id = kpi.Id, v = kpi.Version, h = hash, i = inputs, l = LoadIds(inputs), t = now, ms = (long)duration.TotalMilliseconds, n = (long)values.Count },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A KPI's stored values, with their periods.</summary>
    public static async Task<IReadOnlyList<KpiValue>> ReadAsync(Database database, string kpiId, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync<StoredValue>(
            $"""
            SELECT kpi_id AS KpiId, kpi_version AS KpiVersion, grain AS Grain, period AS Period, CAST(period_start AS TIMESTAMP) AS PeriodStart,
                   CAST(period_end AS TIMESTAMP) AS PeriodEnd, area_code AS AreaCode, breakdown AS Breakdown, numerator AS Numerator,
                   denominator AS Denominator, cases AS Cases, value AS Value, unit AS Unit, provisional AS Provisional
            FROM msd_kpi_value WHERE kpi_id = {database.Parameter("id")}
            ORDER BY period_start, grain, area_code, breakdown
            """,
            new { id = kpiId }, cancellationToken);
        return [.. rows.Select(r => new KpiValue(r.KpiId, r.KpiVersion,
            new ReportingPeriod(r.Grain, r.Period, DateOnly.FromDateTime(r.PeriodStart), DateOnly.FromDateTime(r.PeriodEnd)),
            r.AreaCode, r.Breakdown, r.Numerator, r.Denominator, r.Cases, r.Value, r.Unit, r.Provisional))];
    }

    /// <summary>"jeugdhulp_toewijzing:1234;bevolking:17": the latest load per dataset, for lineage.</summary>
    private static string LoadIds(string inputs) =>
        string.Join(";", inputs.Split(';').Select(part => part.Split(':')).Select(x => $"{x[0]}:{x[2]}"));

    private sealed class StoredValue
    {
        public string KpiId { get; init; } = "";

        public int KpiVersion { get; init; }

        public string Grain { get; init; } = "";

        public string Period { get; init; } = "";

        public DateTime PeriodStart { get; init; }

        public DateTime PeriodEnd { get; init; }

        public string AreaCode { get; init; } = "";

        public string Breakdown { get; init; } = "";

        public decimal? Numerator { get; init; }

        public decimal? Denominator { get; init; }

        public long Cases { get; init; }

        public decimal? Value { get; init; }

        public string Unit { get; init; } = "";

        public bool Provisional { get; init; }
    }
}
