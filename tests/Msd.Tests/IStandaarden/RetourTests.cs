using System.Xml.Linq;
using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

public sealed class RetourTests
{
    [Fact]
    public void A_retour_keeps_the_original_header_and_adds_its_own_fields()
    {
        var document = Load(Voorbeelden.Write(Wet.Jeugdwet, 302));
        var header = Child(document.Root!, "Header");

        Assert.Equal(["BerichtCode", "BerichtVersie", "BerichtSubversie", "Afzender", "Ontvanger", "BerichtIdentificatie", "XsdVersie",
            "IdentificatieRetour", "DagtekeningRetour", "XsdVersieRetour", "RetourCodes"], header.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("437", Child(header, "BerichtCode").Value);
        Assert.Equal(Voorbeelden.Hoogeveen, Child(header, "Afzender").Value);
        Assert.Equal("T2026000001", Child(header, "BerichtIdentificatie").Elements().First().Value);
    }

    [Fact]
    public void Items_without_codes_get_0200_and_rejected_items_keep_theirs()
    {
        var document = Load(Voorbeelden.Write(Wet.Wmo, 302));
        var codes = document.Descendants().Where(e => e.Name.LocalName == "ToegewezenProduct")
            .Select(p => string.Join(',', Child(p, "RetourCodes").Elements().Select(c => c.Value)));

        Assert.Equal(["0200", "9332", "0200", "0200"], codes);
        Assert.All(document.Descendants().Where(e => e.Name.LocalName is "Contact" or "Relatie"),
            e => Assert.Equal("RetourCodes", e.Elements().Last().Name.LocalName));
    }

    [Theory]
    [InlineData(Wet.Jeugdwet)]
    [InlineData(Wet.Wmo)]
    public void A_message_rejected_as_a_whole_is_returned_as_header_only(Wet wet)
    {
        var toewijzing = Voorbeelden.Toewijzing(wet);
        var retour = new Retour<Bericht301>(toewijzing, new RetourHeader("R2026000009", Voorbeelden.Dag) { RetourCodes = ["8848"], AlleenHeader = true });

        var bytes = Voorbeelden.Bytes(s => BerichtWriter.Write302(s, retour));

        var root = Load(bytes).Root!;
        Assert.Equal(["Header"], root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("8848", root.Descendants().Single(e => e.Name.LocalName == "RetourCode").Value);
        if (wet == Wet.Jeugdwet)
            OfficialSchemas.AssertValid(bytes, wet);
        else
            OfficialSchemas.AssertValid(IjwCounterpart.From(Load(bytes), BerichtSoorten.Get(wet, 302)), Wet.Jeugdwet);
    }

    [Fact]
    public void A_heenbericht_leaves_out_retour_codes_set_on_its_records()
    {
        var retour = Voorbeelden.ToewijzingRetour(Wet.Jeugdwet);

        var bytes = Voorbeelden.Bytes(s => BerichtWriter.Write301(s, retour.Heenbericht));

        Assert.DoesNotContain(Load(bytes).Descendants(), e => e.Name.LocalName == "RetourCodes");
        OfficialSchemas.AssertValid(bytes, Wet.Jeugdwet);
    }

    [Fact]
    public void A_declaratie_antwoord_that_approves_everything_has_no_clients()
    {
        var antwoord = Voorbeelden.DeclaratieAntwoord(Wet.Jeugdwet);
        var alles = antwoord with
        {
            DeclaratieAntwoord = antwoord.DeclaratieAntwoord! with
            {
                TotaalToegekendBedrag = antwoord.DeclaratieAntwoord.TotaalIngediendBedrag,
                RetourCodes = ["8001"],
                Clienten = [],
            },
        };

        var bytes = Voorbeelden.Bytes(s => BerichtWriter.Write325(s, alles));

        Assert.DoesNotContain(Load(bytes).Descendants(), e => e.Name.LocalName == "Clienten");
        OfficialSchemas.AssertValid(bytes, Wet.Jeugdwet);
    }

    private static XDocument Load(byte[] bytes) => XDocument.Load(new MemoryStream(bytes));

    private static XElement Child(XElement parent, string localName) => parent.Elements().Single(e => e.Name.LocalName == localName);
}
