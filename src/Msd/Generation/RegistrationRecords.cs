namespace Msd.Generation;

/// <summary>A Wmo melding with its onderzoek, aanvraag and beschikking, as the Wmo registration holds it.</summary>
internal sealed record WmoMelding(
    string Id, GeneratedPerson Client, string Team, string TypeHulpvraag, bool Spoed, DateOnly Meldingsdatum,
    DateOnly? OnderzoekEinde, DateOnly? Aanvraagdatum, DateOnly? Beschikkingsdatum, string? Uitkomst, string? Leveringsvorm)
{
    /// <summary>The client was pointed to free cliëntondersteuning (Wmo 2015 art. 2.3.2 lid 2).</summary>
    public bool ClientondersteuningGewezen { get; init; }
}

/// <summary>A period of bijstand for a household, with its head as client.</summary>
internal sealed record BijstandSpell(
    string Id, GeneratedPerson Client, string Soort, string Huishoudtype, DateOnly Begin, DateOnly? End, string? EndReason,
    bool Ontheffing, long InkomstenUitWerk);

internal sealed record BijstandAanvraag(
    string Id, GeneratedPerson Client, string Soort, DateOnly Melding, DateOnly Aanvraag, DateOnly? Voorschot, DateOnly? Besluitdatum, string Besluit);

internal sealed record Reintegratie(
    string Id, GeneratedPerson Client, string Soort, bool MetUitkering, DateOnly Begin, DateOnly? End, decimal? Loonwaarde, bool UitstroomNaarWerk);

/// <summary>An application for a minima scheme; <see cref="Kinderen"/> is the number of children it covers (kindpakket only).</summary>
internal sealed record MinimaAanvraag(
    string Id, GeneratedPerson Client, string Regeling, DateOnly Aanvraag, DateOnly? Besluitdatum, string? Besluit, long Bedrag, decimal InkomenPct,
    int Kinderen);

internal sealed record SchuldhulpTraject(
    string Id, GeneratedPerson Client, bool Ondernemer, string Route, DateOnly Aanmelding, string? Crisistype,
    DateOnly? EersteGesprek, DateOnly? Beschikkingsdatum, string? Beschikking, DateOnly? StabilisatieEinde,
    string? Regeling, DateOnly? RegelingAangeboden, DateOnly? RegelingAkkoord, DateOnly? Einde, string? Eindreden,
    long Schuld, int Schuldeisers, bool Recidive);

internal sealed record Vroegsignaal(
    string Id, GeneratedPerson Client, string Partner, DateOnly Datum, long Achterstand, bool Meervoudig,
    DateOnly? Contactpoging, DateOnly? Contact, bool HulpAanvaard, bool DoorverwezenSchuldhulp);

/// <summary>One line of the financial ledger: lasten and baten of an Iv3 taakveld in a year, as budget or realisation.</summary>
internal sealed record Iv3Line(int Year, string Taakveld, string Soort, long Lasten, long Baten);
