using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

/// <summary>Verzoek om toewijzing (315), verzoek om wijziging (317), antwoord (319) and their retours.</summary>
internal static partial class Voorbeelden
{
    /// <summary>Two requested products: referred by a huisarts (AGB) and, for Jeugdwet, by a gecertificeerde instelling.</summary>
    public static Bericht315 VerzoekOmToewijzing(Wet wet)
    {
        AangevraagdProduct[] producten =
        [
            new("VOT-2026-0001", Dag.AddDays(7), new Verwijzer("02") { Naam = "Huisartsenpraktijk Centrum", ZorgverlenerCode = "01012345" })
            {
                Product = Product(wet, 0),
                ToewijzingEinddatum = Dag.AddDays(7).AddMonths(6).AddDays(-1),
                Omvang = new Omvang(3, "04", "2"),
                Raamcontract = "2",
            },
            new("VOT-2026-0002", Dag.AddDays(14), new Verwijzer(wet == Wet.Jeugdwet ? "04" : "05") { Naam = "Verwijzer B" })
            {
                BeschikkingNummer = 88001,
                Product = new Product(Product(wet, 2).Categorie),
                BeschikkingIngangsdatum = Dag,
                Budget = 480_000,
                Commentaar = "Met spoed",
            },
        ];
        var client = new Client315(Client(wet, 12), producten)
        {
            GezagsdragerBekend = wet == Wet.Jeugdwet ? "1" : null,
            Commentaar = "Aanvraag na verwijzing",
        };
        return new Bericht315(wet, VanAanbieder(wet, "V2026000001"), client);
    }

    public static Retour<Bericht315> VerzoekOmToewijzingRetour(Wet wet)
    {
        var verzoek = VerzoekOmToewijzing(wet);
        AangevraagdProduct[] producten = [.. verzoek.Client.AangevraagdeProducten.Select((p, i) => i == 0 ? p with { RetourCodes = ["9347"] } : p)];
        return new(verzoek with { Client = verzoek.Client with { AangevraagdeProducten = producten } }, RetourHeader("R2026000004"));
    }

    /// <summary>The complete desired situation: one product unchanged, one changed, one new.</summary>
    public static Bericht317 VerzoekOmWijziging(Wet wet)
    {
        var verzoek = new Verzoek("VOW-2026-0001", "2")
        {
            OngewijzigdeProducten = [new OngewijzigdProduct(300150)],
            TeWijzigenProducten = [new TeWijzigenProduct(300201, Dag.AddDays(21)) { Einddatum = Dag.AddMonths(9), Omvang = new Omvang(5, "04", "2") }],
            NieuweProducten = [new NieuwProduct(Dag.AddDays(21)) { Product = Product(wet, 2), Einddatum = Dag.AddMonths(9), Omvang = new Omvang(2, "16", "2") }],
        };
        return new Bericht317(wet, VanAanbieder(wet, "W2026000001"), new Client317(Bsn(11), verzoek));
    }

    public static Retour<Bericht317> VerzoekOmWijzigingRetour(Wet wet)
    {
        var vow = VerzoekOmWijziging(wet);
        var verzoek = vow.Client.Verzoek with
        {
            OngewijzigdeProducten = [vow.Client.Verzoek.OngewijzigdeProducten[0] with { RetourCodes = ["9350"] }],
            RetourCodes = ["9349"],
        };
        return new(vow with { Client = vow.Client with { Verzoek = verzoek } }, RetourHeader("R2026000005"));
    }

    /// <summary>Jeugdwet: rejected under the woonplaatsbeginsel, naming De Wolden. Wmo: rejected, no contract.</summary>
    public static Bericht319 Antwoord(Wet wet)
    {
        var antwoord = wet == Wet.Jeugdwet
            ? new Antwoord("VOT-2026-0002", "1") { RedenAfwijzingVerzoek = "8", Woonplaatsbeginsel = new Woonplaatsbeginsel(DeWolden) }
            : new Antwoord("VOT-2026-0002", "1") { RedenAfwijzingVerzoek = "3" };
        return new Bericht319(wet, VanGemeente(wet, "A2026000001"), antwoord);
    }

    public static Retour<Bericht319> AntwoordRetour(Wet wet)
    {
        var antwoord = Antwoord(wet);
        return new(antwoord with { Antwoord = antwoord.Antwoord with { RetourCodes = ["9355"] } }, RetourHeader("R2026000006"));
    }
}
