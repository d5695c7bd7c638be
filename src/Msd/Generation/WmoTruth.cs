namespace Msd.Generation;

/// <summary>Ground truth for the Wmo KPIs on toewijzingen, deliveries, requests and meldingen not in <see cref="GroundTruth"/>.</summary>
internal static class WmoTruth
{
    // care: the toewijzingen that count (sent, not deleted, not quarantined)
    public static IEnumerable<Measure> Measures(SyntheticWorld world, YearPeriod p, IReadOnlyList<CareSpell> care, Func<object, bool> excluded)
    {
        var people = world.Population;
        var wmo = care.Where(s => s.Wet == "wmo" && s.First.Ingangsdatum <= p.End && (s.Current.Einddatum ?? DateOnly.MaxValue) >= p.Start).ToList();
        yield return new("wmo-clienten-75-plus", CareTruth.Clients(wmo.Where(s => s.Client.AgeOn(p.End) >= 75)), people.CountOn(p.End, x => x.AgeOn(p.End) >= 75), 100);
        yield return new("wmo-clienten-hbh-per-1000", CareTruth.Clients(wmo.Where(s => s.Category == "01")), people.CountOn(p.End), 1_000);

        var ended = care.Where(s => s.Wet == "wmo").SelectMany(s => s.Segments()).Where(x => x.Reason is not ("20" or "37") && p.Contains(x.End)).ToList();
        yield return new("wmo-beeindigd-volgens-plan", ended.Count(x => x.Reason == "19"), ended.Count, 100);
        yield return CareTruth.RefusedRequests("wmo-afgewezen-verzoeken-om-toewijzing", world.Care.Where(s => s.Wet == "wmo"), p, excluded);

        var meldingen = world.WmoMeldingen;
        var granted = meldingen.Where(m => m.Uitkomst is "TOE" or "GTO" && m.Leveringsvorm is not null && p.Contains(m.Beschikkingsdatum)).ToList();
        yield return new("wmo-aandeel-pgb", granted.Count(m => m.Leveringsvorm == "PGB"), granted.Count, 100);
        var decided = meldingen.Where(m => m.Aanvraagdatum is not null && m.Uitkomst is "TOE" or "GTO" or "AFW" && p.Contains(m.Beschikkingsdatum)).ToList();
        yield return new("wmo-afgewezen-aanvragen", decided.Count(m => m.Uitkomst == "AFW"), decided.Count, 100);
        var investigated = meldingen.Where(m => p.Contains(m.OnderzoekEinde)).ToList();
        yield return new("wmo-gewezen-op-clientondersteuning", investigated.Count(m => m.ClientondersteuningGewezen), investigated.Count, 100);
        var concluded = investigated.Where(m => m.Uitkomst is not null and not "ING").ToList();
        yield return new("wmo-opgelost-zonder-maatwerk", concluded.Count(m => m.Uitkomst == "ALG"), concluded.Count, 100);
        yield return new("wmo-spoedeisende-voorzieningen", meldingen.Count(m => m.Spoed && p.Contains(m.Meldingsdatum)), null, 1);
    }
}
