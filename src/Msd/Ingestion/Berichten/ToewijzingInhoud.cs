using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// A toewijzing (301): one row per ToegewezenProduct, as this version says it. The district comes from
/// the postcode of the BRP address (Contact Soort 01, else the first address given); the postcode itself
/// is dropped.
/// </summary>
internal sealed class ToewijzingInhoud(BerichtSoort soort) : BerichtInhoud(soort)
{
    private const string Veld = "Client/ToegewezenProducten/ToegewezenProduct/";

    private readonly ClientGegevens _client = new();
    private readonly List<Product> _products = [];
    private Product? _product;
    private string? _juridischeStatus;
    private string? _contactSoort;
    private string? _postcodeBrp;
    private string? _postcodeAnders;

    public override void Start(ElementPath path)
    {
        if (path.Name == "ToegewezenProduct")
            _product = new Product();
        else if (path.Name == "Contact" && path.Parent == "Contactgegevens")
            _contactSoort = null;
    }

    public override void End(ElementPath path)
    {
        if (path.Name == "ToegewezenProduct" && _product is not null)
        {
            _products.Add(_product);
            _product = null;
        }
    }

    protected override void Body(ElementPath path, in BerichtWaarde value)
    {
        if (_product is { } p)
        {
            if (path.Parent == "ToegewezenProduct")
            {
                switch (path.Name)
                {
                    case "ToewijzingNummer": p.Nummer = value.Nummer(); break;
                    case "ReferentieAanbieder": p.Referentie = value.Text; break;
                    case "Toewijzingsdatum": p.Datum = value.Date(); break;
                    case "Toewijzingstijd": p.Tijd = value.Time(); break;
                    case "Ingangsdatum": p.Ingangsdatum = value.Date(); break;
                    case "Einddatum": p.Einddatum = value.Date(); break;
                    case "RedenWijziging": p.RedenWijziging = value.Text; break;
                    case "Budget": p.Budget = value.Number(); break;
                }
            }
            else if (path.Parent == "Product")
            {
                if (path.Name == "Categorie")
                    p.Categorie = value.Text;
                else if (path.Name == "Code")
                    p.Code = value.Text;
            }
            else if (path.Parent == "Omvang")
            {
                switch (path.Name)
                {
                    case "Volume": p.Volume = value.Number(); break;
                    case "Eenheid": p.Eenheid = value.Text; break;
                    case "Frequentie": p.Frequentie = value.Text; break;
                }
            }
        }
        else if (_client.Read(path, value))
        {
        }
        else if (path.Name == "JuridischeStatus" && path.Parent == "Client")
        {
            _juridischeStatus = value.Text;
        }
        else if (path.Name == "Soort" && path.Parent == "Contact" && path.GrandParent == "Contactgegevens")
        {
            _contactSoort = value.Text;
        }
        else if (path.Name == "Postcode" && path.Parent == "Adres" && path.Up(3) == "Contactgegevens")
        {
            if (_contactSoort == "01")
                _postcodeBrp ??= value.Text;
            else
                _postcodeAnders ??= value.Text;
        }
    }

    protected override void Rows(BerichtRecord record, BerichtRegels regels)
    {
        var client = regels.Client(_client.Bsn, "Client/Bsn");
        var wijk = regels.Wijk(_postcodeBrp ?? _postcodeAnders);
        if (_products.Count == 0)
            throw new BerichtFout("Client/ToegewezenProducten", "Het bericht bevat geen ToegewezenProduct; het is niet ingelezen.");
        foreach (var p in _products)
        {
            regels.Categorie(Soort.Wet, p.Categorie, Veld + "Product/Categorie", record);
            regels.RedenWijziging(p.RedenWijziging, Veld + "RedenWijziging", record);
            var datum = Required(p.Datum, Veld + "Toewijzingsdatum");
            var tijdstip = datum.ToDateTime(Required(p.Tijd, Veld + "Toewijzingstijd"));
            record.Add(BerichtTables.Toewijzing,
            [
                record.Nummer, WetCode, Gemeente, Aanbieder, Required(p.Nummer, Veld + "ToewijzingNummer"), client, _client.Geboortedatum, _client.Geslacht, wijk,
                _juridischeStatus, p.Referentie, p.Categorie, p.Code, datum, tijdstip, Required(p.Ingangsdatum, Veld + "Ingangsdatum"), p.Einddatum,
                p.RedenWijziging, p.Volume, p.Eenheid, p.Frequentie, p.Budget,
            ]);
        }
    }

    private sealed class Product
    {
        public string? Nummer { get; set; }

        public string? Referentie { get; set; }

        public string? Categorie { get; set; }

        public string? Code { get; set; }

        public DateOnly? Datum { get; set; }

        public TimeOnly? Tijd { get; set; }

        public DateOnly? Ingangsdatum { get; set; }

        public DateOnly? Einddatum { get; set; }

        public string? RedenWijziging { get; set; }

        public long? Volume { get; set; }

        public string? Eenheid { get; set; }

        public string? Frequentie { get; set; }

        public long? Budget { get; set; }
    }
}
