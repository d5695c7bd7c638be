using Msd.Computation;

namespace Msd.Privacy;

/// <summary>
/// The additive relations of a published KPI table, as equations "parent = sum of children": districts
/// add up to their municipality, municipalities to their group, the cells of a breakdown to the total,
/// and — for KPIs that add up over time — months to quarters, half-years and years. A hidden cell is
/// safe when no equation has it as its only hidden member.
/// </summary>
public static class SuppressionHierarchy
{
    public static IReadOnlyList<(CellKey Parent, IReadOnlyList<CellKey> Children)> Equations(IReadOnlyList<KpiValue> values, KpiAreas areas, bool additiveInTime)
    {
        var keys = values.Select(DisclosureControl.Key).ToHashSet();
        var equations = new List<(CellKey, IReadOnlyList<CellKey>)>();
        void Add(CellKey parent, IEnumerable<CellKey> children)
        {
            var present = children.Where(keys.Contains).Distinct().OrderBy(c => c.ToString(), StringComparer.Ordinal).ToList();
            if (keys.Contains(parent) && present.Count > 0)
                equations.Add((parent, present));
        }

        var byPeriodAndBreakdown = keys.GroupBy(k => (k.Period, k.Breakdown));
        foreach (var cells in byPeriodAndBreakdown)
        {
            var (period, breakdown) = cells.Key;
            foreach (var municipality in areas.Municipalities)
                Add(new CellKey(period, KpiAreas.MunicipalityCode(municipality), breakdown), cells.Where(c => c.AreaCode.StartsWith("WK" + municipality, StringComparison.Ordinal)));
            foreach (var group in areas.Groups)
                Add(new CellKey(period, group.Code, breakdown), group.Members.Select(m => new CellKey(period, KpiAreas.MunicipalityCode(m), breakdown)));
        }

        foreach (var cells in keys.Where(k => k.Breakdown.Length > 0).GroupBy(k => (k.Period, k.AreaCode, Dimension: k.Breakdown.Split('=')[0])))
            Add(new CellKey(cells.Key.Period, cells.Key.AreaCode, ""), cells);

        if (additiveInTime)
        {
            var periods = values.Select(v => v.Period).DistinctBy(p => p.Label).ToList();
            var byPeriod = keys.ToLookup(k => k.Period);
            foreach (var parent in periods)
            {
                foreach (var finer in periods.Where(p => ReportingPeriod.MonthsIn(p.Grain) < ReportingPeriod.MonthsIn(parent.Grain) && p.Start >= parent.Start && p.End <= parent.End).GroupBy(p => p.Grain))
                {
                    foreach (var cell in byPeriod[parent.Label])
                        Add(cell, finer.Select(p => cell with { Period = p.Label }));
                }
            }
        }
        return equations;
    }
}
