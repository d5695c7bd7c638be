using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// The municipality's answer to a declaratie (325): which 323 it answers (Header/DeclaratieIdentificatie),
/// the totals, and only the rejected prestaties with their first RetourCode. Its RetourCodes also feed
/// the message-quality table, as the answer to the 323. The client's BSN is not read: nothing of it is kept.
/// </summary>
internal sealed class DeclaratieAntwoordInhoud(BerichtSoort soort) : BerichtInhoud(soort)
{
    private readonly List<Afwijzing> _afwijzingen = [];
    private Afwijzing? _afwijzing;
    private string? _declaratie;
    private DateOnly? _declaratieDagtekening;
    private string? _nummer;
    private long? _ingediend;
    private long? _toegekend;
    private string? _ingediendDc;
    private string? _toegekendDc;

    public override void Start(ElementPath path)
    {
        if (path.Name == "Prestatie")
            _afwijzing = new Afwijzing(RetourCodes.Count);
    }

    public override void End(ElementPath path)
    {
        if (path.Name == "Prestatie" && _afwijzing is { } a)
        {
            a.RetourCode = RetourCodes.Count > a.EersteCode ? RetourCodes[a.EersteCode].Code : null;
            _afwijzingen.Add(a);
            _afwijzing = null;
        }
    }

    protected override void Body(ElementPath path, in BerichtWaarde value)
    {
        if (_afwijzing is { } a)
        {
            switch (path.Name)
            {
                case "ReferentieNummer": a.Referentie = value.Text; break;
                case "ToewijzingNummer": a.ToewijzingNummer = value.Nummer(); break;
                case "Bedrag" when path.Parent == "IngediendBedrag": a.Bedrag = value.Number(); break;
                case "DebetCredit" when path.Parent == "IngediendBedrag": a.DebetCredit = value.Text; break;
            }
            return;
        }
        switch (path.Parent, path.Name)
        {
            case ("DeclaratieIdentificatie", "Identificatie"): _declaratie = value.Text; break;
            case ("DeclaratieIdentificatie", "Dagtekening"): _declaratieDagtekening = value.Date(); break;
            case ("DeclaratieAntwoord", "DeclaratieNummer"): _nummer = value.Text; break;
            case ("TotaalIngediendBedrag", "TotaalBedrag"): _ingediend = value.Number(); break;
            case ("TotaalIngediendBedrag", "DebetCredit"): _ingediendDc = value.Text; break;
            case ("TotaalToegekendBedrag", "TotaalBedrag"): _toegekend = value.Number(); break;
            case ("TotaalToegekendBedrag", "DebetCredit"): _toegekendDc = value.Text; break;
        }
    }

    protected override void Rows(BerichtRecord record, BerichtRegels regels)
    {
        var declaratie = Required(_declaratie, "Header/DeclaratieIdentificatie/Identificatie");
        record.Add(BerichtTables.DeclaratieAntwoord,
        [
            record.Nummer, WetCode, Gemeente, Aanbieder, declaratie, _declaratieDagtekening, _nummer, Dagtekening,
            Signed(_ingediend, _ingediendDc), Signed(_toegekend, _toegekendDc),
        ]);
        foreach (var a in _afwijzingen)
        {
            record.Add(BerichtTables.Afwijzing,
            [
                record.Nummer, WetCode, Gemeente, Aanbieder, declaratie, Required(a.Referentie, "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer"),
                a.ToewijzingNummer, Signed(a.Bedrag, a.DebetCredit), a.RetourCode,
            ]);
        }
        // the answer is the retour of the declaratie: its codes belong to the 323 the provider sent
        RetourRows(record, Aanbieder, declaratie, _declaratieDagtekening, Dagtekening);
    }

    private static long? Signed(long? amount, string? debetCredit) => debetCredit == "C" ? -amount : amount;

    private sealed class Afwijzing(int eersteCode)
    {
        public int EersteCode { get; } = eersteCode;

        public string? Referentie { get; set; }

        public string? ToewijzingNummer { get; set; }

        public long? Bedrag { get; set; }

        public string? DebetCredit { get; set; }

        public string? RetourCode { get; set; }
    }
}
