namespace Msd.Computation;

/// <summary>
/// A KPI compiled to SQL for one engine: one query per measure. Each returns one row per period, area
/// and breakdown cell with the columns <c>grain, period, area_code, breakdown, measure, within, cases</c>.
/// </summary>
public sealed record KpiQuery(string KpiId, MeasureQuery? Numerator, MeasureQuery? Denominator)
{
    /// <summary>The SQL an analyst reads (<c>msd show KPI --sql</c>) and the golden files keep.</summary>
    public string Text => string.Join("\n\n", new[] { Numerator, Denominator }.OfType<MeasureQuery>().Select(m => $"-- {m.Role}\n{m.Sql};")) + "\n";
}

/// <param name="Role">"teller" or "noemer" (Dutch: it is shown to analysts).</param>
/// <param name="Dataset">The dataset the measure reads.</param>
/// <param name="Sql">The query.</param>
/// <param name="Dimensions">The breakdown dimensions this measure is split by (a percentage's population may not be).</param>
/// <param name="HasDistricts">Whether the measure is computed per district.</param>
public sealed record MeasureQuery(string Role, string Dataset, string Sql, IReadOnlySet<string> Dimensions, bool HasDistricts);
