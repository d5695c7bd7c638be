using System.Xml.Linq;
using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

/// <summary>Writing the content of an official example message reproduces its elements, prefixes and values.</summary>
public sealed class ExampleMessageTests
{
    [Fact]
    public void Writing_the_content_of_the_jw301_example_reproduces_it()
    {
        var naamWit = new Naam(new Achternaam("Wit", "de"), "Tom", "T");
        var amsterdam = new Adres("9999XX", 9, "Van Woustraat", "Amsterdam") { Huisletter = "B", HuisnummerToevoeging = "BEL", AanduidingWoonadres = "TO", LandCode = "NL" };
        Relatie[] relaties =
        [
            new("1", "12", new Naam(new Achternaam("Galen", "van"), "Peter", "P") { Partnernaam = new Achternaam("Vries", "de") },
                new Contact("03") { Adres = amsterdam, Telefoon = new Telefoon("0201234567"), Emailadres = "abc@def.com" })
            { Volgorde = 1, Geboortedatum = new Geboortedatum(new DateOnly(1971, 4, 7)), Geslacht = "1" },
            new("2", "09", new Naam(new Achternaam("Bakker"), "Klaas", "K"),
                new Contact("03") { Adres = new Adres("9999XX", 23, "Kerklaan", "Arnhem") { LandCode = "NL" }, Telefoon = new Telefoon("0707654321"), Emailadres = "def@abc.com" })
            { Volgorde = 2, Geboortedatum = new Geboortedatum(new DateOnly(1956, 7, 12)), Geslacht = "1" },
        ];
        Contact[] contacten =
        [
            new("03") { Adres = amsterdam, Telefoon = new Telefoon("0201234567"), Emailadres = "abcd@efg.com" },
            new("04")
            {
                Adres = new Adres("9999XX", 12, "Mauritsstraat", "Amsterdam") { HuisnummerToevoeging = "K123", LandCode = "NL" },
                Organisatie = "Revalidatiecentrum Ons Genoegen",
                Telefoon = new Telefoon("0204563219"),
                PeriodeBegindatum = new DateOnly(2018, 2, 3),
            },
        ];
        var dag = new DateOnly(2026, 4, 1);
        ToegewezenProduct Product(int nummer, string referentie, string code, DateOnly einde, string eenheid, string commentaar) =>
            new(nummer, dag, new TimeOnly(12, 34, 56), dag)
            {
                ReferentieAanbieder = referentie,
                Product = new Product("55", code),
                Einddatum = einde,
                Omvang = new Omvang(2, eenheid, "2"),
                Commentaar = commentaar,
            };
        var client = new Client301(new Persoon("999900006", new Geboortedatum(new DateOnly(2010, 2, 14)), "1", naamWit), contacten,
            [
                Product(300201, "40A12341234", "55A11", new DateOnly(2026, 7, 14), "04", "Commentaar Toegewezen Product 1"),
                Product(300202, "40A12341235", "55A12", new DateOnly(2026, 7, 19), "16", "Commentaar Toegewezen Product 2"),
            ])
        {
            Communicatie = new Communicatie("1", "Zweeds"),
            JuridischeStatus = "01",
            WettelijkeVertegenwoordiging = "09",
            Commentaar = "Commentaar client",
            Relaties = relaties,
        };
        var bericht = new Bericht301(Wet.Jeugdwet, new Header("0384", "42420001", "123456789012", dag), client);

        var written = Voorbeelden.Bytes(s => BerichtWriter.Write301(s, bericht));

        var example = Path.Combine(OfficialSchemas.Folder(Wet.Jeugdwet, "voorbeeldberichten"), "JW301.xml");
        Assert.Equal(Flatten(XDocument.Load(example)), Flatten(XDocument.Load(new MemoryStream(written))));
    }

    /// <summary>One line per element in document order: prefix, local name, namespace and text of a leaf.</summary>
    private static List<string> Flatten(XDocument document) =>
    [
        .. document.Root!.DescendantsAndSelf().Select(e =>
            $"{e.GetPrefixOfNamespace(e.Name.Namespace)}:{e.Name.LocalName} {{{e.Name.NamespaceName}}} {(e.HasElements ? "" : e.Value)}"),
    ];
}
