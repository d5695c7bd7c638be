using System.Globalization;

namespace Msd.Generation;

/// <summary>
/// Lives through the run month by month and starts, changes and ends care spells for jeugd and
/// Wmo: requests (315), refusals (319), toewijzingen with extensions, shortenings and deletions
/// (301), starts with corrections and temporary stops (305/307) and stops (307).
/// </summary>
internal static class CareModel
{
    public static List<CareSpell> Simulate(GeneratedPopulation population, DateOnly from, DateOnly to, long seed)
    {
        var municipality = population.Municipality;
        var random = new SeededRandom(seed, "zorg", municipality.Code);
        // a stream of its own for the day a refusal is sent, so adding it left the other draws as they were
        var answers = new SeededRandom(seed, "zorg-afwijzing", municipality.Code);
        var providers = Providers(municipality.Code);
        var spells = new List<CareSpell>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var busyUntil = new Dictionary<(int Person, CareProgram Program), DateOnly>();
        // four years of history before the run, so the first months already have a settled caseload
        // (Wmo provisions last years); toewijzingen from those years are part of the first delivery
        for (var month = from.AddYears(-4); month <= to; month = month.AddMonths(1))
        {
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            var season = Seasonality(month.Month);
            foreach (var person in population.People)
            {
                if (!person.LivesThereOn(month))
                    continue;
                var age = person.AgeOn(month);
                var deprivation = Math.Sqrt(population.DistrictOf(person).Deprivation);
                foreach (var program in CareProgram.All)
                {
                    // the draw comes first: the other checks are needed only for the few who start
                    if (age < program.MinAge || age > program.MaxAge || !random.Chance(program.MonthlyIncidence(age) * season * municipality.ServiceLevel * deprivation))
                        continue;
                    var day = month.AddDays(random.Next(0, days));
                    if (!person.LivesThereOn(day) || (busyUntil.TryGetValue((person.Id, program), out var busy) && busy >= month))
                        continue;
                    var spell = Start(program, person, day, to, random, answers, providers[program.Wet], numbers);
                    spells.Add(spell);
                    busyUntil[(person.Id, program)] = spell.RejectionReason is not null ? month.AddMonths(2)
                        : spell.DeliveryEnd ?? (spell.DeliveryStart is null ? month.AddMonths(3) : DateOnly.MaxValue);
                }
            }
        }
        return spells;
    }

    private static CareSpell Start(CareProgram program, GeneratedPerson person, DateOnly day, DateOnly runEnd, SeededRandom random, SeededRandom answers, string[] providers, Dictionary<string, int> numbers)
    {
        var product = program.Products[random.PickIndex([.. program.Products.Select(p => p.Weight)])];
        var verwijzer = program.Referrers[random.PickIndex([.. program.Referrers.Select(r => r.Weight)])].Verwijzer;
        var viaRequest = verwijzer is not null and not "01";
        var rejected = viaRequest && random.Chance(0.05);
        numbers[program.Wet] = numbers.GetValueOrDefault(program.Wet) + 1;
        var spell = new CareSpell
        {
            Wet = program.Wet,
            Client = person,
            ToewijzingNummer = string.Create(CultureInfo.InvariantCulture, $"{day.Year % 100}{numbers[program.Wet]:D7}"),
            Provider = random.Pick(providers),
            Category = product.Category,
            ProductCode = product.Code,
            Verwijzer = program.Wet == "jeugd" ? verwijzer ?? "01" : verwijzer,
            RequestDate = viaRequest ? day : null,
            RejectionReason = rejected ? random.Pick(["3", "7", "8"]) : null,
            Volume = product.Volume,
            Unit = product.Unit,
            Frequency = product.Frequency,
            Tariff = product.Tariff,
        };
        if (rejected)
        {
            var answered = day.AddDays(answers.Next(1, 6));
            spell.RejectionSent = answered <= runEnd ? answered : null;
            return spell;
        }

        // the model keeps only what the messages sent by the end of the run tell: later steps have not happened yet
        var allocated = viaRequest ? day.AddDays(random.Next(1, 8)) : day;
        if (allocated > runEnd)
            return spell;
        var ingang = allocated.AddDays(product.Category is "46" ? 0 : random.Next(0, 10));
        var plannedEnd = ingang.AddDays(product.MeanDays < 120 ? 90 : 365);
        spell.Versions.Add(new ToewijzingVersion(allocated, ingang, plannedEnd, null));
        if (random.Chance(0.01))
        {
            // sent by mistake: deleted with RedenWijziging 13 (Einddatum = Ingangsdatum), care never starts
            var deleted = allocated.AddDays(random.Next(1, 6));
            if (deleted <= runEnd)
                spell.Versions.Add(new ToewijzingVersion(deleted, ingang, ingang, "13"));
            return spell;
        }
        var wait = product.Category is "46" or "48" or "47" ? random.Next(0, 2) : (int)Math.Min(120, random.Exponential(program.MeanWaitDays));
        var start = ingang.AddDays(wait);
        var startSent = start.AddDays(random.Next(0, 5));
        if (random.Chance(0.03) || startSent > runEnd || (person.Until is { } left && left <= start))
            return spell; // allocated but not (yet) started: no 305

        spell.DeliveryStart = start;
        spell.StartSent = startSent;
        if (random.Chance(0.02))
        {
            var wrong = start.AddDays(random.Next(1, 10));
            var corrected = wrong.AddDays(random.Next(5, 15));
            if (corrected <= runEnd)
                (spell.CorrectedStart, spell.StartSent, spell.CorrectionSent) = (wrong, wrong.AddDays(random.Next(0, 4)), corrected);
        }
        var end = start.AddDays(Math.Max(14, (int)random.Exponential(product.MeanDays)));
        if (person.Until is { } gone && gone <= end)
            (end, spell.EndReason) = (gone, person.Died ? "02" : program.Wet == "jeugd" ? "35" : "31");
        else
            spell.EndReason = program.EndReasons[random.PickIndex([.. program.EndReasons.Select(r => r.Weight)])].Reason;
        if (end.DayNumber - start.DayNumber > 150 && random.Chance(0.03))
        {
            var stop = start.AddDays(random.Next(30, 90));
            var resume = stop.AddDays(random.Next(14, 60));
            if (resume.AddDays(5) <= runEnd && resume < end)
                spell.Pause = (stop, resume);
        }
        Extend(spell, plannedEnd, end < runEnd ? end : runEnd, random);
        var stopSent = end.AddDays(random.Next(0, 5));
        if (stopSent > runEnd)
        {
            spell.EndReason = null;
            return spell;
        }
        (spell.DeliveryEnd, spell.StopSent) = (end, stopSent);
        var shortened = end.AddDays(random.Next(1, 6));
        if (end.AddDays(30) < spell.Current.Einddatum && shortened <= runEnd)
            spell.Versions.Add(new ToewijzingVersion(shortened, ingang, end, "05"));
        return spell;
    }

    /// <summary>Fewer new cases in the summer holidays and around Christmas, more in spring and autumn.</summary>
    internal static double Seasonality(int month) => month switch
    {
        7 or 8 => 0.8,
        12 => 0.85,
        3 or 4 or 9 or 10 or 11 => 1.1,
        _ => 1.0,
    };

    /// <summary>Care that outlasts its toewijzing gets extensions (RedenWijziging 04) of the same number.</summary>
    private static void Extend(CareSpell spell, DateOnly plannedEnd, DateOnly end, SeededRandom random)
    {
        while (plannedEnd < end)
        {
            var sent = plannedEnd.AddDays(-random.Next(7, 21));
            plannedEnd = plannedEnd.AddDays(365);
            spell.Versions.Add(new ToewijzingVersion(sent, spell.First.Ingangsdatum, plannedEnd, "04"));
        }
    }

    /// <summary>Synthetic AGB codes (8 digits, 98…): a handful of providers per domain that serve the municipality.</summary>
    private static Dictionary<string, string[]> Providers(string municipality)
    {
        var baseNumber = int.Parse(municipality, CultureInfo.InvariantCulture) * 100;
        return new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["jeugd"] = [.. Enumerable.Range(0, 9).Select(i => string.Create(CultureInfo.InvariantCulture, $"98{(baseNumber + i) % 1_000_000:D6}"))],
            ["wmo"] = [.. Enumerable.Range(50, 7).Select(i => string.Create(CultureInfo.InvariantCulture, $"98{(baseNumber + i) % 1_000_000:D6}"))],
        };
    }
}
