namespace Msd.IStandaarden;

/// <summary>JW323/WMO323 Declaratie: the aanbieder's monthly invoice of delivered prestaties.</summary>
public sealed record Bericht323(Wet Wet, Header Header, Declaratie Declaratie);

/// <summary>
/// The declaratie. <see cref="Clienten"/> is enumerated once, while writing, so a large declaratie can
/// be produced lazily (for example with <c>yield return</c>); it must yield at least one client.
/// </summary>
/// <param name="DeclaratieNummer">1–12 letters and digits.</param>
/// <param name="DeclaratiePeriode">Usually one calendar month.</param>
/// <param name="DeclaratieDagtekening">The day the declaratie was made.</param>
/// <param name="TotaalIngediendBedrag">Sum of all prestaties, debet minus credit (see <see cref="BedragMetDC.FromSaldo"/>).</param>
/// <param name="Clienten">At least one client, each with its prestaties.</param>
public sealed record Declaratie(
    string DeclaratieNummer,
    Periode DeclaratiePeriode,
    DateOnly DeclaratieDagtekening,
    BedragMetDC TotaalIngediendBedrag,
    IEnumerable<DeclaratieClient> Clienten);

/// <summary>A client in a 323 or 325 with at least one prestatie.</summary>
public sealed record DeclaratieClient(string Bsn, IReadOnlyList<Prestatie> Prestaties)
{
    /// <summary>Only in a 325.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>
/// One prestatie: what was delivered on one toewijzing for one product in one ProductPeriode. A correction
/// is a credit prestatie whose <see cref="VorigReferentieNummer"/> names the earlier ReferentieNummer,
/// followed by a new debet one.
/// </summary>
/// <param name="ReferentieNummer">ProductReferentie/ReferentieNummer: the aanbieder's key, 1–20 characters.</param>
/// <param name="ToewijzingNummer">The toewijzing (301) the prestatie was delivered on.</param>
/// <param name="Product">Categorie and Code, both required here.</param>
/// <param name="ProductPeriode">Inside the DeclaratiePeriode and the toewijzing.</param>
/// <param name="GeleverdVolume">In eurocent when Eenheid is <c>83</c>.</param>
/// <param name="Eenheid">WJ756, as in <see cref="Omvang"/>.</param>
/// <param name="IngediendBedrag">GeleverdVolume × ProductTarief unless Eenheid is <c>83</c> (TR346).</param>
public sealed record Prestatie(
    string ReferentieNummer,
    int ToewijzingNummer,
    Product Product,
    Periode ProductPeriode,
    int GeleverdVolume,
    string Eenheid,
    BedragMetDC IngediendBedrag)
{
    /// <summary>ProductReferentie/VorigReferentieNummer: the prestatie this one corrects or cancels.</summary>
    public string? VorigReferentieNummer { get; init; }

    /// <summary>Eurocent per unit.</summary>
    public long? ProductTarief { get; init; }

    /// <summary>Only in a 325.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}
