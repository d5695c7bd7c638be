namespace Msd.IStandaarden;

/// <summary>
/// The identifying part of a client as every client-level message carries it (Bsn, Geboortedatum,
/// Geslacht, Naam). 301 writes the full name (CDT_VolledigeNaam); 305, 307 and 315 write the short one
/// (CDT_VerkorteNaam) and leave out Partnernaam and NaamGebruik.
/// </summary>
/// <param name="Bsn">9 digits; the generator supplies synthetic numbers that pass the 11-proef.</param>
/// <param name="Geboortedatum">The date of birth, possibly partly unknown.</param>
/// <param name="Geslacht">COD046: <c>0</c> onbekend, <c>1</c> man, <c>2</c> vrouw.</param>
/// <param name="Naam">Full or short name, see above.</param>
public sealed record Persoon(string Bsn, Geboortedatum Geboortedatum, string Geslacht, Naam Naam);

/// <summary>CDT_Geboortedatum.</summary>
/// <param name="Datum">The date of birth.</param>
/// <param name="DatumGebruik">COD170: <c>1</c> day unknown, <c>2</c> day and month unknown, <c>3</c> date unknown; null when the date is exact.</param>
public sealed record Geboortedatum(DateOnly Datum, string? DatumGebruik = null);

/// <summary>CDT_VolledigeNaam and CDT_VerkorteNaam in one record.</summary>
/// <param name="Geslachtsnaam">The own surname.</param>
/// <param name="Voornamen">First names, 1–200 characters.</param>
/// <param name="Voorletters">Letters only, at most 6, no dots (XSD pattern).</param>
public sealed record Naam(Achternaam Geslachtsnaam, string? Voornamen = null, string? Voorletters = null)
{
    /// <summary>Only in the full name (301 and Relatie).</summary>
    public Achternaam? Partnernaam { get; init; }

    /// <summary>COD700, required in the full name: <c>1</c> eigen naam, <c>2</c> naam partner, ….</summary>
    public string NaamGebruik { get; init; } = "1";
}

/// <summary>CDT_Achternaam: a surname with its optional prefix (<c>de</c>, <c>van der</c>).</summary>
public sealed record Achternaam(string Naam, string? Voorvoegsel = null);
