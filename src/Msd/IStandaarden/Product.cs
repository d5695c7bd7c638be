namespace Msd.IStandaarden;

/// <summary>
/// CDT_Product. The categorie list differs per law (JZ020 for Jeugdwet, WMO020 for Wmo; see
/// <see cref="WetCodes"/>). Without a code the product is "aspecifiek".
/// </summary>
/// <param name="Categorie">Two digits, such as <c>45</c> (Jeugdhulp ambulant) or <c>02</c> (Begeleiding).</param>
/// <param name="Code">1–5 characters from the national product code list, such as <c>45A03</c>.</param>
public sealed record Product(string Categorie, string? Code = null);

/// <summary>CDT_Omvang: <c>Volume</c> units of <c>Eenheid</c> per <c>Frequentie</c>.</summary>
/// <param name="Volume">0–99 999 999; in eurocent when Eenheid is <c>83</c>.</param>
/// <param name="Eenheid">WJ756: <c>01</c> minuut, <c>04</c> uur, <c>14</c> etmaal, <c>16</c> dagdeel, <c>82</c>/<c>84</c> stuks, <c>83</c> euro's.</param>
/// <param name="Frequentie">WMO757: <c>1</c> per dag, <c>2</c> per week, <c>4</c> per maand, <c>6</c> totaal binnen de toewijzing.</param>
public sealed record Omvang(int Volume, string Eenheid, string Frequentie);

/// <summary>CDT_GeslotenPeriode: both dates inclusive.</summary>
public sealed record Periode(DateOnly Begindatum, DateOnly Einddatum);

/// <summary>CDT_BedragMetDC and CDT_TotaalBedragMetDC: an amount in eurocent with <c>D</c> (debet) or <c>C</c> (credit).</summary>
public sealed record BedragMetDC(long Eurocent, string DebetCredit)
{
    public static BedragMetDC Debet(long eurocent) => new(eurocent, "D");

    public static BedragMetDC Credit(long eurocent) => new(eurocent, "C");

    /// <summary>The signed amount: debet positive, credit negative.</summary>
    public long Saldo => DebetCredit == "C" ? -Eurocent : Eurocent;

    /// <summary>The amount for a signed saldo: a negative saldo becomes a credit.</summary>
    public static BedragMetDC FromSaldo(long saldo) => saldo < 0 ? Credit(-saldo) : Debet(saldo);
}
