using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

/// <summary>Declaratie (323) for April 2026 and the gemeente's answer (325).</summary>
internal static partial class Voorbeelden
{
    private static readonly Periode April = new(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30));
    private static readonly Periode Maart = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    /// <summary>
    /// Three clients. The second corrects March: a credit line cancelling the earlier prestatie
    /// (VorigReferentieNummer) and a new debet one. One line is in euro's (Eenheid 83, no tarief).
    /// </summary>
    public static IReadOnlyList<DeclaratieClient> Declaratieclienten(Wet wet) =>
    [
        new(Bsn(11),
        [
            new("P2026-04-0001", 300201, Product(wet, 0), April with { Begindatum = new DateOnly(2026, 4, 10) }, 9, "04", BedragMetDC.Debet(9 * 7_850)) { ProductTarief = 7_850 },
            new("P2026-04-0002", 300150, Product(wet, 1), April, 34, "16", BedragMetDC.Debet(34 * 5_125)) { ProductTarief = 5_125 },
        ]),
        new(Bsn(21),
        [
            new("P2026-04-0003", 300077, Product(wet, 0), Maart, 12, "04", BedragMetDC.Credit(12 * 7_850)) { VorigReferentieNummer = "P2026-03-0041", ProductTarief = 7_850 },
            new("P2026-04-0004", 300077, Product(wet, 0), Maart, 10, "04", BedragMetDC.Debet(10 * 7_850)) { ProductTarief = 7_850 },
            new("P2026-04-0005", 300077, Product(wet, 0), April, 13, "04", BedragMetDC.Debet(13 * 7_850)) { ProductTarief = 7_850 },
        ]),
        new(Bsn(31),
        [
            new("P2026-04-0006", 300090, Product(wet, 3), April, 20_000, "83", BedragMetDC.Debet(20_000)),
        ]),
    ];

    public static Bericht323 Declaratie(Wet wet)
    {
        var clienten = Declaratieclienten(wet);
        var totaal = BedragMetDC.FromSaldo(clienten.SelectMany(c => c.Prestaties).Sum(p => p.IngediendBedrag.Saldo));
        var declaratie = new Declaratie("D202604001", April, new DateOnly(2026, 5, 6), totaal, clienten);
        return new Bericht323(wet, VanAanbieder(wet, "D2026000001") with { Dagtekening = new DateOnly(2026, 5, 6) }, declaratie);
    }

    /// <summary>The answer rejects one prestatie (tarief differs from the contract) and approves the rest.</summary>
    public static Bericht325 DeclaratieAntwoord(Wet wet)
    {
        var declaratie = Declaratie(wet);
        var afgewezen = Declaratieclienten(wet)[0].Prestaties[1] with { RetourCodes = ["0611"] };
        var ingediend = declaratie.Declaratie.TotaalIngediendBedrag;
        var antwoord = new DeclaratieAntwoord("D202604001", ingediend, BedragMetDC.FromSaldo(ingediend.Saldo - afgewezen.IngediendBedrag.Saldo), ["0200"])
        {
            Clienten = [new DeclaratieClient(Bsn(11), [afgewezen]) { RetourCodes = ["0200"] }],
        };
        var header = new AntwoordHeader(declaratie.Header.Identificatie, declaratie.Header.Dagtekening, ["0200"]) { XsltVersie = "1.0.0" };
        return new Bericht325(wet, VanGemeente(wet, "DA2026000001") with { Dagtekening = new DateOnly(2026, 5, 12) }, header, antwoord);
    }
}
