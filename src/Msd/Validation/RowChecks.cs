using Dapper;
using Msd.Catalog;
using Msd.Computation;
using Msd.Storage;

namespace Msd.Validation;

/// <summary>Runs a check over rows (volledigheid, geldigheid, uniciteit, referentie, tijdigheid): one result per municipality.</summary>
internal static class RowChecks
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(Database database, DataCheck check, DatasetDefinition dataset, KpiCatalog catalog, IReadOnlyCollection<string> districts, CancellationToken cancellationToken)
    {
        if (check.Unit == "working_days")
            await WorkingDayCalendar.EnsureAsync(database, cancellationToken);
        var sql = CheckSql.Rows(check, dataset, catalog, districts);
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = (await connection.QueryAsync<(string? Area, long Total, long Failing)>(new CommandDefinition(sql.Counts, cancellationToken: cancellationToken))).ToList();
        var samples = counts.Any(c => c.Failing > 0)
            ? (await connection.QueryAsync<(string? Area, string Sample)>(new CommandDefinition(sql.Sample, cancellationToken: cancellationToken))).ToLookup(s => s.Area)
            : null;
        if (counts.Count == 0)
            return [new CheckResult(check.Id, check.Kind, check.Severity, dataset.Id, null, null, null, check.MaxPercent, CheckResult.Passed, "Geen rijen om te controleren.", [])];
        return [.. counts.OrderBy(c => c.Area, StringComparer.Ordinal).Select(c =>
        {
            var share = CheckText.Share(c.Failing, c.Total);
            var passed = c.Failing * 100m <= check.MaxPercent * c.Total;
            var sample = samples is null ? [] : samples[c.Area].Select(s => s.Sample).ToList();
            return new CheckResult(check.Id, check.Kind, check.Severity, dataset.Id, c.Area, null, share, check.MaxPercent,
                passed ? CheckResult.Passed : check.Severity, Message(check, c.Total, c.Failing, share), passed ? [] : sample);
        })];
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
