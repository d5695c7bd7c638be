namespace Msd.Generation;

/// <summary>Ground truth for the jeugdhulp KPIs on toewijzingen, deliveries and requests not in <see cref="GroundTruth"/>.</summary>
internal static class CareTruth
{
    /// <summary>Jeugdhulp with verblijf: the residential categories of the catalogue's definition.</summary>
    private static readonly string[] Residential = ["43", "44", "35", "36", "37", "38"];

    // care: the toewijzingen that count (sent, not deleted, not quarantined)
    public static IEnumerable<Measure> Measures(SyntheticWorld world, YearPeriod p, IReadOnlyList<CareSpell> care, Func<object, bool> excluded)
    {
        var jeugd = care.Where(s => s.Wet == "jeugd").ToList();
        var help = jeugd.Where(s => s.Category is not ("47" or "48")).ToList();

        var allocated = help.Where(s => s.First.Ingangsdatum <= p.End && (s.Current.Einddatum ?? DateOnly.MaxValue) >= p.End).ToList();
        yield return new("jeugd-aandeel-jeugdhulp-met-verblijf", Clients(allocated.Where(s => Residential.Contains(s.Category))), Clients(allocated), 100) { OnReferenceDate = true };

        // the municipality's own toewijzingen (no 315) have verwijzer 01
        var begun = help.Where(s => p.Contains(s.First.Ingangsdatum)).ToList();
        yield return new("jeugd-verwijzing-via-gemeente", begun.Count(s => s.Verwijzer == "01"), begun.Count, 100);

        var ended = help.SelectMany(s => s.Segments()).Where(x => x.Reason is not ("20" or "37") && p.Contains(x.End)).ToList();
        yield return new("jeugd-voortijdig-beeindigd", ended.Count(x => x.Reason is "32" or "33" or "34" or "35"), ended.Count, 100);
        var durations = jeugd.SelectMany(s => s.Segments()).Where(x => x.Reason is not ("20" or "37") && p.Contains(x.End))
            .Select(x => (decimal)(x.End.DayNumber - x.Start.DayNumber)).ToList();
        if (Measure.Mean("jeugd-duur-beeindigde-jeugdhulp", durations) is { } duration)
            yield return duration;

        // the start a defect copied without a toewijzing is delivered data too: it never stops
        var orphans = help.Where(s => s.CopiedWithoutToewijzing).Select(s => (Start: s.DeliveryStart!.Value, End: (DateOnly?)null, Reason: (string?)null));
        var delivering = help.SelectMany(s => s.Deliveries()).Concat(orphans).Where(d => d.Start <= p.End && (d.End ?? DateOnly.MaxValue) >= p.End).ToList();
        yield return new("jeugd-langlopende-jeugdhulp", delivering.Count(d => p.End.DayNumber - d.Start.DayNumber > 365), delivering.Count, 100) { OnReferenceDate = true };

        yield return RefusedRequests("jeugd-afgewezen-verzoeken-om-toewijzing", world.Care.Where(s => s.Wet == "jeugd"), p, excluded);
    }

    internal static decimal Clients(IEnumerable<CareSpell> spells) => spells.Select(s => s.Client.Id).Distinct().Count();

    /// <summary>
    /// Requests (315) of the year that got a reaction: a refusal (319), or a toewijzing that still counts
    /// (the ingestion links a request to a deleted or quarantined toewijzing as unanswered).
    /// </summary>
    internal static Measure RefusedRequests(string kpi, IEnumerable<CareSpell> spells, YearPeriod p, Func<object, bool> excluded)
    {
        var requests = spells.Where(s => p.Contains(s.RequestDate) && !excluded(s.Request)).ToList();
        var refused = requests.Count(s => s.RejectionReason is not null && s.RejectionSent is not null);
        var answered = refused + requests.Count(s => s.RejectionReason is null && s.Versions.Count > 0 && !s.Deleted && !excluded(s));
        return new(kpi, refused, answered, 100);
    }
}
