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

    public static List<WmoMelding> Simulate(GeneratedPopulation population, IEnumerable<CareSpell> spells, DateOnly to, long seed)
    {
        var random = new SeededRandom(seed, "wmo-registratie", population.Municipality.Code);
        var meldingen = new List<WmoMelding>();
        foreach (var spell in spells.Where(s => s.Wet == "wmo" && s.RequestDate is null && s.Versions.Count > 0 && s.First.Toewijzingsdatum <= to))
        {
            var beschikking = spell.First.Toewijzingsdatum.AddDays(-random.Next(0, 4));
            var aanvraag = beschikking.AddDays(-(random.Chance(0.9) ? random.Next(1, 15) : random.Next(15, 30)));
            var onderzoek = aanvraag.AddDays(-random.Next(0, 8));
            var melding = onderzoek.AddDays(-(random.Chance(0.87) ? random.Next(7, 43) : random.Next(43, 80)));
            meldingen.Add(new WmoMelding(population.RecordId("M", meldingen.Count), spell.Client, random.Pick(Teams), TypeByCategory[spell.Category],
                random.Chance(0.03), melding, onderzoek, aanvraag, beschikking, random.Chance(0.1) ? "GTO" : "TOE", random.Chance(0.08) ? "PGB" : "ZIN")
            { ClientondersteuningGewezen = PointedToSupport(seed, population.RecordId("M", meldingen.Count)) });
        }
        // meldingen that end without a maatwerkvoorziening: solved in the sociale basis, refused or withdrawn
        if (meldingen.Count == 0)
            return meldingen;
        var first = meldingen.Min(m => m.Meldingsdatum);
        var days = Math.Max(1, meldingen.Max(m => m.Meldingsdatum).DayNumber - first.DayNumber);
        var people = population.People;
        for (var extra = meldingen.Count / 2; extra > 0; extra--)
        {
            var client = people[random.Next(0, people.Count)];
            var melding = first.AddDays(random.Next(0, days));
            if (!client.LivesThereOn(melding) || client.AgeOn(melding) < 18)
                continue;
            var onderzoek = melding.AddDays(random.Next(5, 50));
            var uitkomst = random.Weighted(("ALG", 65), ("AFW", 15), ("ING", 15), ("BBH", 5));
            var aanvraag = uitkomst == "AFW" ? onderzoek.AddDays(random.Next(0, 7)) : (DateOnly?)null;
            var beschikking = aanvraag?.AddDays(random.Next(3, 16));
            // the registration is exported at the end of the run: later steps have not happened yet
            meldingen.Add(new WmoMelding(population.RecordId("M", meldingen.Count), client, random.Pick(Teams), random.Pick(["HBH", "BEG", "VVZ", "WV", "HMO"]),
                false, melding, uitkomst == "ING" || onderzoek > to ? null : onderzoek, aanvraag <= to ? aanvraag : null, beschikking <= to ? beschikking : null,
                onderzoek > to ? null : uitkomst, null)
            { ClientondersteuningGewezen = PointedToSupport(seed, population.RecordId("M", meldingen.Count)) });
        }
        return meldingen;
    }

    /// <summary>Drawn per melding from its own stream, so the other draws stay as they were.</summary>
    private static bool PointedToSupport(long seed, string id) => new SeededRandom(seed, "clientondersteuning", id).Chance(0.85);
}
