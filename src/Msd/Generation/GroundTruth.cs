using Msd.Deadlines;

namespace Msd.Generation;

/// <summary>
/// The true values of the shipped KPIs per municipality and year, computed from the world model
/// itself — not by the KPI engine — so the engine can be checked against an independent oracle.
/// Each rule below restates the KPI's catalogue definition in terms of the model; the conventions
/// (a period's peildatum is its last day; intervals overlap the period) are in docs/generator.md.
/// </summary>
internal static class GroundTruth
{
    /// <summary>The median KPIs: they cannot be combined over municipalities from numerators and denominators.</summary>
    private static readonly string[] Medians = ["jeugd-wachttijd-start-jeugdhulp", "wmo-wachttijd-start-ondersteuning"];

    /// <param name="world">The municipality's world.</param>
    /// <param name="from">First day of the run.</param>
    /// <param name="to">Last day of the run.</param>
    /// <param name="seed">The run's seed: declarations are timed and assessed from streams of their own.</param>
    /// <param name="excluded">Records hit by an injected defect: ingestion quarantines them, so they do not count.</param>
    public static IEnumerable<GroundTruthRow> For(SyntheticWorld world, DateOnly from, DateOnly to, long seed, Func<object, bool> excluded)
    {
        var area = world.Population.Municipality.Code;
        // whole calendar years only: a year the run covers in part has no true yearly value
        for (var year = from.DayOfYear == 1 ? from.Year : from.Year + 1; year <= (to.Month == 12 && to.Day == 31 ? to.Year : to.Year - 1); year++)
        {
            var period = new YearPeriod(year);
            foreach (var m in Measures(world, period, to, seed, excluded))
            {
                decimal? value = m.Denominator is null ? m.Numerator : m.Denominator == 0 ? null : m.Numerator * m.Scale / m.Denominator.Value;
                var label = m.OnReferenceDate ? period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : period.Label;
                yield return new GroundTruthRow(m.Kpi, label, area, "", m.Numerator, m.Denominator, value)
                {
                    Scale = m.Scale,
                    Additive = m.Additive && !Medians.Contains(m.Kpi),
                    Cases = m.Cases,
                };
            }
        }
    }

    private static IEnumerable<Measure> Measures(SyntheticWorld world, YearPeriod p, DateOnly runEnd, long seed, Func<object, bool> excluded)
    {
        var people = world.Population;
        decimal Inhabitants(int min, int max) => people.CountOn(p.End, x => x.AgeOn(p.End) >= min && x.AgeOn(p.End) <= max);
        var care = world.Care.Where(s => s.Versions.Count > 0 && !s.Deleted && !excluded(s)).ToList();
        bool Overlaps(CareSpell s) => s.First.Ingangsdatum <= p.End && (s.Current.Einddatum ?? DateOnly.MaxValue) >= p.Start;
        decimal Clients(IEnumerable<CareSpell> spells) => spells.Where(Overlaps).Select(s => s.Client.Id).Distinct().Count();

        var jeugd = care.Where(s => s.Wet == "jeugd").ToList();
        yield return new("jeugd-jongeren-met-jeugdhulp", Clients(jeugd.Where(s => s.Category is not ("47" or "48") && s.Client.AgeOn(p.End) <= 17)), Inhabitants(0, 17), 100);
        yield return new("jeugd-jongeren-met-jeugdbescherming", Clients(jeugd.Where(s => s.Category == "48" && s.Client.AgeOn(p.End) <= 17)), Inhabitants(0, 17), 100);
        yield return new("jeugd-jongeren-met-jeugdreclassering", Clients(jeugd.Where(s => s.Category == "47" && s.Client.AgeOn(p.End) is >= 12 and <= 22)), Inhabitants(12, 22), 100);

        var wmo = care.Where(s => s.Wet == "wmo").ToList();
        yield return new("wmo-clienten-maatwerk-per-1000", Clients(wmo), Inhabitants(0, 200), 1_000);
        yield return new("wmo-clienten-maatwerk-per-10000", Clients(wmo), Inhabitants(0, 200), 10_000);

        foreach (var (kpi, wet) in Medians.Zip(["jeugd", "wmo"]))
        {
            var waits = care.Where(s => s.Wet == wet && s.DeliveryStart is { } start && p.Contains(start) && start >= s.First.Toewijzingsdatum)
                .Select(s => (decimal)(s.DeliveryStart!.Value.DayNumber - s.First.Toewijzingsdatum.DayNumber)).ToList();
            if (waits.Count > 0)
                yield return new(kpi, Median(waits), null, 1);
        }

        var ended = jeugd.SelectMany(s => s.Segments()).Where(x => x.Reason is not ("20" or "37") && p.Contains(x.End)).ToList();
        yield return new("jeugd-beeindigd-volgens-plan", ended.Count(x => x.Reason == "31"), ended.Count, 100);

        var meldingen = world.WmoMeldingen;
        var onderzocht = meldingen.Where(m => m.OnderzoekEinde is { } e && p.Contains(e)).ToList();
        yield return new("wmo-onderzoek-binnen-zes-weken", onderzocht.Count(m => Days(m.Meldingsdatum, m.OnderzoekEinde) <= 42), onderzocht.Count, 100);
        var beschikt = meldingen.Where(m => m.Aanvraagdatum is not null && m.Beschikkingsdatum is { } b && p.Contains(b)).ToList();
        yield return new("wmo-beschikking-binnen-twee-weken", beschikt.Count(m => Days(m.Aanvraagdatum!.Value, m.Beschikkingsdatum) <= 14), beschikt.Count, 100);

        foreach (var measure in IncomeTruth.Measures(world, p, excluded)
            .Concat(ParticipationTruth.Measures(world, p))
            .Concat(DebtTruth.Measures(world, p))
            .Concat(WmoTruth.Measures(world, p, care, excluded))
            .Concat(CareTruth.Measures(world, p, care, excluded))
            .Concat(CostTruth.Measures(world, p, care))
            .Concat(DeclarationTruth.Measures(world, p, runEnd, seed, excluded)))
            yield return measure;
    }

    internal static int Days(DateOnly from, DateOnly? to) => to is { } t ? t.DayNumber - from.DayNumber : int.MaxValue;

    internal static decimal Median(List<decimal> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    internal static int WorkingDaysBetween(DateOnly from, DateOnly? to) => to is { } t ? WorkingDays.Between(from, t) : int.MaxValue;
}

/// <summary>
/// One true KPI value before it gets its area and label: value = numerator × scale ÷ denominator, or the
/// numerator itself when there is no denominator (counts, sums, means, medians).
/// </summary>
internal sealed record Measure(string Kpi, decimal Numerator, decimal? Denominator, decimal Scale)
{
    /// <summary>Measured on the year's last day: the export contract labels the period with that date (2024-12-31).</summary>
    public bool OnReferenceDate { get; init; }

    /// <summary>False for medians: they cannot be combined over municipalities.</summary>
    public bool Additive { get; init; } = true;

    /// <summary>For a mean: the number of cases it is taken over, so areas combine as a weighted mean.</summary>
    public decimal? Cases { get; init; }

    /// <summary>A mean over the values; null when there are none (the engine has no row then either).</summary>
    public static Measure? Mean(string kpi, IReadOnlyCollection<decimal> values) =>
        values.Count == 0 ? null : new Measure(kpi, values.Sum() / values.Count, null, 1) { Cases = values.Count };
}

/// <summary>A calendar year as a KPI period.</summary>
internal readonly record struct YearPeriod(int Year)
{
    public DateOnly Start => new(Year, 1, 1);

    public DateOnly End => new(Year, 12, 31);

    public string Label => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool Contains(DateOnly day) => day.Year == Year;

    public bool Contains(DateOnly? day) => day?.Year == Year;
}
