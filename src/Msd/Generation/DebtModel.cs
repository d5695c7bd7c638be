using Msd.Deadlines;

namespace Msd.Generation;

/// <summary>
/// Schuldhulpverlening and vroegsignalering per household: early-warning signals from fixed-cost
/// partners (about 4 per 1,000 inhabitants a month, Divosa 2023), and debt-help trajectories from
/// aanmelding through first conversation (Wgs: 4 weeks, 3 working days in a crisis), beschikking
/// (8 weeks), stabilisation and settlement to the end.
/// </summary>
internal static class DebtModel
{
    public sealed record Result(List<SchuldhulpTraject> Trajecten, List<Vroegsignaal> Signalen);

    public static Result Simulate(GeneratedPopulation population, DateOnly from, DateOnly to, long seed)
    {
        var random = new SeededRandom(seed, "schulden", population.Municipality.Code);
        var result = new Result([], []);
        var perHousehold = 0.004 * population.People.Count / Math.Max(1, population.Households.Count);
        foreach (var household in population.Households)
        {
            var head = household.Members[0];
            var deprivation = population.Municipality.Districts[household.District].Deprivation;
            for (var month = from; month <= to; month = month.AddMonths(1))
            {
                if (!head.LivesThereOn(month) || head.AgeOn(month) < 18)
                    continue;
                var day = month.AddDays(random.Next(0, 28));
                if (random.Chance(perHousehold * deprivation))
                    AddSignal(result, population, head, day, to, random);
                if (random.Chance(0.0007 * deprivation))
                    AddTrajectory(result, population, head, random.Pick(["ZELF", "ZELF", "ZELF", "ST", "WI", "VHR", "MW", "BEW"]), day, to, random);
            }
        }
        return result;
    }

    private static void AddSignal(Result result, GeneratedPopulation population, GeneratedPerson head, DateOnly day, DateOnly to, SeededRandom random)
    {
        var attempt = day.AddDays(random.Next(1, 12));
        var contact = random.Chance(0.5) ? attempt.AddDays(random.Next(0, 14)) : (DateOnly?)null;
        var accepted = contact is not null && random.Chance(0.35);
        var referred = accepted && random.Chance(0.4);
        result.Signalen.Add(new Vroegsignaal(population.RecordId("V", result.Signalen.Count), head,
            random.Weighted(("ZVZ", 45), ("ENE", 20), ("DRW", 10), ("WC", 20), ("PV", 5)), day, random.Next(15_000, 250_000),
            random.Chance(0.25), attempt <= to ? attempt : null, contact <= to ? contact : null, accepted && contact <= to, referred && contact <= to));
        if (referred && contact is { } c && c.AddDays(7) <= to)
            AddTrajectory(result, population, head, "VS", c.AddDays(random.Next(1, 14)), to, random);
    }

    private static void AddTrajectory(Result result, GeneratedPopulation population, GeneratedPerson head, string route, DateOnly aanmelding, DateOnly to, SeededRandom random)
    {
        var crisis = random.Chance(0.1) ? random.Weighted(("ONT", 35), ("ENE", 30), ("WAT", 5), ("ZVW", 20), ("OVR", 10)) : null;
        var gesprek = crisis is not null && crisis != "OVR"
            ? WorkingDays.Add(aanmelding, random.Chance(0.85) ? random.Next(0, 4) : random.Next(4, 9))
            : aanmelding.AddDays(random.Chance(0.92) ? random.Next(2, 29) : random.Next(29, 60));
        var decided = gesprek.AddDays(random.Chance(0.85) ? random.Next(7, 57) : random.Next(57, 100));
        var beschikking = random.Weighted(("TOEL", 65), ("WEIG", 5), ("ADV", 20), ("ING", 6), ("BBH", 4));
        DateOnly? stabilised = null, offered = null, agreed = null, end = null;
        string? regeling = null, reason;
        if (beschikking == "TOEL")
        {
            stabilised = decided.AddDays(Math.Max(20, (int)random.Exponential(100)));
            if (random.Chance(0.5))
            {
                regeling = random.Weighted(("SB", 55), ("SK", 40), ("HF", 5));
                offered = stabilised.Value.AddDays(random.Next(10, 60));
                agreed = random.Chance(0.62) ? offered.Value.AddDays(Math.Max(10, (int)random.Exponential(90))) : null;
                end = agreed?.AddMonths(18) ?? offered.Value.AddDays(random.Next(60, 200));
                reason = agreed is null ? random.Pick(["SRM", "WSNP"]) : random.Chance(0.8) ? "SV" : random.Pick(["UVC", "UVG"]);
            }
            else
            {
                end = stabilised.Value.AddDays(random.Next(30, 300));
                reason = random.Weighted(("STAB", 60), ("UVC", 20), ("UVG", 10), ("OV", 10));
            }
        }
        else
        {
            end = decided.AddDays(random.Next(0, 14));
            reason = "OV";
        }
        if (head.Until is { } gone && gone <= aanmelding)
            return;
        DateOnly? firstTalk = gesprek, decision = decided;
        if (head.Until is { } left && (end is null || left < end))
        {
            // the traject stops when the household leaves or the client dies; later steps never happen
            (end, reason) = (left, head.Died ? "OVL" : "VERH");
            DateOnly? Before(DateOnly? date) => date < left ? date : null;
            (firstTalk, decision) = (Before(firstTalk), Before(decision));
            (stabilised, offered, agreed) = (Before(stabilised), Before(offered), Before(agreed));
            if (offered is null)
                regeling = null;
        }
        var debt = (long)Math.Exp(14.7 + 0.9 * random.NextGaussian());
        result.Trajecten.Add(new SchuldhulpTraject(population.RecordId("T", result.Trajecten.Count), head, random.Chance(0.06), route, aanmelding, crisis,
            Until(firstTalk, to), Until(decision, to), decision <= to ? beschikking : null, Until(stabilised, to), offered <= to ? regeling : null,
            Until(offered, to), Until(agreed, to), Until(end, to), end <= to ? reason : null, debt, Math.Max(1, (int)Math.Round(13 + 6 * random.NextGaussian())),
            random.Chance(0.15)));
    }

    private static DateOnly? Until(DateOnly? date, DateOnly to) => date <= to ? date : null;

}
