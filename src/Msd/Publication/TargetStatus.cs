using Msd.Catalog;
using Msd.Computation;

namespace Msd.Publication;

/// <summary>
/// How a published total compares with the KPI's target for its period: on track, off track, or no
/// target. A target without an area holds for every municipality and group; with an area
/// (<c>"0118"</c>, or a district code) only there. Breakdown cells and districts without a target of
/// their own get no judgement.
/// </summary>
public static class TargetStatus
{
    public const string OnTrack = "op koers";
    public const string OffTrack = "niet op koers";
    public const string NoTarget = "geen streefwaarde";

    public static (decimal? Target, string? Status) Of(KpiDefinition kpi, string period, string areaCode, string breakdown, decimal? value)
    {
        if (breakdown.Length > 0)
            return (null, null);
        var target = kpi.Targets.FirstOrDefault(t => t.Period == period && t.Area is { } a && AreaMatches(a, areaCode))
            ?? (KpiAreas.IsDistrict(areaCode) ? null : kpi.Targets.FirstOrDefault(t => t.Period == period && t.Area is null));
        if (target is null)
            return (null, NoTarget);
        if (value is not { } v || kpi.Direction == "none")
            return (target.Value, null);
        var onTrack = kpi.Direction == "higher_is_better" ? v >= target.Value : v <= target.Value;
        return (target.Value, onTrack ? OnTrack : OffTrack);
    }

    private static bool AreaMatches(string targetArea, string areaCode) =>
        targetArea == areaCode || KpiAreas.MunicipalityCode(targetArea) == areaCode;
}
