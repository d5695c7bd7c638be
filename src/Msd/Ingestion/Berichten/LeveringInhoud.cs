using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// A start (305) or stop (307) of delivery: one row per StartProduct or StopProduct with its
/// StatusAanlevering, 1 (new) or 3 (withdraw the earlier record with the same key). Status 2 is not
/// allowed in these messages and 9 is not used, so either refuses the message.
/// </summary>
internal sealed class LeveringInhoud(BerichtSoort soort) : BerichtInhoud(soort)
{
    private readonly ClientGegevens _client = new();
    private readonly List<Product> _products = [];
    private Product? _product;

    private bool IsStart => Soort.Nummer == 305;

    private string Item => IsStart ? "StartProduct" : "StopProduct";

    private string Veld => IsStart ? "Client/StartProducten/StartProduct/" : "Client/StopProducten/StopProduct/";

    public override void Start(ElementPath path)
    {
        if (path.Name == Item)
            _product = new Product();
    }

    public override void End(ElementPath path)
    {
        if (path.Name == Item && _product is not null)
        {
            _products.Add(_product);
            _product = null;
        }
    }

    protected override void Body(ElementPath path, in BerichtWaarde value)
    {
        if (_product is not { } p)
        {
            _client.Read(path, value);
            return;
        }
        if (path.Parent == "Product")
        {
            if (path.Name == "Categorie")
                p.Categorie = value.Text;
            else if (path.Name == "Code")
                p.Code = value.Text;
            return;
        }
        switch (path.Name)
        {
            case "ToewijzingNummer": p.Nummer = value.Nummer(); break;
            case "ToewijzingIngangsdatum": p.ToewijzingIngangsdatum = value.Date(); break;
            case "Begindatum": p.Begindatum = value.Date(); break;
            case "Einddatum": p.Einddatum = value.Date(); break;
            case "RedenBeeindiging": p.Reden = value.Text; break;
            case "StatusAanlevering": p.Status = value.Text; break;
        }
    }

    protected override void Rows(BerichtRecord record, BerichtRegels regels)
    {
        var client = regels.Client(_client.Bsn, "Client/Bsn");
        if (_products.Count == 0)
            throw new BerichtFout("Client", $"Het bericht bevat geen {Item}; het is niet ingelezen.");
        foreach (var p in _products)
        {
            regels.Categorie(Soort.Wet, p.Categorie, Veld + "Product/Categorie", record);
            var status = Required(p.Status, Veld + "StatusAanlevering");
            if (status is not ("1" or "3"))
                throw new BerichtFout(Veld + "StatusAanlevering", $"StatusAanlevering {status} is in start- en stopberichten niet toegestaan (alleen 1, eerste aanlevering, en 3, verwijderen); het bericht is niet ingelezen.");
            var begin = Required(p.Begindatum, Veld + "Begindatum");
            DateOnly? einde = IsStart ? null : Required(p.Einddatum, Veld + "Einddatum");
            var reden = IsStart ? null : Required(p.Reden, Veld + "RedenBeeindiging");
            record.Add(BerichtTables.Levering,
            [
                record.Nummer, WetCode, IsStart ? "start" : "stop", Gemeente, Aanbieder, Dagtekening, client, _client.Geboortedatum, _client.Geslacht,
                p.Nummer, p.Categorie, p.Code, p.ToewijzingIngangsdatum, begin, einde, reden, status,
            ]);
        }
    }

    private sealed class Product
    {
        public string? Nummer { get; set; }

        public string? Categorie { get; set; }

        public string? Code { get; set; }

        public DateOnly? ToewijzingIngangsdatum { get; set; }

        public DateOnly? Begindatum { get; set; }

        public DateOnly? Einddatum { get; set; }

        public string? Reden { get; set; }

        public string? Status { get; set; }
    }
}
