namespace Msd.Ingestion.Cbs;

/// <summary>
/// One row of dataset cbs_indicator as read from a CBS snapshot. <see cref="ToValues"/> gives the
/// values in the order of <see cref="Columns"/> (the dataset's columns, without load_id), with the
/// CLR types both database engines bulk-load: DateOnly for dates, an unspecified-kind DateTime (UTC)
/// for the fetch time.
/// </summary>
public sealed record CbsIndicatorRow(
    string? GemeenteCode,
    string RegioCode,
    string RegioNiveau,
    string? WijkCode,
    string Bron,
    string TabelId,
    string IndicatorCode,
    string PeriodeLabel,
    DateOnly PeriodeBegin,
    DateOnly PeriodeEind,
    decimal? Waarde,
    string? Eenheid,
    bool Voorlopig,
    string Cijferstatus,
    DateTime OpgehaaldOp)
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "gemeente_code", "regio_code", "regio_niveau", "wijk_code", "bron", "tabel_id", "indicator_code", "periode_label",
        "periode_begin", "periode_eind", "waarde", "eenheid", "voorlopig", "cijferstatus", "opgehaald_op",
    ];

    /// <summary>What identifies a published figure across fetches: table, indicator, region and period.</summary>
    public (string Table, string Indicator, string Region, string Period) Figure => (TabelId, IndicatorCode, RegioCode, PeriodeLabel);

    public object?[] ToValues() =>
    [
        GemeenteCode, RegioCode, RegioNiveau, WijkCode, Bron, TabelId, IndicatorCode, PeriodeLabel,
        PeriodeBegin, PeriodeEind, Waarde, Eenheid, Voorlopig, Cijferstatus, DateTime.SpecifyKind(OpgehaaldOp, DateTimeKind.Unspecified),
    ];
}
