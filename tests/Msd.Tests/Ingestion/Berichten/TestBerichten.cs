using System.IO.Compression;
using System.Text;
using Msd.IStandaarden;
using Msd.Tests.Support;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>Hand-made iJw messages for the rule tests, written by the product's own <see cref="BerichtWriter"/>, and ZIPs of them.</summary>
internal static class TestBerichten
{
    public const string Gemeente = "0118";
    public const string Aanbieder = "98011800";
    public const string Bsn = "999900006";

    /// <summary>Postcode area 9999 is district WK011801 in <see cref="BerichtWerkruimte.AreaFile"/>.</summary>
    public const string Postcode = "9999AB";

    public static readonly DateOnly Dag = new(2025, 3, 3);

    private static readonly Persoon Persoon = new(Bsn, new Geboortedatum(new DateOnly(2012, 5, 17)), "2", new Naam(new Achternaam("Jansen"), "Eva", "E"));

    public static (string Entry, byte[] Xml) Toewijzing(string id, int nummer, DateOnly datum, TimeOnly tijd, DateOnly? einde = null, string? reden = null, string? referentie = null, string persoonBsn = Bsn)
    {
        var product = new ToegewezenProduct(nummer, datum, tijd, Dag)
        {
            Product = new Product("45", "45A48"),
            Einddatum = einde,
            RedenWijziging = reden,
            ReferentieAanbieder = referentie,
            Omvang = new Omvang(2, "04", "2"),
        };
        var client = new Client301(Persoon with { Bsn = persoonBsn }, [new Contact("01") { Adres = new Adres(Postcode, 12, "Dorpsstraat", "Hoogeveen") }], [product]);
        var bericht = new Bericht301(Wet.Jeugdwet, new Header(Gemeente, Aanbieder, id, datum), client);
        return ($"JW301_{id}.xml", Xml(s => BerichtWriter.Write301(s, bericht)));
    }

    public static (string Entry, byte[] Xml) Start(string id, int nummer, DateOnly begin, string status, DateOnly dag)
    {
        var start = new StartProduct(begin, status) { ToewijzingNummer = nummer, Product = new Product("45", "45A48"), ToewijzingIngangsdatum = Dag };
        var bericht = new Bericht305(Wet.Jeugdwet, new Header(Aanbieder, Gemeente, id, dag), new Client305(Persoon, [start]));
        return ($"JW305_{id}.xml", Xml(s => BerichtWriter.Write305(s, bericht)));
    }

    public static (string Entry, byte[] Xml) Stop(string id, int nummer, DateOnly begin, string reden, DateOnly einde, DateOnly dag, string status = "1")
    {
        var stop = new StopProduct(begin, reden, einde, status) { ToewijzingNummer = nummer, Product = new Product("45", "45A48"), ToewijzingIngangsdatum = Dag };
        var bericht = new Bericht307(Wet.Jeugdwet, new Header(Aanbieder, Gemeente, id, dag), new Client307(Persoon, [stop]));
        return ($"JW307_{id}.xml", Xml(s => BerichtWriter.Write307(s, bericht)));
    }

    /// <summary>A message with a text change, as the generator injects defects.</summary>
    public static (string Entry, byte[] Xml) Changed((string Entry, byte[] Xml) message, Func<string, string> change) =>
        (message.Entry, Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(message.Xml))));

    public static string Zip(TempDirectory folder, string name, params (string Entry, byte[] Xml)[] messages)
    {
        var path = folder.Combine(name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, xml) in messages)
        {
            using var stream = archive.CreateEntry(entry).Open();
            stream.Write(xml);
        }
        return path;
    }

    private static byte[] Xml(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
