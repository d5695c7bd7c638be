using Msd.Computation;
using Msd.Workspace;

namespace Msd.Acceptance;

/// <summary>
/// The fixed setting every acceptance case runs in, whatever the workspace: De Wolden (1690, the
/// default area) and Hoogeveen (0118), reported together as SWO, with the default disclosure rule
/// (counts under 10 hidden, shown counts rounded to 5; a KPI's own privacy block still wins).
/// </summary>
public static class AcceptanceEnvironment
{
    public const string DefaultMunicipality = "1690";

    public static readonly WorkspaceConfig Config = new(
        "Acceptatie",
        [new Municipality("1690", "De Wolden"), new Municipality("0118", "Hoogeveen")],
        [new MunicipalityGroup("SWO", "Samenwerkingsorganisatie De Wolden Hoogeveen", ["1690", "0118"])],
        new DatabaseSettings("duckdb", ":memory:", null),
        "catalog",
        "gebiedsindeling.csv",
        "inbox",
        null,
        new PrivacySettings(SuppressionThreshold: 10, RoundingBase: 5, KeyFile: "", AllowUnprotectedExport: false));

    public static KpiAreas Areas => KpiAreas.Of(Config);

    /// <summary>The municipality a fixture row belongs to when it names none: that of the case's area (1690 for the group).</summary>
    public static string MunicipalityOf(string areaCode) =>
        areaCode.Length >= 6 && (KpiAreas.IsMunicipality(areaCode) || KpiAreas.IsDistrict(areaCode)) ? areaCode[2..6] : DefaultMunicipality;
}
