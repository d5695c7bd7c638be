using Msd.Catalog;

namespace Msd.Acceptance;

/// <summary>The outcome of one acceptance case: passed or not, with a Dutch explanation (expected against computed).</summary>
public sealed record AcceptanceResult(string KpiId, string CaseId, string Title, bool Passed, string Explanation, SourceLocation At)
{
    /// <summary>"geslaagd" or "mislukt", as the report shows it.</summary>
    public string Outcome => Passed ? "geslaagd" : "mislukt";
}

/// <summary>A run of acceptance cases, with the KPIs that have none.</summary>
public sealed record AcceptanceRun(IReadOnlyList<AcceptanceResult> Results, IReadOnlyList<string> KpisWithoutCases)
{
    public int Failed => Results.Count(r => !r.Passed);
}
