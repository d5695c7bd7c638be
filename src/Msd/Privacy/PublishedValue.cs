using Msd.Computation;

namespace Msd.Privacy;

/// <summary>A KPI value as it may leave the store: rounded counts, a value computed from them, or nothing with a status and reason.</summary>
public sealed record PublishedValue(
    string KpiId,
    int KpiVersion,
    ReportingPeriod Period,
    string AreaCode,
    string Breakdown,
    decimal? Numerator,
    decimal? Denominator,
    decimal? Value,
    string Unit,
    string Status,
    string? Reason)
{
    /// <summary>The KPI's target for this period and area, if any.</summary>
    public decimal? Target { get; init; }

    /// <summary>"op koers", "niet op koers", "geen streefwaarde", or empty when there is nothing to judge.</summary>
    public string? TargetStatus { get; init; }

    public const string Ok = "ok";
    public const string Provisional = "voorlopig";
    public const string Suppressed = "onderdrukt";
    public const string Missing = "ontbreekt";

    /// <summary>Held back by the publication gate: a data check on its data failed and nobody overruled it.</summary>
    public const string Blocked = "geblokkeerd";
}
