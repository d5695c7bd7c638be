namespace Msd.IStandaarden;

/// <summary>JW301/WMO301 Toewijzing: the gemeente orders an aanbieder to deliver products to one client.</summary>
public sealed record Bericht301(Wet Wet, Header Header, Client301 Client);

/// <summary>The client of a toewijzing, with contact details and at least one toegewezen product.</summary>
/// <param name="Persoon">Bsn, Geboortedatum, Geslacht and the full name.</param>
/// <param name="Contactgegevens">At least one; prefer Soort <c>01</c> (BRP-adres) first.</param>
/// <param name="ToegewezenProducten">At least one.</param>
public sealed record Client301(Persoon Persoon, IReadOnlyList<Contact> Contactgegevens, IReadOnlyList<ToegewezenProduct> ToegewezenProducten)
{
    public Communicatie? Communicatie { get; init; }

    /// <summary>WJ232, such as <c>04</c> ondertoezichtstelling. The XSD allows it in WMO301 as well.</summary>
    public string? JuridischeStatus { get; init; }

    /// <summary>WJ003, such as <c>06</c> voogdij.</summary>
    public string? WettelijkeVertegenwoordiging { get; init; }

    public string? Commentaar { get; init; }

    public IReadOnlyList<Relatie> Relaties { get; init; } = [];

    /// <summary>Only in a 302.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>
/// One toegewezen product. Resending the same <see cref="ToewijzingNummer"/> makes a new version; the one
/// with the latest Toewijzingsdatum and -tijd counts. RedenWijziging <c>13</c> with Einddatum = Ingangsdatum
/// deletes it.
/// </summary>
/// <param name="ToewijzingNummer">0–999 999 999, unique per gemeente per law.</param>
/// <param name="Toewijzingsdatum">The day the gemeente fixed this version.</param>
/// <param name="Toewijzingstijd">The time of day, whole seconds, no zone.</param>
/// <param name="Ingangsdatum">First day of delivery.</param>
public sealed record ToegewezenProduct(int ToewijzingNummer, DateOnly Toewijzingsdatum, TimeOnly Toewijzingstijd, DateOnly Ingangsdatum)
{
    /// <summary>The aanbieder's reference from a 315/317 this toewijzing answers.</summary>
    public string? ReferentieAanbieder { get; init; }

    /// <summary>Null for a generieke toewijzing (budget only).</summary>
    public Product? Product { get; init; }

    public DateOnly? Einddatum { get; init; }

    /// <summary>JZ002/WMO002 (same codes), such as <c>04</c> verlenging, <c>13</c> verwijderd.</summary>
    public string? RedenWijziging { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Eurocent.</summary>
    public long? Budget { get; init; }

    public string? Commentaar { get; init; }

    /// <summary>Only in a 302.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}
