using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

/// <summary>Toewijzing (301), start (305) and stop (307), and their retours.</summary>
internal static partial class Voorbeelden
{
    /// <summary>
    /// Four toegewezen products: a new specific one answering a request, an extension (04), a budget-only
    /// aspecific one, and a deletion (13, Einddatum = Ingangsdatum).
    /// </summary>
    public static Bericht301 Toewijzing(Wet wet)
    {
        var tijd = new TimeOnly(9, 15, 0);
        var brpAdres = new Contact("01")
        {
            Adres = wet == Wet.Jeugdwet
                ? new Adres("7902AB", 12, "Hoofdstraat", "Hoogeveen") { Huisletter = "A", LandCode = "NL" }
                : new Adres("7921XK", 3, "Dorpsstraat", "Zuidwolde") { HuisnummerToevoeging = "bis", LandCode = "NL" },
            Telefoon = new Telefoon("0528123456"),
            Telefoon2 = new Telefoon("0612345678"),
            Emailadres = "bewoner@example.org",
        };
        var verblijf = new Contact("04")
        {
            Adres = new Adres("7701AA", 1, "Zorglaan", "Dedemsvaart"),
            Organisatie = "Zorgcentrum De Linde",
            PeriodeBegindatum = Dag.AddDays(-30),
        };
        var ouder = new Relatie("R1", wet == Wet.Jeugdwet ? "10" : "12", new Naam(new Achternaam("Boer", "de"), "Petra", "P"),
            new Contact("01") { Telefoon = new Telefoon("0528987654") })
        {
            Volgorde = 1,
            Geboortedatum = new Geboortedatum(new DateOnly(1984, 5, 2)),
            Geslacht = "2",
        };
        ToegewezenProduct[] producten =
        [
            new(300201, Dag, tijd, Dag.AddDays(7))
            {
                ReferentieAanbieder = "VOT-2026-0001",
                Product = Product(wet, 0),
                Einddatum = Dag.AddDays(7).AddMonths(6).AddDays(-1),
                Omvang = new Omvang(3, "04", "2"),
                Commentaar = "Na verzoek om toewijzing",
            },
            new(300150, Dag, tijd, new DateOnly(2025, 10, 1))
            {
                Product = Product(wet, 1),
                Einddatum = new DateOnly(2026, 9, 30),
                RedenWijziging = "04",
                Omvang = new Omvang(8, "16", "2"),
            },
            new(300202, Dag, tijd.AddMinutes(1), Dag) { Product = new Product(Product(wet, 2).Categorie), Budget = 1_250_000 },
            new(300190, Dag, tijd.AddMinutes(2), new DateOnly(2026, 3, 1))
            {
                Product = Product(wet, 3),
                Einddatum = new DateOnly(2026, 3, 1),
                RedenWijziging = "13",
                Omvang = new Omvang(20_000, "83", "4"),
            },
        ];
        var client = new Client301(Client(wet, 11), [brpAdres, verblijf], producten)
        {
            Communicatie = new Communicatie("1", "Pools"),
            JuridischeStatus = wet == Wet.Jeugdwet ? "04" : null,
            WettelijkeVertegenwoordiging = wet == Wet.Wmo ? "08" : null,
            Commentaar = "Toewijzing na keukentafelgesprek",
            Relaties = [ouder],
        };
        return new Bericht301(wet, VanGemeente(wet, "T2026000001"), client);
    }

    /// <summary>The retour of the toewijzing: all clear except one product whose number is not unique.</summary>
    public static Retour<Bericht301> ToewijzingRetour(Wet wet)
    {
        var toewijzing = Toewijzing(wet);
        var client = toewijzing.Client;
        ToegewezenProduct[] producten = [.. client.ToegewezenProducten.Select((p, i) => i == 1 ? p with { RetourCodes = ["9332"] } : p)];
        return new Retour<Bericht301>(
            toewijzing with { Client = client with { ToegewezenProducten = producten, RetourCodes = ["0200"] } },
            RetourHeader("R2026000001"));
    }

    /// <summary>A corrected start (3 deletes the wrong Begindatum, 1 sends the right one) and a normal start.</summary>
    public static Bericht305 Start(Wet wet)
    {
        StartProduct[] producten =
        [
            new(Dag.AddDays(7), "3") { ToewijzingNummer = 300201, Product = Product(wet, 0), ToewijzingIngangsdatum = Dag.AddDays(7) },
            new(Dag.AddDays(9), "1") { ToewijzingNummer = 300201, Product = Product(wet, 0), ToewijzingIngangsdatum = Dag.AddDays(7) },
            new(new DateOnly(2025, 10, 6), "1") { ToewijzingNummer = 300150, Product = Product(wet, 1) },
        ];
        return new Bericht305(wet, VanAanbieder(wet, "S2026000001"), new Client305(Client(wet, 11), producten));
    }

    public static Retour<Bericht305> StartRetour(Wet wet)
    {
        var start = Start(wet);
        StartProduct[] producten = [.. start.Client.StartProducten.Select((p, i) => i == 2 ? p with { RetourCodes = ["9074"] } : p)];
        return new(start with { Client = start.Client with { StartProducten = producten } }, RetourHeader("R2026000002"));
    }

    /// <summary>A temporary stop (20) and a definitive one (Jeugdwet 31 volgens plan, Wmo 19 volgens plan).</summary>
    public static Bericht307 Stop(Wet wet)
    {
        StopProduct[] producten =
        [
            new(Dag.AddDays(9), "20", Dag.AddDays(40), "1") { ToewijzingNummer = 300201, Product = Product(wet, 0), ToewijzingIngangsdatum = Dag.AddDays(7) },
            new(new DateOnly(2025, 10, 6), wet == Wet.Jeugdwet ? "31" : "19", new DateOnly(2026, 3, 31), "1") { ToewijzingNummer = 300150, Product = Product(wet, 1) },
        ];
        return new Bericht307(wet, VanAanbieder(wet, "E2026000001"), new Client307(Client(wet, 11), producten));
    }

    public static Retour<Bericht307> StopRetour(Wet wet)
    {
        var stop = Stop(wet);
        StopProduct[] producten = [.. stop.Client.StopProducten.Select((p, i) => i == 0 ? p with { RetourCodes = ["9069", "9326"] } : p)];
        return new(stop with { Client = stop.Client with { StopProducten = producten } }, RetourHeader("R2026000003") with { XsltVersie = "1.0.0" });
    }
}
