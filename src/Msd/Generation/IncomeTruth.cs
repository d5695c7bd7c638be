namespace Msd.Generation;

/// <summary>Ground truth for the Inkomen &amp; Participatie, Armoede and Schuldhulp KPIs (see <see cref="GroundTruth"/>).</summary>
internal static class IncomeTruth
{
    public static IEnumerable<Measure> Measures(SyntheticWorld world, YearPeriod p, Func<object, bool> excluded)
    {
        var people = world.Population;
        var spells = world.Income.Spells.Where(s => s.Soort == "PW").ToList();
        bool RunsOn(BijstandSpell s, DateOnly day) => s.Begin <= day && (s.End is null || s.End >= day);

        var onBijstand = spells.Where(s => RunsOn(s, p.End) && s.Client.AgeOn(p.End) >= 18).Select(s => s.Client.Id).Distinct().Count();
        yield return new("ip-bijstand-per-10000-inwoners", onBijstand, people.CountOn(p.End, x => x.AgeOn(p.End) >= 18), 10_000) { OnReferenceDate = true };

        var running = spells.Where(s => RunsOn(s, p.End)).ToList();
        yield return new("ip-langdurig-in-de-bijstand", running.Where(s => p.End.DayNumber - s.Begin.DayNumber >= 1826).Select(s => s.Client.Id).Distinct().Count(),
            running.Select(s => s.Client.Id).Distinct().Count(), 100)
        { OnReferenceDate = true };

        var inYear = spells.Where(s => s.Begin <= p.End && (s.End is null || s.End >= p.Start)).ToList();
        yield return new("ip-uitstroom-naar-werk", inYear.Where(s => s.EndReason is "01" or "02" && p.Contains(s.End)).Select(s => s.Client.Id).Distinct().Count(),
            inYear.Select(s => s.Client.Id).Distinct().Count(), 100);

        var decided = world.Income.Aanvragen.Where(a => p.Contains(a.Besluitdatum)).ToList();
        yield return new("ip-besluit-bijstand-binnen-acht-weken", decided.Count(a => GroundTruth.Days(a.Aanvraag, a.Besluitdatum) <= 56), decided.Count, 100);

        var provisions = world.Income.Reintegratie.Where(r => r.Begin <= p.End && (r.End is null || r.End >= p.End)).ToList();
        yield return new("ip-re-integratievoorzieningen-per-10000", provisions.Count, people.CountOn(p.End, x => x.AgeOn(p.End) is >= 15 and <= 74), 10_000) { OnReferenceDate = true };
        yield return new("ip-plaatsingen-loonkostensubsidie-beschut-werk", provisions.Count(r => r.Soort is "LKS" or "BW"), null, 1) { OnReferenceDate = true };

        var minima = world.Income.Minima.Where(m => p.Contains(m.Besluitdatum)).ToList();
        yield return new("armoede-aanvraag-binnen-30-dagen", minima.Count(m => GroundTruth.Days(m.Aanvraag, m.Besluitdatum) <= 30), minima.Count, 100);

        var debt = world.Debt.Trajecten;
        var regular = debt.Where(t => t.Crisistype is null && p.Contains(t.EersteGesprek)).ToList();
        yield return new("shv-eerste-gesprek-binnen-vier-weken", regular.Count(t => GroundTruth.Days(t.Aanmelding, t.EersteGesprek) <= 28), regular.Count, 100);
        var crisis = debt.Where(t => t.Crisistype is "ONT" or "ENE" or "WAT" or "ZVW" && p.Contains(t.EersteGesprek)).ToList();
        yield return new("shv-crisis-binnen-drie-werkdagen", crisis.Count(t => GroundTruth.WorkingDaysBetween(t.Aanmelding, t.EersteGesprek) <= 3), crisis.Count, 100);
        var beschikt = debt.Where(t => t.Beschikking is "TOEL" or "WEIG" && p.Contains(t.Beschikkingsdatum)).ToList();
        yield return new("shv-beschikking-binnen-acht-weken", beschikt.Count(t => GroundTruth.Days(t.EersteGesprek!.Value, t.Beschikkingsdatum) <= 56), beschikt.Count, 100);
        var withSettlement = debt.Where(t => t.RegelingAkkoord is not null && p.Contains(t.Einde)).ToList();
        yield return new("shv-schuldenvrij-afgerond", withSettlement.Count(t => t.Eindreden == "SV"), withSettlement.Count, 100);
        var admitted = debt.Where(t => t.Beschikking == "TOEL" && p.Contains(t.Einde)).ToList();
        yield return new("shv-uitval", admitted.Count(t => t.Eindreden is "UVC" or "UVG"), admitted.Count, 100);
        var contacted = world.Debt.Signalen.Where(s => s.Contact is not null && p.Contains(s.Datum)).ToList();
        yield return new("shv-vroegsignalen-hulp-aanvaard", contacted.Where(s => s.HulpAanvaard).Select(s => s.Client.Household.Id).Distinct().Count(),
            contacted.Select(s => s.Client.Household.Id).Distinct().Count(), 100);
    }
}
