using Msd.Catalog;
using Msd.Workspace;

namespace Msd.Privacy;

/// <summary>
/// The disclosure rule of one KPI: counts under the threshold are not shown, shown counts are rounded
/// to a multiple of the rounding base. The KPI's own privacy block wins over the workspace's defaults.
/// </summary>
public sealed record SuppressionRule(int Threshold, int RoundingBase)
{
    public static SuppressionRule For(KpiDefinition kpi, PrivacySettings workspace) =>
        new(kpi.Privacy.SuppressionThreshold ?? workspace.SuppressionThreshold, Math.Max(1, kpi.Privacy.RoundingBase ?? workspace.RoundingBase));

    /// <summary>How a suppressed value is read out: "niet getoond: minder dan 10".</summary>
    public string PrimaryReason => $"niet getoond: minder dan {Threshold}";

    public bool IsSmall(decimal count) => count > 0 && count < Threshold;

    /// <summary>Rounds a count to the nearest multiple of the base, halves away from zero (7.5 → 10), as CBS does.</summary>
    public decimal Round(decimal count) =>
        RoundingBase <= 1 ? count : Math.Round(count / RoundingBase, MidpointRounding.AwayFromZero) * RoundingBase;
}
