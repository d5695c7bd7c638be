using System.Globalization;

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

    /// <summary>
    /// A row back from values in the order of <see cref="Columns"/>, as a database returns them
    /// (dates may come as DateTime, numbers as double): for comparing a new snapshot with the figures
    /// of the previous load (<see cref="CbsRevisions.Compare"/>).
    /// </summary>
    public static CbsIndicatorRow FromValues(IReadOnlyList<object?> values)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Count, Columns.Count);
        string? Text(int i) => values[i] is null or DBNull ? null : Convert.ToString(values[i], CultureInfo.InvariantCulture);
        DateOnly Day(int i) => values[i] is DateOnly d ? d : DateOnly.FromDateTime(Convert.ToDateTime(values[i], CultureInfo.InvariantCulture));
        return new CbsIndicatorRow(
            Text(0), Text(1)!, Text(2)!, Text(3), Text(4)!, Text(5)!, Text(6)!, Text(7)!, Day(8), Day(9),
            values[10] is null or DBNull ? null : Convert.ToDecimal(values[10], CultureInfo.InvariantCulture),
            Text(11), Convert.ToBoolean(values[12], CultureInfo.InvariantCulture), Text(13)!,
            DateTime.SpecifyKind(Convert.ToDateTime(values[14], CultureInfo.InvariantCulture), DateTimeKind.Utc));
    }

    public object?[] ToValues() =>
    [
        GemeenteCode, RegioCode, RegioNiveau, WijkCode, Bron, TabelId, IndicatorCode, PeriodeLabel,
        PeriodeBegin, PeriodeEind, Waarde, Eenheid, Voorlopig, Cijferstatus, DateTime.SpecifyKind(OpgehaaldOp, DateTimeKind.Unspecified),
    ];
}
