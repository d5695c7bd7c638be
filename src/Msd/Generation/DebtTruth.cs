namespace Msd.Generation;

/// <summary>Ground truth for the schuldhulp and vroegsignalering KPIs not in <see cref="IncomeTruth"/> (see <see cref="GroundTruth"/>).</summary>
internal static class DebtTruth
{
    public static IEnumerable<Measure> Measures(SyntheticWorld world, YearPeriod p)
    {
        var people = world.Population;
        var households = people.People.Where(x => x.LivesThereOn(p.End)).Select(x => x.Household).Distinct().Count();
        var registered = world.Debt.Trajecten.Where(t => p.Contains(t.Aanmelding)).ToList();
        yield return new("shv-aanmeldingen-per-1000-huishoudens", registered.Count, households, 1_000);
        yield return new("shv-recidive", registered.Count(t => t.Recidive), registered.Count, 100);
        if (Measure.Mean("shv-aantal-schuldeisers", [.. registered.Select(t => (decimal)t.Schuldeisers)]) is { } creditors)
            yield return creditors;
        if (registered.Count > 0)
            yield return new("shv-schuld-bij-aanmelding", GroundTruth.Median([.. registered.Select(t => t.Schuld / 100m)]), null, 1) { Additive = false };

        var talked = world.Debt.Trajecten.Where(t => p.Contains(t.EersteGesprek)).ToList();
        if (Measure.Mean("shv-wachttijd-eerste-gesprek", [.. talked.Select(t => (decimal)GroundTruth.Days(t.Aanmelding, t.EersteGesprek))]) is { } wait)
            yield return wait;

        var agreed = world.Debt.Trajecten.Where(t => t.RegelingAangeboden is not null && p.Contains(t.RegelingAkkoord)).ToList();
        yield return new("shv-schuldregeling-akkoord-binnen-120-dagen", agreed.Count(t => GroundTruth.Days(t.RegelingAangeboden!.Value, t.RegelingAkkoord) <= 120), agreed.Count, 100);

        // stabilisation starts on the beschikking that admits the household (the extract's 'Start stabilisatie')
        var stabilised = world.Debt.Trajecten.Where(t => t.Beschikking == "TOEL" && t.Beschikkingsdatum is not null && p.Contains(t.StabilisatieEinde)).ToList();
        yield return new("shv-stabilisatie-langer-dan-vier-maanden", stabilised.Count(t => GroundTruth.Days(t.Beschikkingsdatum!.Value, t.StabilisatieEinde) > 120), stabilised.Count, 100);

        var signals = world.Debt.Signalen.Where(s => p.Contains(s.Datum)).ToList();
        yield return new("shv-vroegsignalen-contact", signals.Where(s => s.Contact is not null).Select(s => s.Client.Household.Id).Distinct().Count(),
            signals.Select(s => s.Client.Household.Id).Distinct().Count(), 100);
        yield return new("shv-vroegsignalen-per-1000-inwoners", signals.Count, people.CountOn(p.End), 1_000);
    }
}
