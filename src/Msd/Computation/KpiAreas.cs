using Msd.Workspace;

namespace Msd.Computation;

/// <summary>
/// The areas a KPI is computed for: each municipality of the workspace (<c>GM0118</c>), its districts
/// (<c>WK011801</c>) and each group of municipalities reported as a whole (<c>SWO</c>).
/// </summary>
/// <param name="Municipalities">The workspace's municipality codes (four digits).</param>
/// <param name="Groups">The groups reported as a whole.</param>
/// <param name="Districts">Whether districts are computed (the benchmark leaves them out to compare with a hand-written query).</param>
public sealed record KpiAreas(IReadOnlyList<string> Municipalities, IReadOnlyList<MunicipalityGroup> Groups, bool Districts = true)
{
    public static KpiAreas Of(WorkspaceConfig config) => new([.. config.Municipalities.Select(m => m.Code)], config.Groups);

    public static string MunicipalityCode(string gemeenteCode) => "GM" + gemeenteCode;

    public static bool IsDistrict(string areaCode) => areaCode.StartsWith("WK", StringComparison.Ordinal);

    public static bool IsMunicipality(string areaCode) => areaCode.StartsWith("GM", StringComparison.Ordinal);
}
