using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// A provider's request: a verzoek om toewijzing (315, one row per AangevraagdProduct, with the referrer)
/// or a verzoek om wijziging (317, one row for the Verzoek, with the earliest desired start of the products
/// it changes or adds). Both are keyed by the provider's ReferentieAanbieder, which 319 and 301 echo.
/// </summary>
internal sealed class VerzoekInhoud(BerichtSoort soort) : BerichtInhoud(soort)
{
    private const string Veld315 = "Client/AangevraagdeProducten/AangevraagdProduct/";

    private readonly ClientGegevens _client = new();
    private readonly List<Product> _products = [];
    private readonly List<string> _nieuweCategorieen = [];
    private Product? _product;
    private string? _referentie;
    private string? _redenVerzoek;
    private DateOnly? _gewensteIngang;

    private bool IsVot => Soort.Nummer == 315;

    public override void Start(ElementPath path)
    {
        if (path.Name == "AangevraagdProduct")
            _product = new Product();
    }

    public override void End(ElementPath path)
    {
        if (path.Name == "AangevraagdProduct" && _product is not null)
        {
            _products.Add(_product);
            _product = null;
        }
    }

    protected override void Body(ElementPath path, in BerichtWaarde value)
    {
        if (_product is { } p)
        {
            switch (path.Name)
            {
                case "ReferentieAanbieder": p.Referentie = value.Text; break;
                case "ToewijzingIngangsdatum": p.Ingangsdatum = value.Date(); break;
                case "Categorie" when path.Parent == "Product": p.Categorie = value.Text; break;
                case "Code" when path.Parent == "Product": p.Code = value.Text; break;
                case "Type" when path.Parent == "Verwijzer": p.Verwijzer = value.Text; break;
                case "ZorgverlenerCode" when path.Parent == "Verwijzer": p.VerwijzerAgb = value.Text; break;
            }
        }
        else if (_client.Read(path, value))
        {
        }
        else if (path.Parent == "Verzoek")
        {
            if (path.Name == "ReferentieAanbieder")
                _referentie = value.Text;
            else if (path.Name == "RedenVerzoek")
                _redenVerzoek = value.Text;
        }
        else if (path.Name == "GewensteIngangsdatum")
        {
            var date = value.Date();
            if (_gewensteIngang is null || date < _gewensteIngang)
                _gewensteIngang = date;
        }
        else if (path.Name == "Categorie" && path.Parent == "Product" && path.GrandParent == "NieuwProduct")
        {
            _nieuweCategorieen.Add(value.Text);
        }
    }

    protected override void Rows(BerichtRecord record, BerichtRegels regels)
    {
        var client = regels.Client(_client.Bsn, "Client/Bsn");
        if (!IsVot)
        {
            foreach (var categorie in _nieuweCategorieen)
                regels.Categorie(Soort.Wet, categorie, "Client/Verzoek/NieuweProducten/NieuwProduct/Product/Categorie", record);
            record.Add(BerichtTables.Verzoek,
            [
                record.Nummer, WetCode, "VOW", Gemeente, Aanbieder, Required(_referentie, "Client/Verzoek/ReferentieAanbieder"), Dagtekening, client,
                null, null, null, null, null, null, Required(_redenVerzoek, "Client/Verzoek/RedenVerzoek"), _gewensteIngang,
            ]);
            return;
        }
        if (_products.Count == 0)
            throw new BerichtFout("Client/AangevraagdeProducten", "Het bericht bevat geen AangevraagdProduct; het is niet ingelezen.");
        foreach (var p in _products)
        {
            regels.Categorie(Soort.Wet, p.Categorie, Veld315 + "Product/Categorie", record);
            record.Add(BerichtTables.Verzoek,
            [
                record.Nummer, WetCode, "VOT", Gemeente, Aanbieder, Required(p.Referentie, Veld315 + "ReferentieAanbieder"), Dagtekening, client,
                _client.Geboortedatum, _client.Geslacht, p.Categorie, p.Code, p.Verwijzer, p.VerwijzerAgb, null, p.Ingangsdatum,
            ]);
        }
    }

    private sealed class Product
    {
        public string? Referentie { get; set; }

        public string? Categorie { get; set; }

        public string? Code { get; set; }

        public DateOnly? Ingangsdatum { get; set; }

        public string? Verwijzer { get; set; }

        public string? VerwijzerAgb { get; set; }
    }
}
