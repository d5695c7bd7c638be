using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

/// <summary>One set of records serves both laws; what exists in only one of them is refused in the other.</summary>
public sealed class WetVerschillenTests
{
    [Fact]
    public void A_reden_beeindiging_from_the_other_law_is_refused()
    {
        var stop = Voorbeelden.Stop(Wet.Wmo);
        var jeugdReden = stop with { Client = stop.Client with { StopProducten = [stop.Client.StopProducten[0] with { RedenBeeindiging = "32" }] } };

        var error = Assert.Throws<ArgumentException>(() => Voorbeelden.Bytes(s => BerichtWriter.Write307(s, jeugdReden)));

        Assert.Contains("WMO588", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_categorie_from_the_other_law_is_refused()
    {
        var toewijzing = Voorbeelden.Toewijzing(Wet.Jeugdwet);
        var wmoProduct = toewijzing with
        {
            Client = toewijzing.Client with { ToegewezenProducten = [toewijzing.Client.ToegewezenProducten[0] with { Product = new Product("02", "02A05") }] },
        };

        var error = Assert.Throws<ArgumentException>(() => Voorbeelden.Bytes(s => BerichtWriter.Write301(s, wmoProduct)));

        Assert.Contains("JZ020", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gezagsdrager_and_woonplaatsbeginsel_exist_only_in_ijw()
    {
        var verzoek = Voorbeelden.VerzoekOmToewijzing(Wet.Wmo);
        var antwoord = Voorbeelden.Antwoord(Wet.Wmo);

        Assert.Throws<ArgumentException>(() => Voorbeelden.Bytes(s =>
            BerichtWriter.Write315(s, verzoek with { Client = verzoek.Client with { GezagsdragerBekend = "1" } })));
        Assert.Throws<ArgumentException>(() => Voorbeelden.Bytes(s =>
            BerichtWriter.Write319(s, antwoord with { Antwoord = antwoord.Antwoord with { Woonplaatsbeginsel = new Woonplaatsbeginsel(Voorbeelden.Hoogeveen) } })));
    }

    [Fact]
    public void Only_ijw_messages_carry_the_ijw_only_elements()
    {
        var jw = System.Text.Encoding.UTF8.GetString(Voorbeelden.Write(Wet.Jeugdwet, 319));
        var wmo = System.Text.Encoding.UTF8.GetString(Voorbeelden.Write(Wet.Wmo, 319));

        Assert.Contains("<jw319:Woonplaatsbeginsel>\n\t\t\t<jw319:Gemeente>1690</jw319:Gemeente>", jw, StringComparison.Ordinal);
        Assert.DoesNotContain("Woonplaatsbeginsel", wmo, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_list_that_is_empty_is_refused()
    {
        var start = Voorbeelden.Start(Wet.Jeugdwet);
        var declaratie = Voorbeelden.Declaratie(Wet.Jeugdwet);

        Assert.Throws<ArgumentException>(() => Voorbeelden.Bytes(s =>
            BerichtWriter.Write305(s, start with { Client = start.Client with { StartProducten = [] } })));
        Assert.Throws<ArgumentException>(() => Voorbeelden.Bytes(s =>
            BerichtWriter.Write323(s, declaratie with { Declaratie = declaratie.Declaratie with { Clienten = [] } })));
    }
}
