using System.Globalization;

namespace Msd.Generation;

/// <summary>
/// The Wmo registration behind the iWmo toewijzingen: every gemeente-initiated Wmo spell starts
/// with a melding, an onderzoek (legally within 6 weeks), an aanvraag and a beschikking (within 2
/// weeks); about a third of meldingen end without maatwerk.
/// </summary>
internal static class WmoRegistrationModel
{
    private static readonly Dictionary<string, string> TypeByCategory = new(StringComparer.Ordinal)
    {
        ["01"] = "HBH",
        ["02"] = "BEG",
        ["03"] = "PV",
        ["04"] = "KV",
        ["06"] = "OV",
        ["07"] = "DB",
        ["08"] = "VD",
        ["15"] = "BW",
    };

    private static readonly string[] Teams = ["Noord", "Zuid", "Oost", "West"];

    public static List<WmoMelding> Simulate(GeneratedPopulation population, IEnumerable<CareSpell> spells, long seed)
    {
        var random = new SeededRandom(seed, "wmo-registratie", population.Municipality.Code);
        var meldingen = new List<WmoMelding>();
        foreach (var spell in spells.Where(s => s.Wet == "wmo" && s.RequestDate is null && s.Versions.Count > 0))
        {
            var beschikking = spell.First.Toewijzingsdatum.AddDays(-random.Next(0, 4));
            var aanvraag = beschikking.AddDays(-(random.Chance(0.9) ? random.Next(1, 15) : random.Next(15, 30)));
            var onderzoek = aanvraag.AddDays(-random.Next(0, 8));
            var melding = onderzoek.AddDays(-(random.Chance(0.87) ? random.Next(7, 43) : random.Next(43, 80)));
            meldingen.Add(new WmoMelding(Id(population, meldingen.Count), spell.Client, random.Pick(Teams), TypeByCategory[spell.Category],
                random.Chance(0.03), melding, onderzoek, aanvraag, beschikking, random.Chance(0.1) ? "GTO" : "TOE", random.Chance(0.08) ? "PGB" : "ZIN"));
        }
        // meldingen that end without a maatwerkvoorziening: solved in the sociale basis, refused or withdrawn
        var extra = meldingen.Count / 2;
        var adults = population.People.Where(p => p.AgeOn(p.Since.Year < 1950 ? new DateOnly(2000, 1, 1) : p.Since) >= 18).ToList();
        for (var i = 0; i < extra && adults.Count > 0; i++)
        {
            var client = random.Pick(adults);
            var first = meldingen.Count > 0 ? meldingen.Min(m => m.Meldingsdatum) : new DateOnly(2020, 1, 1);
            var last = meldingen.Count > 0 ? meldingen.Max(m => m.Meldingsdatum) : new DateOnly(2025, 12, 31);
            var melding = first.AddDays(random.Next(0, Math.Max(1, last.DayNumber - first.DayNumber)));
            if (!client.LivesThereOn(melding))
                continue;
            var onderzoek = melding.AddDays(random.Next(5, 50));
            var uitkomst = random.Weighted(("ALG", 65), ("AFW", 15), ("ING", 15), ("BBH", 5));
            var aanvraag = uitkomst == "AFW" ? onderzoek.AddDays(random.Next(0, 7)) : (DateOnly?)null;
            meldingen.Add(new WmoMelding(Id(population, meldingen.Count), client, random.Pick(Teams), random.Pick(["HBH", "BEG", "VVZ", "WV", "HMO"]),
                false, melding, uitkomst == "ING" ? null : onderzoek, aanvraag, aanvraag?.AddDays(random.Next(3, 16)), uitkomst, null));
        }
        return meldingen;
    }

    private static string Id(GeneratedPopulation population, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"M{population.Municipality.Code}{index + 1:D7}");
}
