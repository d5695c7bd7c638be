using Msd.Storage;

namespace Msd.Publication;

/// <summary>One row of the export contract (<c>msd export values</c>), published or — when allowed — unprotected.</summary>
public sealed class ExportRow
{
    public string KpiId { get; init; } = "";

    public string Period { get; init; } = "";

    public string Grain { get; init; } = "";

    public string AreaCode { get; init; } = "";

    public string Breakdown { get; init; } = "";

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    public decimal? Value { get; init; }

    public string Unit { get; init; } = "";

    public string Status { get; init; } = "";

    public string? Reason { get; init; }

    public decimal? Target { get; init; }

    public string? TargetStatus { get; init; }
}

/// <summary>Reads values for output: the published table, or the computed values for an allowed unprotected export.</summary>
public static class PublishedValueStore
{
    public static Task<IReadOnlyList<ExportRow>> PublishedAsync(Database database, string? kpiId, CancellationToken cancellationToken) =>
        database.QueryAsync<ExportRow>(
            $"""
            SELECT kpi_id AS KpiId, period AS Period, grain AS Grain, area_code AS AreaCode, breakdown AS Breakdown, numerator AS Numerator,
                   denominator AS Denominator, value AS Value, unit AS Unit, status AS Status, reason AS Reason,
                   target AS Target, target_status AS TargetStatus
            FROM msd_kpi_published {Where(database, kpiId)}
            ORDER BY kpi_id, period_start, period_end DESC, area_code, breakdown
            """,
            new { id = kpiId }, cancellationToken);

    /// <summary>The values before disclosure control. Only for an export the workspace explicitly allows.</summary>
    public static Task<IReadOnlyList<ExportRow>> UnprotectedAsync(Database database, string? kpiId, CancellationToken cancellationToken) =>
        database.QueryAsync<ExportRow>(
            $"""
            SELECT kpi_id AS KpiId, period AS Period, grain AS Grain, area_code AS AreaCode, breakdown AS Breakdown, numerator AS Numerator,
                   denominator AS Denominator, value AS Value, unit AS Unit,
                   CASE WHEN value IS NULL THEN 'ontbreekt' WHEN provisional THEN 'voorlopig' ELSE 'ok' END AS Status, CAST(NULL AS VARCHAR) AS Reason
            FROM msd_kpi_value {Where(database, kpiId)}
            ORDER BY kpi_id, period_start, period_end DESC, area_code, breakdown
            """,
            new { id = kpiId }, cancellationToken);

    private static string Where(Database database, string? kpiId) => kpiId is null ? "" : $"WHERE kpi_id = {database.Parameter("id")}";
}
