using Msd.Catalog;

namespace Msd.Computation;

/// <summary>
/// Puts a KPI's measure rows together into values: each numerator cell with the denominator of the same
/// period and area — of the same breakdown cell when the denominator is split that way, otherwise its
/// total. Areas and periods with a denominator but no numerator rows get numerator 0 when the numerator
/// does reach that level (a district without clients); levels the numerator never reaches stay out.
/// </summary>
public static class KpiValueCombiner
{
    public static IReadOnlyList<KpiValue> Combine(
        KpiDefinition kpi, KpiQuery query, IReadOnlyList<MeasureRow> numerator, IReadOnlyList<MeasureRow> denominator,
        IReadOnlyDictionary<string, ReportingPeriod> periods, DateOnly dataEnd)
    {
        KpiValue Value(MeasureRow cell, decimal? n, decimal? d, long cases)
        {
            var period = periods[cell.Period];
            return new KpiValue(kpi.Id, kpi.Version, period, cell.AreaCode, cell.Breakdown, n, d, cases,
                KpiValue.ValueOf(kpi.Type, kpi.Unit, n, d), kpi.Unit, period.End > dataEnd);
        }

        if (query.Numerator is null)
            return [.. denominator.Select(r => Value(r, r.Within ?? 0, r.Measure, r.Cases))];
        if (query.Denominator is null)
            return [.. numerator.Select(r => Value(r, r.Measure, null, r.Cases))];

        var byCell = denominator.ToDictionary(r => (r.Period, r.AreaCode, r.Breakdown));
        var values = new List<KpiValue>();
        foreach (var row in numerator)
        {
            var dimension = row.Breakdown.Split('=')[0];
            var key = (row.Period, row.AreaCode, row.Breakdown.Length == 0 || query.Denominator.Dimensions.Contains(dimension) ? row.Breakdown : "");
            if (!byCell.TryGetValue(key, out var d))
            {
                if (KpiAreas.IsDistrict(row.AreaCode) && !query.Denominator.HasDistricts)
                    continue;
            }
            values.Add(Value(row, row.Measure, d?.Measure, row.Cases));
        }

        var reached = numerator.Select(r => (r.Period, Level(r.AreaCode))).ToHashSet();
        var present = numerator.Select(r => (r.Period, r.AreaCode, r.Breakdown)).ToHashSet();
        foreach (var d in denominator.Where(r => r.Breakdown.Length == 0 && !present.Contains((r.Period, r.AreaCode, r.Breakdown)) && reached.Contains((r.Period, Level(r.AreaCode)))))
            values.Add(Value(d, 0, d.Measure, 0));
        return values;
    }

    private static int Level(string areaCode) => KpiAreas.IsDistrict(areaCode) ? 0 : KpiAreas.IsMunicipality(areaCode) ? 1 : 2;
}
