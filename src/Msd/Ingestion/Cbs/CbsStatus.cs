namespace Msd.Ingestion.Cbs;

/// <summary>
/// Whether a CBS figure is final: codes of code list cijferstatus. CBS marks provisional periods
/// with "*" and revised provisional ones with "**" in the period title, and says the same in the
/// Status of the period (v3 Perioden, v4 PeriodenCodes); a v4 observation may carry it too.
/// </summary>
internal static class CbsStatus
{
    public const string Definitive = "D";
    public const string Provisional = "V";
    public const string RevisedProvisional = "NV";

    /// <summary>The status from a period's title and status and an observation's attribute; the least final one wins.</summary>
    public static string Of(string? title, string? status, string? attribute = null)
    {
        var fromTitle = title?.TrimEnd() switch
        {
            { } t when t.EndsWith("**", StringComparison.Ordinal) => RevisedProvisional,
            { } t when t.EndsWith('*') => Provisional,
            _ => Definitive,
        };
        return Least(Least(fromTitle, FromWords(status)), FromWords(attribute));
    }

    public static bool IsProvisional(string status) => status != Definitive;

    private static string FromWords(string? text)
    {
        var words = (text ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (words.Contains("NADERVOORLOPIG", StringComparison.Ordinal) || words.Contains("REVISEDPROVISIONAL", StringComparison.Ordinal))
            return RevisedProvisional;
        return words.Contains("VOORLOPIG", StringComparison.Ordinal) || words.Contains("PROVISIONAL", StringComparison.Ordinal) ? Provisional : Definitive;
    }

    private static string Least(string a, string b) => a == Provisional || b == Provisional ? Provisional : a == RevisedProvisional || b == RevisedProvisional ? RevisedProvisional : Definitive;
}
