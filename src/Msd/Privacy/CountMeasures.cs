using Msd.Catalog;
using Msd.Computation;

namespace Msd.Privacy;

/// <summary>
/// Which numbers of a KPI count people, and so fall under disclosure control: a count or distinct
/// count, a sum the catalogue marks as counting people (<c>counts_people</c>), or a population count. Amounts, means and medians are protected through the number of
/// records behind them. Benchmark and finance figures are not about persons (CBS protected its own).
/// </summary>
public sealed record CountMeasures(bool NumeratorIsCount, bool DenominatorIsCount, bool NumeratorByCases, bool DenominatorByCases, bool AdditiveInTime)
{
    public static CountMeasures Of(KpiDefinition kpi, KpiCatalog catalog)
    {
        (bool Count, bool Cases) Kind(KpiMeasure? m)
        {
            var kind = m is null ? null : catalog.Dataset(m.Dataset.Value)?.Kind;
            if (m is null || kind is "benchmark" or "finance")
                return (false, false);
            var count = m.Aggregate is "count" or "count_distinct" || m.CountsPeople || kind == "population";
            // a sum of people is protected both ways: the sum itself, and the number of records behind it
            return (count, !count || m.CountsPeople);
        }
        if (kpi.Type == "share_within_deadline")
            return new CountMeasures(true, true, false, false, kpi.Period.Kind == "period");
        var (numCount, numCases) = Kind(kpi.Numerator);
        var (denCount, denCases) = Kind(kpi.Denominator);
        var additive = kpi.Period.Kind == "period" && kpi.Numerator?.Aggregate is "count" or "sum";
        return new CountMeasures(numCount, denCount, numCases, denCases, additive);
    }

    /// <summary>The counts of people behind one value.</summary>
    public IEnumerable<decimal> Sensitive(KpiValue v)
    {
        if (NumeratorIsCount && v.Numerator is { } n)
            yield return n;
        if (DenominatorIsCount && v.Denominator is { } d)
            yield return d;
        if (NumeratorByCases || DenominatorByCases)
            yield return v.Cases;
    }
}
