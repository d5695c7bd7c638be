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
/// <c>ds_cbs_indicator</c>. These are public figures, not person-level data: they need no disclosure control.
/// </summary>
public static class BenchmarkFigures
{
    public static async Task<IReadOnlyList<BenchmarkFigure>> OfAsync(Database database, string indicator, CancellationToken cancellationToken) =>
        await database.TableExistsAsync("ds_cbs_indicator", cancellationToken)
            ? await database.QueryAsync<BenchmarkFigure>(
                $"""
                SELECT regio_code AS RegionCode, periode_label AS PeriodLabel, CAST(periode_begin AS TIMESTAMP) AS PeriodStart, waarde AS Value,
                       coalesce(voorlopig, false) AS Provisional, bron AS Source, tabel_id AS TableId
                FROM ds_cbs_indicator c
                WHERE indicator_code = {database.Parameter("code")}
                  AND opgehaald_op = (SELECT max(opgehaald_op) FROM ds_cbs_indicator l
                                      WHERE l.indicator_code = c.indicator_code AND l.regio_code = c.regio_code AND l.periode_label = c.periode_label
                                        AND l.tabel_id = c.tabel_id)
                ORDER BY periode_begin, regio_code
                """, new { code = indicator }, cancellationToken)
            : [];
}
