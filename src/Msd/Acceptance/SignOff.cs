namespace Msd.Acceptance;

/// <summary>
/// A key user's verdict on one KPI version: <see cref="Accepted"/> or <see cref="Rejected"/>, with a comment,
/// and — while data checks warn — the justification why the warnings do not stand in the way.
/// Name, display name and role are as they were when the verdict was given.
/// </summary>
public sealed record SignOff(
    long Id, string KpiId, int KpiVersion, string Verdict, string Comment, string? Justification,
    string UserName, string DisplayName, string Role, DateTime SignedAt)
{
    public const string Accepted = "akkoord";
    public const string Rejected = "niet akkoord";

    public static readonly IReadOnlyList<string> Verdicts = [Accepted, Rejected];
}
