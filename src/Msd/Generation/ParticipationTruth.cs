namespace Msd.Generation;

/// <summary>Ground truth for the bijstand, re-integration and minima KPIs not in <see cref="IncomeTruth"/> (see <see cref="GroundTruth"/>).</summary>
internal static class ParticipationTruth
{
    public static IEnumerable<Measure> Measures(SyntheticWorld world, YearPeriod p)
    {
        var income = world.Income;
        var spells = income.Spells.Where(s => s.Soort == "PW").ToList();
        decimal Clients(IEnumerable<BijstandSpell> of) => of.Select(s => s.Client.Id).Distinct().Count();
        var inYear = spells.Where(s => s.Begin <= p.End && (s.End is null || s.End >= p.Start)).ToList();
        yield return new("ip-instroom-bijstand", Clients(inYear.Where(s => p.Contains(s.Begin))), Clients(inYear), 100);
        yield return new("ip-uitstroom-bijstand", Clients(inYear.Where(s => p.Contains(s.End))), Clients(inYear), 100);
        // ip-inkomsten-uit-werk-naast-bijstand is measured per month and quarter only, so it has no yearly truth

        // an aanvraag counts in the years from aanvraag to besluit (its interval), so an advance paid
        // after a besluit in an earlier year does not count
        var advanced = income.Aanvragen.Where(a => a.Soort == "PW" && p.Contains(a.Voorschot) && a.Aanvraag <= p.End && (a.Besluitdatum is null || a.Besluitdatum >= p.Start)).ToList();
        yield return new("ip-voorschot-binnen-vier-weken", advanced.Count(a => GroundTruth.Days(a.Aanvraag, a.Voorschot) <= 28), advanced.Count, 100);

        var ended = income.Reintegratie.Where(r => r.Soort is not ("LKS" or "BW") && p.Contains(r.End)).ToList();
        yield return new("ip-re-integratie-naar-werk", ended.Count(r => r.UitstroomNaarWerk), ended.Count, 100);

        var decided = income.Minima.Where(m => m.Besluit is "TOE" or "GTO" or "AFW" && p.Contains(m.Besluitdatum)).ToList();
        yield return new("armoede-afgewezen-aanvragen", decided.Count(m => m.Besluit == "AFW"), decided.Count, 100);
        // a grant counts on its besluitdatum (the toekenningsdatum of the grants extract)
        var granted = income.Minima.Where(m => m.Besluit is "TOE" or "GTO" && p.Contains(m.Besluitdatum)).ToList();
        var spent = granted.Sum(m => m.Bedrag) / 100m;
        yield return new("armoede-uitgaven-minimaregelingen", spent, null, 1);
        yield return new("armoede-uitgaven-per-huishouden", spent, granted.Select(m => m.Client.Household.Id).Distinct().Count(), 1);
    }
}
