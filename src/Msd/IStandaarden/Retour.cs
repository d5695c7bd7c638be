namespace Msd.IStandaarden;

/// <summary>
/// A retour (302, 306, 308, 316, 318, 320): the heenbericht sent back unchanged, with the header fields
/// of <see cref="RetourHeader"/> added and RetourCodes on every level the XSD asks for. Item-level codes
/// come from the <c>RetourCodes</c> property of each record in the heenbericht; where that is null the
/// writer puts <c>0200</c> (geen opmerkingen), so an all-clear retour needs no changes to the heenbericht.
/// </summary>
/// <example><code>BerichtWriter.Write302(stream, new Retour&lt;Bericht301&gt;(toewijzing, new RetourHeader("R000000001", dag)));</code></example>
public sealed record Retour<TBericht>(TBericht Heenbericht, RetourHeader Header)
    where TBericht : class;

/// <summary>The header fields a retour adds after the original header.</summary>
/// <param name="IdentificatieRetour">1–12 characters, chosen by the party that sends the retour.</param>
/// <param name="DagtekeningRetour">The day the retour was made.</param>
public sealed record RetourHeader(string IdentificatieRetour, DateOnly DagtekeningRetour)
{
    public string? XsltVersie { get; init; }

    public XsdVersie XsdVersieRetour { get; init; } = XsdVersie.Standaard;

    /// <summary>Codes on the whole message (Header/RetourCodes, optional), such as <c>8848</c> for a Dagtekening in the future.</summary>
    public IReadOnlyList<string>? RetourCodes { get; init; }

    /// <summary>
    /// The message was rejected as a whole: the retour holds only the header with its RetourCodes and
    /// leaves out the body (Client or Antwoord), as in the example JW302.
    /// </summary>
    public bool AlleenHeader { get; init; }
}
