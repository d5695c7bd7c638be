namespace Msd.Validation;

/// <summary>The period a result is about: a month, or the reference date of a delivery.</summary>
public sealed record CheckPeriod(string Label, DateOnly Start, DateOnly End);

/// <summary>
/// The outcome of one check for one municipality (and, for checks per period, one period). Observed
/// and threshold are in the check's own unit: a percentage of rows, a change in percent, or days.
/// The sample holds at most ten failing records by their pseudonymised keys.
/// </summary>
public sealed record CheckResult(
    string CheckId,
    string Kind,
    string Severity,
    string DatasetId,
    string? GemeenteCode,
    CheckPeriod? Period,
    decimal? Observed,
    decimal? Threshold,
    string Status,
    string Message,
    IReadOnlyList<string> Sample)
{
    public const string Passed = "geslaagd";
    public const string Warning = "waarschuwing";
    public const string Error = "fout";

    public bool Failed => Status != Passed;

    /// <summary>The KPI a plausibility check judged (its <see cref="DatasetId"/> is then empty); null for a data check.</summary>
    public string? KpiId { get; init; }
}

/// <summary>One run of all checks, as stored in msd_check_run and msd_check_result.</summary>
public sealed record CheckRun(long RunId, DateTime StartedAt, int Checks, IReadOnlyList<CheckResult> Results)
{
    public bool HasErrors => Results.Any(r => r.Status == CheckResult.Error);
}
