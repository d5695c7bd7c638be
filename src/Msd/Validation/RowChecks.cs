using Dapper;
using Msd.Catalog;
using Msd.Computation;
using Msd.Storage;

namespace Msd.Validation;

/// <summary>
/// Runs a check over rows (volledigheid, geldigheid, uniciteit, referentie, tijdigheid): one result per municipality
/// that passes, and for one that does not (judged on all its rows) one result per month that holds failing rows.
/// </summary>
internal static class RowChecks
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(Database database, DataCheck check, DatasetDefinition dataset, KpiCatalog catalog, IReadOnlyCollection<string> districts, CancellationToken cancellationToken)
    {
        if (check.Unit == "working_days")
            await WorkingDayCalendar.EnsureAsync(database, cancellationToken);
        var sql = CheckSql.Rows(check, dataset, catalog, districts);
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = (await connection.QueryAsync<(string? Area, DateTime? Month, DateTime? Until, long Total, long Failing)>(new CommandDefinition(sql.Counts, cancellationToken: cancellationToken))).ToList();
        var samples = counts.Any(c => c.Failing > 0)
            ? (await connection.QueryAsync<(string? Area, DateTime? Month, string Sample)>(new CommandDefinition(sql.Sample, cancellationToken: cancellationToken))).ToLookup(s => (s.Area, s.Month), s => s.Sample)
            : null;
        if (counts.Count == 0)
            return [new CheckResult(check.Id, check.Kind, check.Severity, dataset.Id, null, null, null, check.MaxPercent, CheckResult.Passed, "Geen rijen om te controleren.", [])];
        var results = new List<CheckResult>();
        foreach (var area in counts.GroupBy(c => c.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (total, failing) = (area.Sum(c => c.Total), area.Sum(c => c.Failing));
            var share = CheckText.Share(failing, total);
            if (failing * 100m <= check.MaxPercent * total)
            {
                results.Add(new CheckResult(check.Id, check.Kind, check.Severity, dataset.Id, area.Key, null, share, check.MaxPercent,
                    CheckResult.Passed, Message(check, total, failing, share), []));
                continue;
            }
            // the municipality fails: one finding per month that holds failing rows, so only those periods are held back
            foreach (var month in area.Where(c => c.Failing > 0).OrderBy(c => c.Month))
            {
                var period = month.Month is { } m ? PeriodOf(DateOnly.FromDateTime(m), month.Until is { } u ? DateOnly.FromDateTime(u) : null) : null;
                var sample = samples?[(area.Key, month.Month)].ToList() ?? [];
                var inMonth = month.Month is { } started ? $" In {started.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)}: {CheckText.N(month.Failing)} van {CheckText.N(month.Total)} rijen." : "";
                results.Add(new CheckResult(check.Id, check.Kind, check.Severity, dataset.Id, area.Key, period, share, check.MaxPercent,
                    check.Severity, Message(check, total, failing, share) + inMonth, sample));
            }
        }
        return results;
    }

    /// <summary>The month the failing rows start in; for an interval dataset, up to the month their latest end falls in, or open.</summary>
    private static CheckPeriod PeriodOf(DateOnly first, DateOnly? until)
    {
        static string Month(DateOnly d) => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var endOfMonth = first.AddMonths(1).AddDays(-1);
        return until switch
        {
            null => new(Month(first), first, endOfMonth),
            { } u when u <= endOfMonth => new(Month(first), first, endOfMonth),
            { Year: 9999 } => new($"vanaf {Month(first)}", first, DateOnly.MaxValue),
            { } u => new($"{Month(first)} t/m {Month(u)}", first, new DateOnly(u.Year, u.Month, 1).AddMonths(1).AddDays(-1)),
        };
    }

    private static string Message(DataCheck check, long total, long failing, decimal share)
    {
        var what = check.Kind switch
        {
            "volledigheid" => $"zonder waarde in '{check.Columns[0].Value}'",
            "geldigheid" => $"met een code in '{check.Columns[0].Value}' die niet in de codelijst staat",
            "uniciteit" => "met een sleutel die vaker voorkomt",
            "referentie" => $"zonder bijbehorende rij in {check.References!.Value}",
            _ => $"waarbij '{check.To!.Value}' meer dan {check.Limit} {(check.Unit == "working_days" ? "werkdagen" : "dagen")} na '{check.From!.Value}' ligt",
        };
        var allowed = check.MaxPercent > 0 ? $"; toegestaan is hooguit {CheckText.Percent(check.MaxPercent)}" : "";
        return $"{CheckText.N(failing)} van {CheckText.N(total)} rijen ({CheckText.Percent(share)}) {what}{allowed}.";
    }
}
