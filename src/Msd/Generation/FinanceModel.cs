namespace Msd.Generation;

/// <summary>
/// The financial ledger per Iv3 taakveld and year: realised lasten follow from the care, benefits
/// and schemes in the world (so cost KPIs agree with volumes), plus fixed costs per inhabitant for
/// the taakvelden without individual provisions; the budget is last year's realisation plus a
/// small, seeded deviation.
/// </summary>
internal static class FinanceModel
{
    private static readonly Dictionary<string, string> TaakveldByCategory = new(StringComparer.Ordinal)
    {
        ["jeugd:45"] = "6.72a",
        ["jeugd:54"] = "6.74a",
        ["jeugd:41"] = "6.72b",
        ["jeugd:40"] = "6.72c",
        ["jeugd:42"] = "6.72d",
        ["jeugd:55"] = "6.72d",
        ["jeugd:43"] = "6.73b",
        ["jeugd:44"] = "6.73a",
        ["jeugd:46"] = "6.74b",
        ["jeugd:48"] = "6.82a",
        ["jeugd:47"] = "6.82b",
        ["wmo:01"] = "6.71a",
        ["wmo:02"] = "6.71b",
        ["wmo:03"] = "6.71b",
        ["wmo:06"] = "6.71b",
        ["wmo:07"] = "6.71c",
        ["wmo:08"] = "6.71d",
        ["wmo:04"] = "6.71d",
        ["wmo:15"] = "6.81a",
    };

    // euro per inhabitant per year for taakvelden without individual records here
    private static readonly (string Taakveld, long EuroPerInhabitant)[] Fixed = [("6.1", 62), ("6.2", 85), ("6.4", 40), ("6.6", 28), ("6.81b", 12)];

    public static List<Iv3Line> Ledger(GeneratedPopulation population, IReadOnlyList<CareSpell> care, IncomeModel.Result income, DateOnly from, DateOnly to, long seed)
    {
        var random = new SeededRandom(seed, "financien", population.Municipality.Code);
        // the amended budget (begroting na wijziging) from a stream of its own, so the other lines stay as they were
        var amended = new SeededRandom(seed, "begrotingswijziging", population.Municipality.Code);
        var lines = new List<Iv3Line>();
        for (var year = from.Year; year <= to.Year; year++)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var inhabitants = population.CountOn(new DateOnly(year, 7, 1));
            var lasten = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var spell in care)
            {
                if (spell.DeliveryStart is not { } start || !TaakveldByCategory.TryGetValue($"{spell.Wet}:{spell.Category}", out var taakveld))
                    continue;
                lasten[taakveld] = lasten.GetValueOrDefault(taakveld) + Declarations.AmountIn(spell, first, last);
            }
            lasten["6.3"] = income.Spells.Sum(s => 118_000L * MonthsIn(s.Begin, s.End, first, last))
                + income.Minima.Where(m => m.Besluitdatum?.Year == year).Sum(m => m.Bedrag);
            lasten["6.5"] = income.Reintegratie.Sum(r => 45_000L * MonthsIn(r.Begin, r.End, first, last));
            foreach (var (taakveld, euro) in Fixed)
                lasten[taakveld] = euro * 100 * inhabitants;
            foreach (var (taakveld, amount) in lasten.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                var baten = taakveld switch { "6.3" => amount * 92 / 100, "6.71a" => amount / 12, _ => 0 };
                lines.Add(new Iv3Line(year, taakveld, "R", amount, baten));
                var budget = amount * (95 + random.Next(0, 10)) / 100;
                lines.Add(new Iv3Line(year, taakveld, "BP", budget, baten * (95 + random.Next(0, 10)) / 100));
                // amended during the year towards what was spent: closer to the realisation than the first budget
                lines.Add(new Iv3Line(year, taakveld, "BW", amount * (97 + amended.Next(0, 6)) / 100, baten * (97 + amended.Next(0, 6)) / 100));
            }
        }
        return lines;
    }

    private static int MonthsIn(DateOnly begin, DateOnly? end, DateOnly first, DateOnly last)
    {
        var from = begin > first ? begin : first;
        var to = end is { } e && e < last ? e : last;
        return to < from ? 0 : ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
    }
}
