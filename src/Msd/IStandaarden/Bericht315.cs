namespace Msd.IStandaarden;

/// <summary>JW315/WMO315 Verzoek om toewijzing: the aanbieder asks for a toewijzing where the right to care is settled.</summary>
public sealed record Bericht315(Wet Wet, Header Header, Client315 Client);

/// <summary>The client of a verzoek om toewijzing, with at least one aangevraagd product.</summary>
public sealed record Client315(Persoon Persoon, IReadOnlyList<AangevraagdProduct> AangevraagdeProducten)
{
    /// <summary>COD260 (<c>1</c> ja, <c>2</c> nee). Jeugdwet only: JW315 has it, WMO315 does not.</summary>
    public string? GezagsdragerBekend { get; init; }

    public string? Commentaar { get; init; }

    /// <summary>Only in a 316.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>One requested product.</summary>
/// <param name="ReferentieAanbieder">The aanbieder's key for this request (1–36 characters), echoed in 319 and 301.</param>
/// <param name="ToewijzingIngangsdatum">The requested first day.</param>
/// <param name="Verwijzer">Who referred the client; required in both laws.</param>
public sealed record AangevraagdProduct(string ReferentieAanbieder, DateOnly ToewijzingIngangsdatum, Verwijzer Verwijzer)
{
    public int? BeschikkingNummer { get; init; }

    public Product? Product { get; init; }

    public DateOnly? BeschikkingIngangsdatum { get; init; }

    public DateOnly? ToewijzingEinddatum { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Eurocent.</summary>
    public long? Budget { get; init; }

    /// <summary>COD260: <c>1</c> when a landelijk raamcontract applies.</summary>
    public string? Raamcontract { get; init; }

    public string? Commentaar { get; init; }

    /// <summary>Only in a 316.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>CDT_Verwijzer: the referrer type and its name or AGB code.</summary>
/// <param name="Type">COD327: <c>01</c> gemeente, <c>02</c> huisarts, <c>03</c> jeugdarts, <c>04</c> gecertificeerde instelling, <c>05</c> medisch specialist, <c>06</c> zelfverwijzer, <c>08</c> rechter.</param>
public sealed record Verwijzer(string Type)
{
    /// <summary>1–64 characters.</summary>
    public string? Naam { get; init; }

    /// <summary>The referrer's AGB code (8 digits).</summary>
    public string? ZorgverlenerCode { get; init; }
}
