using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// A declaratie (323): one row per Prestatie, with the client of the Client it is listed under.
/// Amounts are eurocent; a credit prestatie (DebetCredit C) gets a negative amount so sums net out.
/// </summary>
internal sealed class DeclaratieInhoud(BerichtSoort soort) : BerichtInhoud(soort)
{
    private const string Veld = "Declaratie/Clienten/Client/Prestaties/Prestatie/";

    private readonly List<Prestatie> _prestaties = [];
    private Prestatie? _prestatie;
    private string? _bsn;
    private string? _nummer;
    private DateOnly? _dagtekening;

    public override void Start(ElementPath path)
    {
        if (path.Name == "Prestatie")
            _prestatie = new Prestatie(_bsn);
        else if (path.Name == "Client")
            _bsn = null;
    }

    public override void End(ElementPath path)
    {
        if (path.Name == "Prestatie" && _prestatie is not null)
        {
            _prestaties.Add(_prestatie);
            _prestatie = null;
        }
    }

    protected override void Body(ElementPath path, in BerichtWaarde value)
    {
        if (_prestatie is { } p)
        {
            switch (path.Name)
            {
                case "ReferentieNummer": p.Referentie = value.Text; break;
                case "VorigReferentieNummer": p.VorigeReferentie = value.Text; break;
                case "ToewijzingNummer": p.ToewijzingNummer = value.Nummer(); break;
                case "ProductCategorie": p.Categorie = value.Text; break;
                case "ProductCode": p.Code = value.Text; break;
                case "Begindatum" when path.Parent == "ProductPeriode": p.Begin = value.Date(); break;
                case "Einddatum" when path.Parent == "ProductPeriode": p.Eind = value.Date(); break;
                case "GeleverdVolume": p.Volume = value.Number(); break;
                case "Eenheid": p.Eenheid = value.Text; break;
                case "ProductTarief": p.Tarief = value.Number(); break;
                case "Bedrag" when path.Parent == "IngediendBedrag": p.Bedrag = value.Number(); break;
                case "DebetCredit" when path.Parent == "IngediendBedrag": p.DebetCredit = value.Text; break;
            }
        }
        else if (path.Name == "Bsn" && path.Parent == "Client")
        {
            _bsn = value.Text;
        }
        else if (path.Parent == "Declaratie")
        {
            if (path.Name == "DeclaratieNummer")
                _nummer = value.Text;
            else if (path.Name == "DeclaratieDagtekening")
                _dagtekening = value.Date();
        }
    }

    protected override void Rows(BerichtRecord record, BerichtRegels regels)
    {
        var nummer = Required(_nummer, "Declaratie/DeclaratieNummer");
        if (_prestaties.Count == 0)
            throw new BerichtFout("Declaratie/Clienten", "De declaratie bevat geen Prestatie; het bericht is niet ingelezen.");
        var clients = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in _prestaties)
        {
            var client = p.Bsn is { } bsn && clients.TryGetValue(bsn, out var known) ? known : regels.Client(p.Bsn, "Declaratie/Clienten/Client/Bsn");
            clients[p.Bsn!] = client;
            regels.Categorie(Soort.Wet, p.Categorie, Veld + "ProductCategorie", record);
            var debetCredit = Required(p.DebetCredit, Veld + "IngediendBedrag/DebetCredit");
            var bedrag = Required(p.Bedrag, Veld + "IngediendBedrag/Bedrag");
            record.Add(BerichtTables.Prestatie,
            [
                record.Nummer, WetCode, Gemeente, Aanbieder, Identificatie, nummer, _dagtekening, client, Required(p.Referentie, Veld + "ProductReferentie/ReferentieNummer"),
                p.VorigeReferentie, p.ToewijzingNummer, p.Categorie, p.Code, p.Begin, p.Eind, p.Volume, p.Eenheid, p.Tarief, debetCredit,
                debetCredit == "C" ? -bedrag : bedrag,
            ]);
        }
    }

    private sealed class Prestatie(string? bsn)
    {
        public string? Bsn { get; } = bsn;

        public string? Referentie { get; set; }

        public string? VorigeReferentie { get; set; }

        public string? ToewijzingNummer { get; set; }

        public string? Categorie { get; set; }

        public string? Code { get; set; }

        public DateOnly? Begin { get; set; }

        public DateOnly? Eind { get; set; }

        public long? Volume { get; set; }

        public string? Eenheid { get; set; }

        public long? Tarief { get; set; }

        public long? Bedrag { get; set; }

        public string? DebetCredit { get; set; }
    }
}
