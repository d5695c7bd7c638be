namespace Msd.Generation;

/// <summary>
/// Ground truth for the KPIs on declarations (323) and their answers (325): a prestatie per toewijzing
/// and month of care, sent and answered as <see cref="Declarations"/> times them; until the answer is
/// in (or when it cannot be read) a prestatie is neither granted nor rejected.
/// </summary>
internal static class DeclarationTruth
{
    private sealed record Prestatie(CareSpell Spell, long Amount, bool Assessed, bool Rejected);

    public static IEnumerable<Measure> Measures(SyntheticWorld world, YearPeriod p, DateOnly runEnd, long seed, Func<object, bool> excluded)
    {
        var gemeente = world.Population.Municipality.Code;
        var prestaties = new List<Prestatie>();
        for (var month = p.Start; month <= p.End; month = month.AddMonths(1))
        {
            foreach (var spell in world.Care.Where(s => s.DeliveryStart is not null))
            {
                var (units, amount) = Declarations.ForMonth(spell, month.Year, month.Month);
                var (sent, answered) = Declarations.Timing(seed, gemeente, spell.Wet, spell.Provider, month);
                if (units == 0 || sent > runEnd)
                    continue;
                var assessed = answered <= runEnd && !excluded(new DeclarationKey(gemeente, spell.Wet, spell.Provider, month));
                prestaties.Add(new Prestatie(spell, amount, assessed, assessed && Declarations.Rejected(seed, spell, month)));
            }
        }
        foreach (var (kpi, wet) in new[] { ("jeugd-gedeclareerde-kosten-per-client", "jeugd"), ("wmo-gedeclareerde-kosten-per-client", "wmo") })
        {
            var granted = prestaties.Where(x => x.Spell.Wet == wet && x.Assessed && !x.Rejected).ToList();
            yield return new(kpi, granted.Sum(x => x.Amount) / 100m, granted.Select(x => x.Spell.Client.Id).Distinct().Count(), 1);
        }
        yield return new("sd-afgewezen-declaraties", prestaties.Where(x => x.Rejected).Sum(x => x.Amount) / 100m, prestaties.Sum(x => x.Amount) / 100m, 100);
    }
}
