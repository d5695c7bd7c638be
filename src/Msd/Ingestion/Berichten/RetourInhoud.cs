using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// A retour (302, 306, 308, 316, 318, 320): the heenbericht sent back with RetourCodes. Only the codes
/// are kept, each with the element it belongs to, for the message-quality figures; the copied body
/// (client, BSN, names) is read past and never stored.
/// </summary>
internal sealed class RetourInhoud(BerichtSoort soort) : BerichtInhoud(soort)
{
    protected override void Body(ElementPath path, in BerichtWaarde value)
    {
    }

    protected override void Rows(BerichtRecord record, BerichtRegels regels) =>
        RetourRows(record, Afzender, Identificatie, Dagtekening, Required(DagtekeningRetour, "Header/DagtekeningRetour"));
}
