namespace Msd.IStandaarden;

/// <summary>
/// The header every message starts with. BerichtCode, BerichtVersie and BerichtSubversie are fixed per
/// message type and come from <see cref="BerichtSoort"/>, so they cannot disagree with the namespace.
/// </summary>
/// <param name="Afzender">Gemeentecode (4 digits, <c>0118</c>) or AGB code (8 digits), per <see cref="BerichtSoort.AfzenderIsGemeente"/>.</param>
/// <param name="Ontvanger">The other party: AGB code or gemeentecode.</param>
/// <param name="Identificatie">BerichtIdentificatie/Identificatie: 1–12 characters, unique per sender and message type.</param>
/// <param name="Dagtekening">BerichtIdentificatie/Dagtekening: the day the message was made.</param>
public sealed record Header(string Afzender, string Ontvanger, string Identificatie, DateOnly Dagtekening)
{
    /// <summary>The schema build the sender used; the example messages say 1.0.0 for both.</summary>
    public XsdVersie XsdVersie { get; init; } = XsdVersie.Standaard;
}

/// <summary>CDT_XsdVersie: the versions (n.n.n) of the base schema and the message schema.</summary>
public sealed record XsdVersie(string BasisschemaXsdVersie, string BerichtXsdVersie)
{
    /// <summary>1.0.0 / 1.0.0, as in every example message of release 3.2.</summary>
    public static XsdVersie Standaard { get; } = new("1.0.0", "1.0.0");
}
