namespace Msd.Workspace;

/// <summary>The contents of a workspace's msd.yaml.</summary>
public sealed record WorkspaceConfig(
    string Name,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<MunicipalityGroup> Groups,
    DatabaseSettings Database,
    string Catalog,
    string Areas,
    string Inbox,
    string? Schemas,
    PrivacySettings Privacy);

/// <summary>A municipality by its four-digit CBS code (with leading zero, without the GM prefix).</summary>
public sealed record Municipality(string Code, string Name);

/// <summary>Municipalities reported as a whole under their own code, such as the shared-service area SWO.</summary>
public sealed record MunicipalityGroup(string Code, string Name, IReadOnlyList<string> Members);

public sealed record DatabaseSettings(string Engine, string? Path, string? ConnectionString);

/// <param name="SuppressionThreshold">Counts under this are not shown (a KPI may set its own).</param>
/// <param name="RoundingBase">Shown counts are rounded to a multiple of this.</param>
/// <param name="KeyFile">The pseudonymisation key file.</param>
/// <param name="AllowUnprotectedExport">
/// Whether `msd export values --unprotected` may write values before disclosure control (for an analyst
/// checking the engine inside the organisation). Off unless msd.yaml says so.
/// </param>
public sealed record PrivacySettings(int SuppressionThreshold, int RoundingBase, string KeyFile, bool AllowUnprotectedExport);
