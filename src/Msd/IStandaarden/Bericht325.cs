namespace Msd.IStandaarden;

/// <summary>
/// JW325/WMO325 Declaratie-antwoord: the gemeente's answer to a 323. It lists totals and only the
/// rejected prestaties; when everything is approved there are no clients and toegekend = ingediend.
/// </summary>
/// <param name="Wet">Jeugdwet or Wmo.</param>
/// <param name="Header">The gemeente is Afzender, the aanbieder Ontvanger.</param>
/// <param name="Antwoord">Which 323 this answers, and the codes on it as a whole.</param>
/// <param name="DeclaratieAntwoord">Null only when the 323 was rejected as a whole.</param>
public sealed record Bericht325(Wet Wet, Header Header, AntwoordHeader Antwoord, DeclaratieAntwoord? DeclaratieAntwoord);

/// <summary>The header fields a 325 adds: the BerichtIdentificatie of the answered 323 and its codes.</summary>
/// <param name="DeclaratieIdentificatie">BerichtIdentificatie/Identificatie of the 323.</param>
/// <param name="DeclaratieDagtekening">BerichtIdentificatie/Dagtekening of the 323.</param>
/// <param name="RetourCodes">At least one, such as <c>0200</c>.</param>
public sealed record AntwoordHeader(string DeclaratieIdentificatie, DateOnly DeclaratieDagtekening, IReadOnlyList<string> RetourCodes)
{
    public string? XsltVersie { get; init; }

    public XsdVersie XsdVersieDeclaratie { get; init; } = XsdVersie.Standaard;
}

/// <summary>The answer's body. <see cref="Clienten"/> holds only rejected prestaties and is enumerated once.</summary>
/// <param name="DeclaratieNummer">The DeclaratieNummer of the 323.</param>
/// <param name="TotaalIngediendBedrag">As in the 323.</param>
/// <param name="TotaalToegekendBedrag">Ingediend minus the rejected prestaties.</param>
/// <param name="RetourCodes">At least one, such as <c>8001</c> (declaratie volledig toegekend) or <c>0200</c>.</param>
public sealed record DeclaratieAntwoord(
    string DeclaratieNummer,
    BedragMetDC TotaalIngediendBedrag,
    BedragMetDC TotaalToegekendBedrag,
    IReadOnlyList<string> RetourCodes)
{
    public IEnumerable<DeclaratieClient> Clienten { get; init; } = [];
}
