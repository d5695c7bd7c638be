using Msd.Catalog;
using Msd.Computation;

namespace Msd.Privacy;

/// <summary>
/// CBS-style disclosure control for one KPI's values, applied before anything leaves the store:
/// primary suppression of cells with a small count of people, secondary suppression so that no hidden
/// cell can be recovered by subtraction in any published hierarchy (<see cref="SuppressionHierarchy"/>),
/// and rounding of the counts that are shown, with rates computed from the rounded counts.
/// </summary>
public static class DisclosureControl
{
    public const string SecondaryReason = "niet getoond: anders terug te rekenen uit een totaal en de andere getoonde waarden";

    public static IReadOnlyList<PublishedValue> Apply(KpiDefinition kpi, KpiCatalog catalog, KpiAreas areas, IReadOnlyList<KpiValue> values, SuppressionRule rule)
    {
        var counts = CountMeasures.Of(kpi, catalog);
        var cells = values.ToDictionary(Key);
        var reasons = new Dictionary<CellKey, string>();
        foreach (var v in values.Where(v => counts.Sensitive(v).Any(rule.IsSmall)))
            reasons[Key(v)] = rule.PrimaryReason;

        var equations = SuppressionHierarchy.Equations(values, areas, counts.AdditiveInTime);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (parent, children) in equations)
            {
                var hidden = (reasons.ContainsKey(parent) ? 1 : 0) + children.Count(reasons.ContainsKey);
                if (hidden != 1)
                    continue;
                var next = children.Where(c => !reasons.ContainsKey(c))
                    .OrderBy(c => counts.Sensitive(cells[c]).DefaultIfEmpty(0).Min())
                    .ThenBy(c => c.ToString(), StringComparer.Ordinal)
                    .Select(c => (CellKey?)c)
                    .FirstOrDefault();
                reasons[next ?? parent] = SecondaryReason;
                changed = true;
            }
        }
        return [.. values.Select(v => Publish(kpi, v, rule, counts, reasons.GetValueOrDefault(Key(v))))];
    }

    private static PublishedValue Publish(KpiDefinition kpi, KpiValue v, SuppressionRule rule, CountMeasures counts, string? reason)
    {
        if (reason is not null)
            return new PublishedValue(v.KpiId, v.KpiVersion, v.Period, v.AreaCode, v.Breakdown, null, null, null, v.Unit, PublishedValue.Suppressed, reason);
        var numerator = counts.NumeratorIsCount && v.Numerator is { } n ? rule.Round(n) : v.Numerator;
        var denominator = counts.DenominatorIsCount && v.Denominator is { } d ? rule.Round(d) : v.Denominator;
        var value = KpiValue.ValueOf(kpi.Type, kpi.Unit, numerator, denominator);
        var status = value is null ? PublishedValue.Missing : v.Provisional ? PublishedValue.Provisional : PublishedValue.Ok;
        var why = value is null ? "geen waarde: de noemer is nul of ontbreekt" : null;
        return new PublishedValue(v.KpiId, v.KpiVersion, v.Period, v.AreaCode, v.Breakdown, numerator, denominator, value, v.Unit, status, why);
    }

    public static CellKey Key(KpiValue v) => new(v.Period.Label, v.AreaCode, v.Breakdown);
}

/// <summary>A cell of a KPI's published table.</summary>
public readonly record struct CellKey(string Period, string AreaCode, string Breakdown);
