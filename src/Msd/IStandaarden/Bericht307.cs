namespace Msd.IStandaarden;

/// <summary>JW307/WMO307 Stop zorg: the aanbieder reports that delivery ended, with a reason.</summary>
public sealed record Bericht307(Wet Wet, Header Header, Client307 Client);

/// <summary>The client of a stop message, with at least one stop product.</summary>
public sealed record Client307(Persoon Persoon, IReadOnlyList<StopProduct> StopProducten)
{
    /// <summary>Only in a 308.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>
/// The end of delivery of one product. RedenBeeindiging <c>20</c> is a temporary stop (a new 305 may
/// follow); any other reason ends delivery for good.
/// </summary>
/// <param name="Begindatum">The Begindatum of the start being stopped (part of its key).</param>
/// <param name="RedenBeeindiging">JZ588 or WMO588; the lists differ per law (see <see cref="WetCodes"/>).</param>
/// <param name="Einddatum">The actual last day of delivery.</param>
/// <param name="StatusAanlevering">COD467: <c>1</c> or <c>3</c>, as in <see cref="StartProduct"/>.</param>
public sealed record StopProduct(DateOnly Begindatum, string RedenBeeindiging, DateOnly Einddatum, string StatusAanlevering)
{
    public int? ToewijzingNummer { get; init; }

    public Product? Product { get; init; }

    public DateOnly? ToewijzingIngangsdatum { get; init; }

    /// <summary>Only in a 308.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}
