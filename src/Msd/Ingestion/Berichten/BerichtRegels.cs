using Msd.Catalog;
using Msd.IStandaarden;
using Msd.Privacy;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// The checks and conversions at the door, from the workspace: the BSN must pass the 11-proef and
/// becomes a pseudonym, a postcode becomes a district, the municipality must be one of the workspace,
/// and product categories and reasons are checked against the catalogue's code lists (an unknown
/// category refuses the message, a deprecated code is loaded with a warning).
/// </summary>
internal sealed class BerichtRegels
{
    private readonly IngestContext _context;
    private readonly IReadOnlyDictionary<string, CodeListEntry> _categorieJeugd;
    private readonly IReadOnlyDictionary<string, CodeListEntry> _categorieWmo;
    private readonly IReadOnlyDictionary<string, CodeListEntry> _redenWijziging;

    public BerichtRegels(IngestContext context)
    {
        _context = context;
        _categorieJeugd = Codes(context.Catalog, "productcategorie-jeugd");
        _categorieWmo = Codes(context.Catalog, "productcategorie-wmo");
        _redenWijziging = Codes(context.Catalog, "reden-wijziging");
    }

    /// <summary>The client's pseudonym; the message is refused when the BSN is missing or fails the 11-proef.</summary>
    public string Client(string? bsn, string field)
    {
        if (bsn is null)
            throw new BerichtFout(field, $"{field} ontbreekt; zonder BSN is de cliënt niet te herkennen.");
        if (!Bsn.IsValid(bsn))
            throw new BerichtFout(field, "Het BSN voldoet niet aan de 11-proef; het bericht is niet ingelezen. Vraag de afzender het bericht met het juiste BSN opnieuw te sturen.");
        return _context.Pseudonyms.Bsn(bsn);
    }

    public void Gemeente(string code, string field)
    {
        if (!_context.Municipalities.Contains(code))
            throw new BerichtFout(field, $"Gemeente {code} hoort niet bij deze werkruimte (zie 'municipalities' in msd.yaml); het bericht is niet ingelezen.");
    }

    /// <summary>The CBS district of a postcode; the postcode itself is not kept.</summary>
    public string? Wijk(string? postcode) => postcode is null ? null : _context.Areas.Find(postcode)?.WijkCode;

    public void Categorie(Wet wet, string? code, string field, BerichtRecord record)
    {
        if (code is null)
            return;
        var (list, codes) = wet == Wet.Jeugdwet ? ("productcategorie-jeugd", _categorieJeugd) : ("productcategorie-wmo", _categorieWmo);
        if (!codes.TryGetValue(code, out var entry))
        {
            var law = wet == Wet.Jeugdwet ? "Jeugdwet (JZ020)" : "Wmo (WMO020)";
            throw new BerichtFout(field, $"Productcategorie {code} bestaat niet voor de {law}: zie codelijst {list} in de catalogus. Het bericht is niet ingelezen.");
        }
        Deprecated(entry, "Productcategorie", field, record);
    }

    public void RedenWijziging(string? code, string field, BerichtRecord record)
    {
        if (code is not null && _redenWijziging.TryGetValue(code, out var entry))
            Deprecated(entry, "RedenWijziging", field, record);
    }

    private static void Deprecated(CodeListEntry entry, string name, string field, BerichtRecord record)
    {
        if (entry.Deprecated)
            record.Warn(field, $"{name} {entry.Code} is vervallen: {entry.Label}. Het bericht is wel ingelezen; vraag de afzender voortaan een geldige code te gebruiken.");
    }

    private static Dictionary<string, CodeListEntry> Codes(KpiCatalog catalog, string id) =>
        (catalog.CodeList(id) ?? throw new MsdUserException($"De codelijst {id} ontbreekt in de catalogus; zonder die lijst kunnen berichten niet worden gecontroleerd. Zet catalog/codelists/{id}.yaml terug."))
            .Codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
}
