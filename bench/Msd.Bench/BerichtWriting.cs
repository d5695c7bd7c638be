using BenchmarkDotNet.Attributes;
using Msd.IStandaarden;

namespace Msd.Bench;

/// <summary>
/// How fast the iStandaarden writer produces messages: one typical toewijzing (the data generator writes
/// millions of them at national scale) and a declaratie of 1,000 clients, both to a reused memory stream.
/// </summary>
[MemoryDiagnoser]
public class BerichtWriting
{
    private static readonly DateOnly Dag = new(2026, 4, 1);
    private readonly MemoryStream _output = new();
    private readonly Bericht301 _toewijzing = Toewijzing();
    private readonly Bericht323 _declaratie = Declaratie(1_000);

    [Benchmark]
    public long Toewijzing301()
    {
        _output.SetLength(0);
        BerichtWriter.Write301(_output, _toewijzing);
        return _output.Length;
    }

    [Benchmark]
    public long Declaratie323With1000Clients()
    {
        _output.SetLength(0);
        BerichtWriter.Write323(_output, _declaratie);
        return _output.Length;
    }

    private static Persoon Persoon() =>
        new("999900006", new Geboortedatum(new DateOnly(2013, 9, 14)), "2", new Naam(new Achternaam("Boer", "de"), "Sanne", "S"));

    private static Bericht301 Toewijzing()
    {
        var adres = new Contact("01") { Adres = new Adres("7902AB", 12, "Hoofdstraat", "Hoogeveen") { LandCode = "NL" } };
        ToegewezenProduct[] producten =
        [
            new(300201, Dag, new TimeOnly(9, 15), Dag) { Product = new Product("45", "45A03"), Einddatum = Dag.AddMonths(6), Omvang = new Omvang(3, "04", "2") },
            new(300202, Dag, new TimeOnly(9, 16), Dag) { Product = new Product("43"), Budget = 1_250_000 },
        ];
        return new Bericht301(Wet.Jeugdwet, new Header("0118", "41410017", "T2026000001", Dag), new Client301(Persoon(), [adres], producten));
    }

    private static Bericht323 Declaratie(int clients)
    {
        var april = new Periode(Dag, new DateOnly(2026, 4, 30));
        Prestatie[] prestaties =
        [
            new("P1", 300201, new Product("45", "45A03"), april, 9, "04", BedragMetDC.Debet(70_650)) { ProductTarief = 7_850 },
            new("P2", 300202, new Product("43", "43A05"), april, 30, "14", BedragMetDC.Debet(540_000)) { ProductTarief = 18_000 },
        ];
        var clienten = Enumerable.Range(0, clients).Select(_ => new DeclaratieClient("999900006", prestaties)).ToArray();
        var declaratie = new Declaratie("D202604001", april, Dag.AddDays(35), BedragMetDC.Debet(610_650L * clients), clienten);
        return new Bericht323(Wet.Jeugdwet, new Header("41410017", "0118", "D2026000001", Dag.AddDays(35)), declaratie);
    }
}
