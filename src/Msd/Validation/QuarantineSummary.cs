using System.Text.RegularExpressions;
using Msd.Storage;

namespace Msd.Validation;

/// <summary>Quarantined records (or remarks) of one reason, over all loads of a source.</summary>
public sealed record QuarantineCount(string Source, string Severity, string Reason, long Records);

/// <summary>
/// The record-level defects that ingestion caught, counted per source and reason from the load log
/// (msd_quarantine). Reasons name values and positions ("regel 102", a date); those are left out, so
/// records with the same problem are counted together.
/// </summary>
public static partial class QuarantineSummary
{
    public static async Task<IReadOnlyList<QuarantineCount>> CountAsync(Database database, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync<(string Source, string Severity, string Reason, long Records)>(
            """
            SELECT l.source, q.severity, q.reason, count(*) FROM msd_quarantine q JOIN msd_load l ON l.load_id = q.load_id
            WHERE l.status = 'geladen' GROUP BY l.source, q.severity, q.reason
            """, null, cancellationToken);
        return [.. rows
            .GroupBy(r => (r.Source, r.Severity, Reason: Generalise(r.Reason)))
            .Select(g => new QuarantineCount(g.Key.Source, g.Key.Severity, g.Key.Reason, g.Sum(r => r.Records)))
            .OrderBy(c => c.Source, StringComparer.Ordinal).ThenByDescending(c => c.Records).ThenBy(c => c.Reason, StringComparer.Ordinal)];
    }

    /// <summary>The kind of problem without its particulars: up to the first ':' or ';', values in quotes with digits as '…'.</summary>
    public static string Generalise(string reason)
    {
        var text = reason;
        var cut = text.IndexOfAny([':', ';']);
        if (cut > 0)
            text = text[..cut];
        text = Parenthesised().Replace(text, "");
        text = QuotedValue().Replace(text, "'…'");
        return text.Trim().TrimEnd('.');
    }

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"'[^']*[0-9][^']*'")]
    private static partial Regex QuotedValue();
}
