namespace Msd.IStandaarden;

/// <summary>
/// JW319/WMO319 Antwoordbericht: the gemeente rejects a 315/317 or says it is being looked into. An approval
/// is a 301, not a 319. There is no client: the link is ReferentieAanbieder plus the aanbieder's AGB code.
/// </summary>
public sealed record Bericht319(Wet Wet, Header Header, Antwoord Antwoord);

/// <summary>The answer to one request.</summary>
/// <param name="ReferentieAanbieder">The aanbieder's key from the 315 or 317 being answered.</param>
/// <param name="VerzoekAntwoord">WJ760: <c>1</c> verzoek afgewezen, <c>2</c> aanvraag in onderzoek.</param>
public sealed record Antwoord(string ReferentieAanbieder, string VerzoekAntwoord)
{
    /// <summary>WJ759, such as <c>3</c> geen contract or <c>8</c> woonplaatsbeginsel.</summary>
    public string? RedenAfwijzingVerzoek { get; init; }

    /// <summary>Jeugdwet only: the gemeente responsible under the woonplaatsbeginsel.</summary>
    public Woonplaatsbeginsel? Woonplaatsbeginsel { get; init; }

    /// <summary>Only in a 320.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}

/// <summary>The gemeente (4-digit code) that is responsible for the client (Jeugdwet only).</summary>
public sealed record Woonplaatsbeginsel(string Gemeente)
{
    /// <summary>Only in a 320.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }
}
