using Msd.Catalog;
using Msd.Computation;
using Msd.Storage;

namespace Msd.Publication;

/// <summary>One published external figure (CBS and the like) for a region and period, from its latest fetch.</summary>
public sealed class BenchmarkFigure
{
    public string RegionCode { get; init; } = "";

    public string PeriodLabel { get; init; } = "";

    public DateTime PeriodStart { get; init; }

    public decimal? Value { get; init; }

    public bool Provisional { get; init; }

    public string Source { get; init; } = "";

    public string TableId { get; init; } = "";
}

/// <summary>
/// The external figures a KPI names as its benchmark (<c>benchmark:</c> in the catalogue), read from
/// <c>ds_cbs_indicator</c>, the newest revision of each figure as the KPIs read it. These are public figures,
/// not person-level data: they need no disclosure control.
/// </summary>
public static class BenchmarkFigures
{
    private const string Dataset = "cbs_indicator";

    public static async Task<IReadOnlyList<BenchmarkFigure>> OfAsync(Database database, KpiCatalog catalog, string indicator, CancellationToken cancellationToken) =>
        catalog.Dataset(Dataset) is { } dataset && await database.TableExistsAsync(dataset.TableName, cancellationToken)
            ? await database.QueryAsync<BenchmarkFigure>(
                $"""
                SELECT regio_code AS RegionCode, periode_label AS PeriodLabel, CAST(periode_begin AS TIMESTAMP) AS PeriodStart, waarde AS Value,
                       coalesce(voorlopig, false) AS Provisional, bron AS Source, tabel_id AS TableId
                FROM {KpiCompiler.Rows(dataset)} c
                WHERE indicator_code = {database.Parameter("code")}
                ORDER BY periode_begin, regio_code
                """, new { code = indicator }, cancellationToken)
            : [];
}
