namespace Msd.Generation;

/// <summary>
/// Participatiewet and minima schemes per household: bijstand spells with their aanvragen,
/// re-integration provisions, and applications for minima schemes. Calibrated to about 26
/// bijstand recipients per 1,000 inhabitants aged 15+ (CBS 84066NED, Zuidwest-Drenthe).
/// </summary>
internal static class IncomeModel
{
    private static readonly (string Reason, double Weight)[] EndReasons =
        [("01", 35), ("02", 3), ("03", 5), ("04", 15), ("06", 8), ("10", 3), ("11", 2), ("12", 7), ("99", 10)];

    private static readonly (string Regeling, double Share, long Amount)[] Schemes =
        [("BB", 0.22, 35_000), ("IIT", 0.15, 45_000), ("CAV", 0.35, 18_000), ("KP", 0.5, 25_000), ("MDV", 0.3, 15_000), ("KWS", 0.4, 38_000)];

    public sealed record Result(List<BijstandSpell> Spells, List<BijstandAanvraag> Aanvragen, List<Reintegratie> Reintegratie, List<MinimaAanvraag> Minima);

    public static Result Simulate(GeneratedPopulation population, DateOnly from, DateOnly to, long seed)
    {
        var random = new SeededRandom(seed, "inkomen", population.Municipality.Code);
        var result = new Result([], [], [], []);
        foreach (var household in population.Households)
        {
            var head = household.Members[0];
            var factor = population.Municipality.Districts[household.District].Deprivation * household.Type switch
            {
                "ALS" => 1.5,
                "ALO" => 3.0,
                "PMK" => 0.55,
                _ => 0.45,
            };
            var lowIncome = random.Chance(Math.Min(0.5, 0.07 * factor));
            var start = head.Since > from ? head.Since : from;
            // already on bijstand when the run starts, or starting during it
            if (head.Since <= from && head.AgeOn(from) is >= 18 and < 66 && random.Chance(0.085 * factor))
            {
                var begin = from.AddDays(-random.Next(30, 2_900));
                var adult = head.BirthDate.AddYears(18);
                AddSpell(result, population, head, household, begin > adult ? begin : adult, to, random);
            }
            for (var month = new DateOnly(start.Year, start.Month, 1); month <= to; month = month.AddMonths(1))
            {
                if (!head.LivesThereOn(month) || head.AgeOn(month) is < 18 or >= 66 || result.Spells.Count > 0 && result.Spells[^1].Client == head && (result.Spells[^1].End ?? DateOnly.MaxValue) >= month)
                    continue;
                var day = month.AddDays(random.Next(0, 28));
                if (random.Chance(0.0016 * factor) && head.LivesThereOn(day))
                    AddSpell(result, population, head, household, day, to, random);
            }
            var onBijstand = result.Spells.Count > 0 && result.Spells[^1].Client == head;
            if (lowIncome || onBijstand)
                AddMinima(result, population, head, household, from, to, onBijstand, random);
        }
        return result;
    }

    private static void AddSpell(Result result, GeneratedPopulation population, GeneratedPerson head, GeneratedHousehold household, DateOnly begin, DateOnly to, SeededRandom random)
    {
        var id = population.RecordId("U", result.Spells.Count);
        var end = begin.AddDays(Math.Max(60, (int)random.Exponential(1_500)));
        var aow = head.BirthDate.AddYears(67);
        string? reason = EndReasons[random.PickIndex([.. EndReasons.Select(r => r.Weight)])].Reason;
        if (aow < end)
            (end, reason) = (aow, "05");
        if (head.Until is { } gone && gone < end)
            (end, reason) = (gone, head.Died ? "09" : "07");
        var ended = end <= to ? end : (DateOnly?)null;
        var working = random.Chance(0.08);
        result.Spells.Add(new BijstandSpell(id, head, random.Chance(0.96) ? "PW" : random.Pick(["IOAW", "BBZ"]), household.Type, begin, ended,
            ended is null ? null : reason, random.Chance(0.1), working ? random.Next(20_000, 90_000) : 0));
        var aanvraag = begin.AddDays(-random.Next(10, 40));
        var besluit = aanvraag.AddDays(random.Chance(0.92) ? random.Next(10, 56) : random.Next(57, 90));
        result.Aanvragen.Add(new BijstandAanvraag(population.RecordId("A", result.Aanvragen.Count), head, "PW", aanvraag.AddDays(-random.Next(0, 8)), aanvraag,
            random.Chance(0.3) ? aanvraag.AddDays(random.Next(7, 28)) : null, besluit, "TOE"));
        if (random.Chance(0.25))
        {
            var refused = aanvraag.AddDays(-random.Next(60, 400));
            result.Aanvragen.Add(new BijstandAanvraag(population.RecordId("A", result.Aanvragen.Count), head, "PW", refused, refused.AddDays(3), null,
                refused.AddDays(random.Next(14, 60)), random.Pick(["AFW", "AFW", "BBH", "ING"])));
        }
        if (head.AgeOn(begin) < 64 && random.Chance(0.7))
        {
            var start = begin.AddDays(random.Next(30, 180));
            var stop = start.AddDays(Math.Max(30, (int)random.Exponential(700)));
            var soort = random.Weighted(("JC", 10), ("WEP", 20), ("SCH", 12), ("SA", 25), ("BEM", 20), ("LKS", 8), ("BW", 3), ("PRO", 5));
            result.Reintegratie.Add(new Reintegratie(population.RecordId("R", result.Reintegratie.Count), head, soort, true, start, stop <= to ? stop : null,
                soort is "LKS" or "BW" ? Math.Round((soort == "BW" ? 15m : 30m) + (decimal)(random.NextDouble() * 50), 1) : null,
                reason == "01" && ended is not null && stop >= ended.Value.AddDays(-30)));
        }
    }

    private static void AddMinima(Result result, GeneratedPopulation population, GeneratedPerson head, GeneratedHousehold household, DateOnly from, DateOnly to, bool onBijstand, SeededRandom random)
    {
        var income = onBijstand ? 100m : Math.Round(100m + (decimal)(random.NextDouble() * 40), 1);
        for (var year = from.Year; year <= to.Year; year++)
        {
            foreach (var (regeling, share, amount) in Schemes)
            {
                if (!random.Chance(share))
                    continue;
                var aanvraag = new DateOnly(year, 1, 1).AddDays(random.Next(0, 365));
                if (aanvraag > to || !head.LivesThereOn(aanvraag))
                    continue;
                var children = household.Members.Count(m => m.LivesThereOn(aanvraag) && m.BirthDate <= aanvraag && m.AgeOn(aanvraag) < 18);
                if (regeling == "KP" && children == 0)
                    continue;
                var besluit = aanvraag.AddDays(random.Chance(0.9) ? random.Next(5, 56) : random.Next(57, 100));
                var outcome = income > 120 ? "AFW" : random.Weighted(("TOE", 80), ("GTO", 5), ("AFW", 12), ("BBH", 3));
                result.Minima.Add(new MinimaAanvraag(population.RecordId("S", result.Minima.Count), head, regeling, aanvraag, besluit <= to ? besluit : null,
                    besluit <= to ? outcome : null, outcome is "TOE" or "GTO" && besluit <= to ? amount * (regeling == "KP" ? children : 1) : 0, income,
                    regeling == "KP" ? children : 0));
            }
        }
    }

}
