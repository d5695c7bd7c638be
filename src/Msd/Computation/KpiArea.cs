using Msd.Workspace;

namespace Msd.Computation;

/// <summary>
/// The areas a KPI is computed for: each municipality of the workspace (<c>GM0118</c>), its districts
/// (<c>WK011801</c>) and each group of municipalities reported as a whole (<c>SWO</c>).
/// </summary>
public sealed record KpiAreas(IReadOnlyList<string> Municipalities, IReadOnlyList<MunicipalityGroup> Groups)
{
    public static KpiAreas Of(WorkspaceConfig config) => new([.. config.Municipalities.Select(m => m.Code)], config.Groups);

    public static string MunicipalityCode(string gemeenteCode) => "GM" + gemeenteCode;

    public static bool IsDistrict(string areaCode) => areaCode.StartsWith("WK", StringComparison.Ordinal);

    public static bool IsMunicipality(string areaCode) => areaCode.StartsWith("GM", StringComparison.Ordinal);
}
