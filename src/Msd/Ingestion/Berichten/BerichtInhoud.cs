using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// What one message says, collected while the parser walks it: the header and RetourCodes here, the body
/// in a subclass per message type. After the walk, <see cref="Complete"/> checks the header and turns the
/// content into rows, or throws a <see cref="BerichtFout"/> that sends the message to quarantine.
/// </summary>
internal abstract class BerichtInhoud(BerichtSoort soort)
{
    private string? _berichtCode;
    private string? _afzender;
    private string? _ontvanger;
    private string? _identificatie;
    private DateOnly? _dagtekening;

    public BerichtSoort Soort { get; } = soort;

    /// <summary>The law as the catalogue codes it (code list wet): JW or WMO.</summary>
    protected string WetCode => Soort.Wet == Wet.Jeugdwet ? "JW" : "WMO";

    protected string Afzender => _afzender!;

    protected string Identificatie => _identificatie!;

    protected DateOnly Dagtekening => _dagtekening!.Value;

    /// <summary>The municipality of the message (Afzender or Ontvanger, whichever is the gemeentecode).</summary>
    protected string Gemeente => Soort.AfzenderIsGemeente ? _afzender! : _ontvanger!;

    /// <summary>The provider's AGB code (the other party).</summary>
    protected string Aanbieder => Soort.AfzenderIsGemeente ? _ontvanger! : _afzender!;

    protected DateOnly? DagtekeningRetour { get; private set; }

    /// <summary>Every RetourCode with the element it belongs to (Header, Client, ToegewezenProduct …).</summary>
    protected List<(string Klasse, string Code)> RetourCodes { get; } = [];

    public static BerichtInhoud For(BerichtSoort soort) => soort.Nummer switch
    {
        301 => new ToewijzingInhoud(soort),
        305 or 307 => new LeveringInhoud(soort),
        315 or 317 => new VerzoekInhoud(soort),
        319 => new AntwoordInhoud(soort),
        323 => new DeclaratieInhoud(soort),
        325 => new DeclaratieAntwoordInhoud(soort),
        _ => new RetourInhoud(soort),
    };

    public virtual void Start(ElementPath path)
    {
    }

    public virtual void End(ElementPath path)
    {
    }

    public void Value(ElementPath path, in BerichtWaarde value)
    {
        if (path.Depth == 3 && path.Parent == "Header")
        {
            switch (path.Name)
            {
                case "BerichtCode": _berichtCode = value.Text; break;
                case "Afzender": _afzender = value.Text; break;
                case "Ontvanger": _ontvanger = value.Text; break;
                case "DagtekeningRetour": DagtekeningRetour = value.Date(); break;
            }
        }
        else if (path.Depth == 4 && path.Parent == "BerichtIdentificatie" && path.GrandParent == "Header")
        {
            if (path.Name == "Identificatie")
                _identificatie = value.Text;
            else if (path.Name == "Dagtekening")
                _dagtekening = value.Date();
        }
        else if (path.Name == "RetourCode")
        {
            // a RetourCode belongs to the element holding its RetourCodes (a bare one, invalid by the XSD, to its parent)
            RetourCodes.Add((path.Parent == "RetourCodes" ? path.GrandParent : path.Parent, value.Text));
        }
        else
        {
            Body(path, value);
        }
    }

    /// <summary>Checks the header, then the body, and gives the rows of a message that may load.</summary>
    public BerichtRecord Complete(long nummer, string positie, BerichtRegels regels)
    {
        var code = Required(_berichtCode, "Header/BerichtCode");
        if (code != Soort.BerichtCode)
            throw new BerichtFout("Header/BerichtCode", $"BerichtCode {code} past niet bij de namespace van {Soort.Naam}, die BerichtCode {Soort.BerichtCode} heeft.");
        Required(_afzender, "Header/Afzender");
        Required(_ontvanger, "Header/Ontvanger");
        Required(_identificatie, "Header/BerichtIdentificatie/Identificatie");
        Required(_dagtekening, "Header/BerichtIdentificatie/Dagtekening");
        regels.Gemeente(Gemeente, Soort.AfzenderIsGemeente ? "Header/Afzender" : "Header/Ontvanger");
        var sleutel = new BerichtSleutel(Afzender, code, Identificatie);
        var record = new BerichtRecord(nummer, positie, sleutel, [nummer, positie, WetCode, (long)Soort.Nummer, code, Afzender, _ontvanger, Identificatie, Dagtekening, sleutel.Hash]);
        Rows(record, regels);
        return record;
    }

    protected abstract void Body(ElementPath path, in BerichtWaarde value);

    protected abstract void Rows(BerichtRecord record, BerichtRegels regels);

    /// <summary>Rows for bericht_retourcode: one per RetourCode, for the heenbericht that <paramref name="identificatie"/> names.</summary>
    protected void RetourRows(BerichtRecord record, string afzender, string identificatie, DateOnly? dagtekening, DateOnly dagtekeningRetour)
    {
        foreach (var (klasse, code) in RetourCodes)
            record.Add(BerichtTables.RetourCode, [record.Nummer, WetCode, Soort.BerichtCode, Gemeente, Aanbieder, afzender, identificatie, dagtekening, dagtekeningRetour, klasse, code]);
    }

    protected static string Required(string? value, string field) =>
        value is { Length: > 0 } ? value : throw new BerichtFout(field, $"{field} ontbreekt; het bericht is niet ingelezen.");

    protected static T Required<T>(T? value, string field)
        where T : struct =>
        value ?? throw new BerichtFout(field, $"{field} ontbreekt; het bericht is niet ingelezen.");
}
