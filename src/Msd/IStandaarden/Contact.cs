namespace Msd.IStandaarden;

/// <summary>
/// Contact of a client or relatie in a 301: an address type, an address and the ways to reach them.
/// The postcode of the client is only ever sent here (Contactgegevens/Contact/Adres).
/// </summary>
/// <param name="Soort">COD757: <c>01</c> BRP-adres, <c>02</c> correspondentie, <c>03</c> verblijf, <c>04</c> tijdelijk verblijf.</param>
public sealed record Contact(string Soort)
{
    public Adres? Adres { get; init; }

    /// <summary>The organisation where the person stays, at most 35 characters.</summary>
    public string? Organisatie { get; init; }

    public Telefoon? Telefoon { get; init; }

    /// <summary>A second number (Telefoon02); only written together with <see cref="Telefoon"/>.</summary>
    public Telefoon? Telefoon2 { get; init; }

    public string? Emailadres { get; init; }

    /// <summary>Start of a stay at a temporary address (CDT_OpenPeriode).</summary>
    public DateOnly? PeriodeBegindatum { get; init; }

    public DateOnly? PeriodeEinddatum { get; init; }

    /// <summary>Only in a 302.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>
/// CDT_Adres with its CDT_Huis flattened into it: Huis is written when <see cref="Huisnummer"/> is set.
/// All parts are optional in the XSD.
/// </summary>
/// <param name="Postcode">1–8 characters; Dutch postcodes as <c>7921AB</c>, without a space.</param>
/// <param name="Huisnummer">0–99 999.</param>
/// <param name="Straatnaam">1–24 characters.</param>
/// <param name="Plaatsnaam">1–80 characters.</param>
public sealed record Adres(string? Postcode = null, int? Huisnummer = null, string? Straatnaam = null, string? Plaatsnaam = null)
{
    /// <summary>One character, such as <c>A</c>.</summary>
    public string? Huisletter { get; init; }

    /// <summary>1–4 characters, such as <c>bis</c> or <c>2</c>.</summary>
    public string? HuisnummerToevoeging { get; init; }

    /// <summary>NUM061: <c>AB</c>, <c>BY</c>, <c>TO</c>, <c>WW</c>.</summary>
    public string? AanduidingWoonadres { get; init; }

    /// <summary>ISO 3166 alpha-2, such as <c>NL</c>.</summary>
    public string? LandCode { get; init; }
}

/// <summary>CDT_Telefoon: digits only (at most 15) and a country prefix such as <c>0031</c>.</summary>
public sealed record Telefoon(string Telefoonnummer, string Landnummer = "0031");

/// <summary>CDT_Communicatie: a special form of communication (COD747) and, for a tolk, the language.</summary>
public sealed record Communicatie(string Vorm, string? Taal = null);

/// <summary>A relatie of the client in a 301 (parent, guardian, mentor, …).</summary>
/// <param name="Nummer">The gemeente's own id for the relatie, 1–20 characters.</param>
/// <param name="Soort">COD472, such as <c>10</c> ouder, <c>11</c> voogd, <c>15</c> mentor.</param>
/// <param name="Naam">The full name of the relatie.</param>
/// <param name="Contact">How to reach the relatie.</param>
public sealed record Relatie(string Nummer, string Soort, Naam Naam, Contact Contact)
{
    public int? Volgorde { get; init; }

    public Geboortedatum? Geboortedatum { get; init; }

    public string? Geslacht { get; init; }

    /// <summary>Only in a 302.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}
