namespace Msd.Generation;

/// <summary>Ground truth for the KPIs on the Iv3 ledger: lasten, baten and budget per taakveld (see <see cref="GroundTruth"/>).</summary>
internal static class CostTruth
{
    private static readonly string[] Jeugdhulp = ["6.72a", "6.72b", "6.72c", "6.72d", "6.73a", "6.73b", "6.73c", "6.74a", "6.74b", "6.74c"];

    private static readonly string[] WmoMaatwerk = ["6.6", "6.71a", "6.71b", "6.71c", "6.71d"];

    // care: the toewijzingen that count (sent, not deleted, not quarantined)
    public static IEnumerable<Measure> Measures(SyntheticWorld world, YearPeriod p, IReadOnlyList<CareSpell> care)
    {
        var people = world.Population;
        var ledger = world.Ledger.Where(l => l.Year == p.Year).ToList();
        decimal Lasten(string soort, params string[] taakvelden) =>
            ledger.Where(l => l.Soort == soort && (taakvelden.Length == 0 || taakvelden.Contains(l.Taakveld))).Sum(l => l.Lasten) / 100m;

        yield return new("jeugd-aandeel-lasten-met-verblijf", Lasten("R", "6.73a", "6.73b", "6.73c"), Lasten("R", Jeugdhulp), 100);
        yield return new("jeugd-kosten-jeugdhulp-per-jeugdige", Lasten("R", [.. Jeugdhulp, "6.82a", "6.82b"]), people.CountOn(p.End, x => x.AgeOn(p.End) <= 17), 1);
        yield return new("sd-lasten-per-inwoner", Lasten("R"), people.CountOn(p.End), 1);
        yield return new("sd-realisatie-ten-opzichte-van-begroting", Lasten("R"), Lasten("BW"), 100);
        yield return new("wmo-eigen-bijdragen", ledger.Where(l => l.Soort == "R" && WmoMaatwerk.Contains(l.Taakveld)).Sum(l => l.Baten) / 100m, null, 1);
        var clients = care.Where(s => s.Wet == "wmo" && s.First.Ingangsdatum <= p.End && (s.Current.Einddatum ?? DateOnly.MaxValue) >= p.Start);
        yield return new("wmo-lasten-maatwerk-per-client", Lasten("R", WmoMaatwerk), CareTruth.Clients(clients), 1);
    }
}
