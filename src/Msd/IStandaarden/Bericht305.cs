namespace Msd.IStandaarden;

/// <summary>JW305/WMO305 Start zorg: the aanbieder reports that delivery started.</summary>
public sealed record Bericht305(Wet Wet, Header Header, Client305 Client);

/// <summary>The client of a start message, with at least one start product.</summary>
public sealed record Client305(Persoon Persoon, IReadOnlyList<StartProduct> StartProducten)
{
    /// <summary>Only in a 306.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>
/// The start of delivery of one toegewezen product. A correction is sent as StatusAanlevering <c>3</c>
/// (delete the earlier record with the same key) followed by <c>1</c> (the new record).
/// </summary>
/// <param name="Begindatum">The actual first day of delivery.</param>
/// <param name="StatusAanlevering">COD467: <c>1</c> eerste aanlevering, <c>3</c> verwijderen (<c>2</c> is not allowed).</param>
public sealed record StartProduct(DateOnly Begindatum, string StatusAanlevering)
{
    /// <summary>Empty only for taakgerichte toewijzingen.</summary>
    public int? ToewijzingNummer { get; init; }

    public Product? Product { get; init; }

    /// <summary>The Ingangsdatum of the 301.</summary>
    public DateOnly? ToewijzingIngangsdatum { get; init; }

    /// <summary>Only in a 306.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}
