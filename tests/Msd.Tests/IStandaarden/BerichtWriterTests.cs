using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

public sealed class BerichtWriterTests
{
    public static TheoryData<Wet, int> AlleSoorten => Voorbeelden.AlleSoorten();

    public static TheoryData<Wet, int> SoortenMetXsd => [.. BerichtSoorten.All.Where(s => s.XsdGepubliceerd).Select(s => (s.Wet, s.Nummer))];

    public static TheoryData<int> WmoZonderXsd => [.. BerichtSoorten.All.Where(s => !s.XsdGepubliceerd).Select(s => s.Nummer)];

    [Theory]
    [MemberData(nameof(SoortenMetXsd))]
    public void Every_message_type_validates_against_the_official_xsd(Wet wet, int nummer)
    {
        var soort = BerichtSoorten.Get(wet, nummer);
        Assert.True(OfficialSchemas.HasXsd(soort), $"{soort.Naam}.xsd ontbreekt in {OfficialSchemas.Folder(wet, "xsd")}.");

        OfficialSchemas.AssertValid(Voorbeelden.Write(wet, nummer), wet);
    }

    [Theory]
    [MemberData(nameof(WmoZonderXsd))]
    public void Wmo_messages_without_an_xsd_follow_their_ijw_counterpart(int nummer)
    {
        var soort = BerichtSoorten.Get(Wet.Wmo, nummer);
        var document = XDocument.Load(new MemoryStream(Voorbeelden.Write(Wet.Wmo, nummer)));

        // Namespace and BerichtCode as istandaarden.md §3 gives them (COD002-VEKT; no XSD confirms them).
        XNamespace ns = $"http://www.istandaarden.nl/iwmo/3_2/wmo{nummer}/schema";
        Assert.Equal(ns + "Bericht", document.Root!.Name);
        Assert.Equal($"wmo{nummer}", document.Root.GetPrefixOfNamespace(ns));
        var expectedCode = nummer switch { 302 => "415", 306 => "419", 308 => "421", 316 => "445", 318 => "481", 320 => "483", _ => "485" };
        Assert.Equal(expectedCode, document.Root.Element(ns + "Header")!.Element(ns + "BerichtCode")!.Value);
        Assert.Equal(expectedCode, soort.BerichtCode);

        // The structure: the same tree in the iJw namespaces must satisfy the iJw XSD.
        OfficialSchemas.AssertValid(IjwCounterpart.From(document, soort), Wet.Jeugdwet);
    }

    [Theory]
    [MemberData(nameof(AlleSoorten))]
    public void Writing_twice_gives_identical_bytes_whatever_the_culture(Wet wet, int nummer)
    {
        var first = Voorbeelden.Write(wet, nummer);
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            var second = Voorbeelden.Write(wet, nummer);
            Assert.Equal(first, second);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void The_output_is_formatted_like_the_example_messages()
    {
        var bytes = Voorbeelden.Write(Wet.Jeugdwet, 301);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jw301:Bericht xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\" "
            + "xmlns:jw301=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\">\n\t<jw301:Header>\n\t\t<jw301:BerichtCode>436</jw301:BerichtCode>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("</jw301:Bericht>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_keep_their_leading_zeros_and_dates_and_times_are_iso()
    {
        var text = Encoding.UTF8.GetString(Voorbeelden.Write(Wet.Jeugdwet, 301));

        Assert.Contains("<jw301:Afzender>0118</jw301:Afzender>", text, StringComparison.Ordinal);
        Assert.Contains("<ijw:Eenheid>04</ijw:Eenheid>", text, StringComparison.Ordinal);
        Assert.Contains("<jw301:JuridischeStatus>04</jw301:JuridischeStatus>", text, StringComparison.Ordinal);
        Assert.Contains("<jw301:Toewijzingsdatum>2026-04-01</jw301:Toewijzingsdatum>", text, StringComparison.Ordinal);
        Assert.Contains("<jw301:Toewijzingstijd>09:15:00</jw301:Toewijzingstijd>", text, StringComparison.Ordinal);
        Assert.Contains("<jw301:Budget>1250000</jw301:Budget>", text, StringComparison.Ordinal);
        Assert.Contains("<ijw:Categorie>54</ijw:Categorie>\n\t\t\t\t</jw301:Product>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_toewijzing_has_reden_13_and_einddatum_equal_to_ingangsdatum()
    {
        var product = Items(Voorbeelden.Write(Wet.Wmo, 301), "ToegewezenProduct").Single(p => Value(p, "RedenWijziging") == "13");

        Assert.Equal("300190", Value(product, "ToewijzingNummer"));
        Assert.Equal(Value(product, "Ingangsdatum"), Value(product, "Einddatum"));
    }

    [Fact]
    public void A_corrected_start_is_written_as_status_3_then_1_in_input_order()
    {
        var starts = Items(Voorbeelden.Write(Wet.Jeugdwet, 305), "StartProduct");

        Assert.Equal(["3", "1", "1"], starts.Select(s => Value(s, "StatusAanlevering")));
        Assert.Equal(["2026-04-08", "2026-04-10"], starts.Take(2).Select(s => Value(s, "Begindatum")));
        Assert.All(starts.Take(2), s => Assert.Equal("300201", Value(s, "ToewijzingNummer")));
    }

    [Theory]
    [InlineData(Wet.Jeugdwet)]
    [InlineData(Wet.Wmo)]
    public void A_temporary_stop_keeps_reden_20(Wet wet)
    {
        var stops = Items(Voorbeelden.Write(wet, 307), "StopProduct");

        Assert.Equal(["20", wet == Wet.Jeugdwet ? "31" : "19"], stops.Select(s => Value(s, "RedenBeeindiging")));
    }

    [Fact]
    public void A_credit_line_names_the_earlier_prestatie_and_the_total_is_debet_minus_credit()
    {
        var bytes = Voorbeelden.Write(Wet.Jeugdwet, 323);
        var prestaties = Items(bytes, "Prestatie");
        var credit = Assert.Single(prestaties, p => Value(p, "DebetCredit") == "C");

        Assert.Equal("P2026-03-0041", Value(credit, "VorigReferentieNummer"));
        Assert.Equal("94200", Value(credit, "Bedrag"));
        var saldo = prestaties.Sum(p => long.Parse(Value(p, "Bedrag")!, CultureInfo.InvariantCulture) * (Value(p, "DebetCredit") == "C" ? -1 : 1));
        var totaal = Items(bytes, "TotaalIngediendBedrag").Single();
        Assert.Equal(saldo.ToString(CultureInfo.InvariantCulture), Value(totaal, "TotaalBedrag"));
        Assert.Equal("D", Value(totaal, "DebetCredit"));
    }

    private static List<XElement> Items(byte[] document, string localName) =>
        [.. XDocument.Load(new MemoryStream(document)).Descendants().Where(e => e.Name.LocalName == localName)];

    private static string? Value(XElement element, string localName) =>
        element.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
}
