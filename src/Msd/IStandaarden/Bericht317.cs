namespace Msd.IStandaarden;

/// <summary>JW317/WMO317 Verzoek om wijziging: the aanbieder asks to change the client's current toewijzingen.</summary>
public sealed record Bericht317(Wet Wet, Header Header, Client317 Client);

/// <summary>The client of a verzoek om wijziging: only the Bsn and the request.</summary>
public sealed record Client317(string Bsn, Verzoek Verzoek)
{
    /// <summary>Only in a 318.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>
/// The complete desired situation: every current toewijzing is listed as ongewijzigd or te wijzigen
/// (TR349), plus any new products.
/// </summary>
/// <param name="ReferentieAanbieder">The aanbieder's key for this request, echoed in 319 and 301.</param>
/// <param name="RedenVerzoek">WJ758: <c>1</c> verandering cliëntsituatie, <c>2</c> wijziging zorgplan.</param>
public sealed record Verzoek(string ReferentieAanbieder, string RedenVerzoek)
{
    public IReadOnlyList<OngewijzigdProduct> OngewijzigdeProducten { get; init; } = [];

    public IReadOnlyList<TeWijzigenProduct> TeWijzigenProducten { get; init; } = [];

    public IReadOnlyList<NieuwProduct> NieuweProducten { get; init; } = [];

    /// <summary>Only in a 318.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>A current toewijzing that stays as it is.</summary>
public sealed record OngewijzigdProduct(int ToewijzingNummer)
{
    /// <summary>Only in a 318.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>A current toewijzing the aanbieder wants changed from <see cref="GewensteIngangsdatum"/>.</summary>
public sealed record TeWijzigenProduct(int ToewijzingNummer, DateOnly GewensteIngangsdatum)
{
    public DateOnly? Einddatum { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Eurocent.</summary>
    public long? Budget { get; init; }

    /// <summary>Only in a 318.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>A product the aanbieder asks for in addition.</summary>
public sealed record NieuwProduct(DateOnly GewensteIngangsdatum)
{
    public Product? Product { get; init; }

    public DateOnly? Einddatum { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Eurocent.</summary>
    public long? Budget { get; init; }

    /// <summary>Only in a 318.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}
