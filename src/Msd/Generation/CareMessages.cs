using System.Globalization;
using Msd.IStandaarden;

namespace Msd.Generation;

/// <summary>
/// Writes the iJw/iWmo message traffic of the care spells: 315 → (316) → 319 or 301 → (302) → 305 →
/// (306) → 307 → (308), every version of a toewijzing as its own 301, corrections as 305 with
/// StatusAanlevering 3 then 1, temporary stops as 307 with reason 20, and each message's retour with
/// RetourCodes at a realistic rate. Declarations (323/325) are written by <see cref="DeclarationMessages"/>.
/// </summary>
internal sealed class CareMessages(MessageFiles files, SyntheticWorld world, SeededRandom random, DefectPlan defects, long seed)
{
    private readonly string _gemeente = world.Population.Municipality.Code;
    private readonly SeededRandom _badBsn = defects.Random(world.Population.Municipality.Code, "ongeldig-bsn");
    private readonly SeededRandom _badCategory = defects.Random(world.Population.Municipality.Code, "onbekende-productcategorie");
    private readonly SeededRandom _duplicate = defects.Random(world.Population.Municipality.Code, "dubbel-bericht");
    private (string Archive, string Entry) _lastHeen;

    public void Write(CareSpell spell, DateOnly runEnd)
    {
        var wet = spell.Wet == "jeugd" ? Wet.Jeugdwet : Wet.Wmo;
        var nummer = int.Parse(spell.ToewijzingNummer, CultureInfo.InvariantCulture);
        var product = new Product(spell.Category, spell.ProductCode);
        var reference = spell.RequestDate is null ? null : "VOT" + spell.ToewijzingNummer;
        if (spell.RequestDate is { } requested)
        {
            var verwijzer = new Verwijzer(spell.Verwijzer!) { ZorgverlenerCode = spell.Verwijzer is "02" or "03" or "05" ? "01" + spell.ToewijzingNummer[^6..] : null };
            var verzoek = new Bericht315(wet, Header(spell.Provider, _gemeente, 315, requested),
                new Client315(SyntheticIdentity.Persoon(spell.Client, world.Population, seed), [new AangevraagdProduct(reference!, requested.AddDays(7), verwijzer) { Product = product }]));
            Action<Stream> write315 = s => BerichtWriter.Write315(s, verzoek);
            // the request is quarantined, the toewijzing that answers it still counts
            var badBsn = requested <= runEnd && defects.Hit(_badBsn, spell.Request);
            if (badBsn)
                write315 = MessageFiles.Changed(write315, xml => xml.Replace(spell.Client.Bsn, Msd.Privacy.Bsn.Invalidate(spell.Client.Bsn), StringComparison.Ordinal));
            Send(wet, 315, verzoek.Header, write315, s => BerichtWriter.Write316(s, new Retour<Bericht315>(verzoek, RetourHeader(316, requested, runEnd))), runEnd);
            if (badBsn)
                Manifest("ongeldig-bsn", "Het BSN voldoet niet aan de 11-proef; het verzoek hoort in quarantaine.", "inlezen");
            if (spell.RejectionReason is { } reason)
            {
                if (spell.RejectionSent is not { } answered)
                    return;
                var antwoord = new Bericht319(wet, Header(_gemeente, spell.Provider, 319, answered),
                    new Antwoord(reference!, "1") { RedenAfwijzingVerzoek = reason });
                Send(wet, 319, antwoord.Header, s => BerichtWriter.Write319(s, antwoord), s => BerichtWriter.Write320(s, new Retour<Bericht319>(antwoord, RetourHeader(320, antwoord.Header.Dagtekening, runEnd))), runEnd);
                return;
            }
        }
        foreach (var version in spell.Versions)
        {
            var vow = version.ReasonChange == "04" && random.Chance(0.3) ? RequestChange(spell, wet, nummer, version, runEnd) : null;
            var toegewezen = new ToegewezenProduct(nummer, version.Toewijzingsdatum, new TimeOnly(9 + (nummer % 8), nummer % 60, 0), version.Ingangsdatum)
            {
                Product = product,
                Einddatum = version.Einddatum,
                RedenWijziging = version.ReasonChange,
                Omvang = new Omvang(spell.Volume, spell.Unit, spell.Frequency),
                ReferentieAanbieder = version == spell.First ? reference : vow,
            };
            var who = SyntheticIdentity.Of(spell.Client, world.Population, seed);
            // LDT_Straatnaam allows 24 characters; longer street names are cut, as senders do
            var adres = new Adres(spell.Client.Household.Postcode, who.Huisnummer, who.Straat.Length > 24 ? who.Straat[..24] : who.Straat, who.Woonplaats);
            var bericht = new Bericht301(wet, Header(_gemeente, spell.Provider, 301, version.Toewijzingsdatum),
                new Client301(SyntheticIdentity.Persoon(spell.Client, world.Population, seed), [new Contact("01") { Adres = adres }], [toegewezen]));
            Action<Stream> write301 = s => BerichtWriter.Write301(s, bericht);
            var badCategory = spell.DeliveryStart is null && spell.Versions.Count == 1 && version.Toewijzingsdatum <= runEnd && defects.Hit(_badCategory, spell);
            if (badCategory)
                write301 = MessageFiles.Changed(write301, xml => xml.Replace($"Categorie>{spell.Category}<", "Categorie>99<", StringComparison.Ordinal));
            Send(wet, 301, bericht.Header, write301, s => BerichtWriter.Write302(s, new Retour<Bericht301>(bericht, RetourHeader(302, version.Toewijzingsdatum, runEnd))), runEnd);
            if (badCategory)
                Manifest("onbekende-productcategorie", "Productcategorie 99 bestaat niet; de toewijzing hoort in quarantaine en telt niet mee.", "inlezen");
        }
        WriteDelivery(spell, wet, nummer, product, runEnd);
    }

    /// <summary>A verzoek om wijziging (317) that the extension of a toewijzing answers; returns its ReferentieAanbieder.</summary>
    private string RequestChange(CareSpell spell, Wet wet, int nummer, ToewijzingVersion version, DateOnly runEnd)
    {
        var reference = string.Create(CultureInfo.InvariantCulture, $"VOW{nummer}{version.Toewijzingsdatum:yyMMdd}");
        var verzoek = new Verzoek(reference, "2")
        {
            TeWijzigenProducten = [new TeWijzigenProduct(nummer, version.Ingangsdatum) { Einddatum = version.Einddatum, Omvang = new Omvang(spell.Volume, spell.Unit, spell.Frequency) }],
        };
        var bericht = new Bericht317(wet, Header(spell.Provider, _gemeente, 317, version.Toewijzingsdatum.AddDays(-random.Next(3, 11))), new Client317(spell.Client.Bsn, verzoek));
        Send(wet, 317, bericht.Header, s => BerichtWriter.Write317(s, bericht), s => BerichtWriter.Write318(s, new Retour<Bericht317>(bericht, RetourHeader(318, bericht.Header.Dagtekening, runEnd))), runEnd);
        return reference;
    }

    private void WriteDelivery(CareSpell spell, Wet wet, int nummer, Product product, DateOnly runEnd)
    {
        if (spell.DeliveryStart is not { } first)
            return;
        var persoon = SyntheticIdentity.Persoon(spell.Client, world.Population, seed);
        if (spell.CorrectedStart is { } wrong)
        {
            // a wrong start date, withdrawn (StatusAanlevering 3) and sent again with the right one
            Start(spell, wet, persoon, nummer, product, wrong, "1", spell.StartSent!.Value, runEnd);
            Start(spell, wet, persoon, nummer, product, wrong, "3", spell.CorrectionSent!.Value, runEnd);
            Start(spell, wet, persoon, nummer, product, first, "1", spell.CorrectionSent.Value, runEnd);
        }
        else
        {
            Start(spell, wet, persoon, nummer, product, first, "1", spell.StartSent!.Value, runEnd);
        }
        foreach (var (start, end, reason) in spell.Segments())
        {
            if (start != first)
                Start(spell, wet, persoon, nummer, product, start, "1", start.AddDays(random.Next(0, 5)), runEnd);
            var sent = reason == "20" ? end.AddDays(random.Next(0, 5)) : spell.StopSent!.Value;
            var stop = new Bericht307(wet, Header(spell.Provider, _gemeente, 307, sent),
                new Client307(persoon, [new StopProduct(start, reason, end, "1") { ToewijzingNummer = nummer, Product = product, ToewijzingIngangsdatum = spell.First.Ingangsdatum }]));
            Send(wet, 307, stop.Header, s => BerichtWriter.Write307(s, stop), s => BerichtWriter.Write308(s, new Retour<Bericht307>(stop, RetourHeader(308, stop.Header.Dagtekening, runEnd))), runEnd);
        }
        if (spell.Pause is { } pause && spell.DeliveryEnd is null)
            Start(spell, wet, persoon, nummer, product, pause.Resume, "1", pause.Resume.AddDays(random.Next(0, 5)), runEnd);
    }

    private void Start(CareSpell spell, Wet wet, Persoon persoon, int nummer, Product product, DateOnly begin, string status, DateOnly sent, DateOnly runEnd)
    {
        var bericht = new Bericht305(wet, Header(spell.Provider, _gemeente, 305, sent),
            new Client305(persoon, [new StartProduct(begin, status) { ToewijzingNummer = nummer, Product = product, ToewijzingIngangsdatum = spell.First.Ingangsdatum }]));
        Send(wet, 305, bericht.Header, s => BerichtWriter.Write305(s, bericht), s => BerichtWriter.Write306(s, new Retour<Bericht305>(bericht, RetourHeader(306, sent, runEnd))), runEnd);
        if (sent <= runEnd && defects.Hit(_duplicate, bericht, excludeFromTruth: false))
        {
            WriteHeen(wet, 305, sent, bericht.Header.Identificatie + "_2", s => BerichtWriter.Write305(s, bericht));
            Manifest("dubbel-bericht", "Hetzelfde startbericht (zelfde Identificatie) is twee keer aangeleverd; het telt één keer.", "inlezen");
        }
    }

    /// <summary>
    /// Once per municipality: a start message in the older release 3.1 namespace (refused whole) and a
    /// 305 for a toewijzing that was never sent (found by the referential check "every 305 has a 301").
    /// </summary>
    public void WriteFileDefects(DateOnly from, DateOnly runEnd)
    {
        if (!defects.Enabled || world.Care.FirstOrDefault(s => s.Wet == "jeugd" && s.DeliveryStart is { } d && d >= from && d <= runEnd) is not { } spell)
            return;
        var nummer = int.Parse(spell.ToewijzingNummer, CultureInfo.InvariantCulture);
        var persoon = SyntheticIdentity.Persoon(spell.Client, world.Population, seed);
        var sent = spell.DeliveryStart!.Value.AddDays(1);
        var old = new Bericht305(Wet.Jeugdwet, Header(spell.Provider, _gemeente, 305, sent),
            new Client305(persoon, [new StartProduct(spell.DeliveryStart.Value, "1") { ToewijzingNummer = nummer, Product = new Product(spell.Category, spell.ProductCode), ToewijzingIngangsdatum = spell.First.Ingangsdatum }]));
        WriteHeen(Wet.Jeugdwet, 305, sent, old.Header.Identificatie, MessageFiles.Changed(s => BerichtWriter.Write305(s, old), xml => xml.Replace("/3_2/", "/3_1/", StringComparison.Ordinal)));
        Manifest("oude-release", "Bericht in de namespace van release iJw 3.1; het wordt als geheel geweigerd met een duidelijke melding.", "inlezen");
        var orphan = new Bericht305(Wet.Jeugdwet, Header(spell.Provider, _gemeente, 305, sent),
            new Client305(persoon, [new StartProduct(spell.DeliveryStart.Value, "1") { ToewijzingNummer = 999_000_000 + nummer % 1_000_000, Product = new Product(spell.Category, spell.ProductCode), ToewijzingIngangsdatum = spell.First.Ingangsdatum }]));
        WriteHeen(Wet.Jeugdwet, 305, sent, orphan.Header.Identificatie, s => BerichtWriter.Write305(s, orphan));
        spell.CopiedWithoutToewijzing = true;
        Manifest("305-zonder-301", "Startbericht voor een toewijzingnummer waarvoor geen toewijzing (301) is gestuurd.", "controle");
    }

    /// <summary>Lists a defect at the heenbericht written last (not at its retour, which carries the original).</summary>
    private void Manifest(string kind, string description, string layer) =>
        defects.Record(kind, _lastHeen.Archive, _lastHeen.Entry, description, layer);

    private void WriteHeen(Wet wet, int type, DateOnly day, string identificatie, Action<Stream> write)
    {
        files.Write(wet, type, day, identificatie, write);
        _lastHeen = files.Last;
    }

    private Header Header(string from, string to, int type, DateOnly day) => new(from, to, files.NextId(type), day);

    /// <summary>A retour a few days later; about 2 % carry a rejection code on the header.</summary>
    private RetourHeader RetourHeader(int type, DateOnly sent, DateOnly runEnd)
    {
        var day = sent.AddDays(random.Next(0, 4));
        var header = new RetourHeader(files.NextId(type), day < runEnd ? day : runEnd);
        return random.Chance(0.02) ? header with { RetourCodes = [random.Pick(["9056", "9074", "9069", "0001"])] } : header;
    }

    private void Send(Wet wet, int type, Header header, Action<Stream> heen, Action<Stream> retour, DateOnly runEnd)
    {
        if (header.Dagtekening > runEnd)
            return;
        WriteHeen(wet, type, header.Dagtekening, header.Identificatie, heen);
        files.Write(wet, type + 1, header.Dagtekening, header.Identificatie + "R", retour);
    }
}
