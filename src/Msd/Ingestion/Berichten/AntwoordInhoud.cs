using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// The municipality's answer to a request (319): rejected (VerzoekAntwoord 1, with the reason) or under
/// investigation (2). It names no client; it links to the request by provider and ReferentieAanbieder.
/// </summary>
internal sealed class AntwoordInhoud(BerichtSoort soort) : BerichtInhoud(soort)
{
    private string? _referentie;
    private string? _antwoord;
    private string? _reden;
    private string? _woonplaats;

    protected override void Body(ElementPath path, in BerichtWaarde value)
    {
        if (path.Parent == "Antwoord")
        {
            switch (path.Name)
            {
                case "ReferentieAanbieder": _referentie = value.Text; break;
                case "VerzoekAntwoord": _antwoord = value.Text; break;
                case "RedenAfwijzingVerzoek": _reden = value.Text; break;
            }
        }
        else if (path.Name == "Gemeente" && path.Parent == "Woonplaatsbeginsel")
        {
            _woonplaats = value.Text;
        }
    }

    protected override void Rows(BerichtRecord record, BerichtRegels regels) =>
        record.Add(BerichtTables.Antwoord,
        [
            record.Nummer, WetCode, Gemeente, Aanbieder, Required(_referentie, "Antwoord/ReferentieAanbieder"), Dagtekening,
            Required(_antwoord, "Antwoord/VerzoekAntwoord"), _reden, _woonplaats,
        ]);
}
