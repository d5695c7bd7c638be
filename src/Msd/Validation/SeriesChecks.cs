using Msd.Catalog;
using Msd.Storage;

namespace Msd.Validation;

/// <summary>The checks that compare counts or dates instead of testing rows: actualiteit and volume.</summary>
internal static class SeriesChecks
{
    public static async Task<IReadOnlyList<CheckResult>> FreshnessAsync(Database database, DataCheck check, DatasetDefinition dataset, CancellationToken cancellationToken)
    {
        var newest = await database.QueryAsync<(string? Area, DateTime? Newest)>(CheckSql.Newest(dataset), null, cancellationToken);
        var delivered = (await database.QueryAsync<DateTime?>(CheckSql.NewestDelivery, null, cancellationToken)).SingleOrDefault();
        var dates = newest.Where(n => n.Newest is not null).Select(n => DateOnly.FromDateTime(n.Newest!.Value)).ToList();
        if (dates.Count == 0)
            return [new CheckResult(check.Id, check.Kind, check.Severity, dataset.Id, null, null, null, check.MaxAgeDays, check.Severity, "De dataset is leeg: er is nog niets ingelezen.", [])];
        var reference = delivered is { } d && DateOnly.FromDateTime(d) > dates.Max() ? DateOnly.FromDateTime(d) : dates.Max();
        return [.. newest.Where(n => n.Newest is not null).OrderBy(n => n.Area, StringComparer.Ordinal).Select(n =>
        {
            var date = DateOnly.FromDateTime(n.Newest!.Value);
            var age = Math.Max(0, reference.DayNumber - date.DayNumber);
            var passed = age <= check.MaxAgeDays;
            var period = passed ? null : new CheckPeriod(CheckText.Date(date.AddDays(1)) + " t/m " + CheckText.Date(reference), date.AddDays(1), reference);
            var message = $"De nieuwste gegevens zijn van {CheckText.Date(date)}, {CheckText.N(age)} dagen vóór de nieuwste gegevens in de werkruimte ({CheckText.Date(reference)}); toegestaan is hooguit {check.MaxAgeDays} dagen.";
            return new CheckResult(check.Id, check.Kind, check.Severity, dataset.Id, n.Area, period, age, check.MaxAgeDays, passed ? CheckResult.Passed : check.Severity, message, []);
        })];
    }

    public static async Task<IReadOnlyList<CheckResult>> VolumeAsync(Database database, DataCheck check, DatasetDefinition dataset, CancellationToken cancellationToken)
    {
        var perDelivery = check.Per == "levering";
        var counts = perDelivery
            ? await database.QueryAsync<(string? Area, DateTime Period, long Total)>(CheckSql.RowsPerDelivery(database.Parameter("dataset")), new { dataset = dataset.Id }, cancellationToken)
            : await database.QueryAsync<(string? Area, DateTime Period, long Total)>(CheckSql.RowsPerMonth(dataset), null, cancellationToken);
        var results = new List<CheckResult>();
        foreach (var area in counts.GroupBy(c => c.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var series = area.OrderBy(c => c.Period).Select(c => (Day: DateOnly.FromDateTime(c.Period), c.Total)).ToList();
            for (var i = 1; i < series.Count; i++)
                results.Add(Compare(check, dataset, area.Key, series[i - 1], series[i], perDelivery));
        }
        return results;
    }

    private static CheckResult Compare(DataCheck check, DatasetDefinition dataset, string? area, (DateOnly Day, long Total) previous, (DateOnly Day, long Total) current, bool perDelivery)
    {
        var period = perDelivery
            ? new CheckPeriod(current.Day.ToString("yyyy-MM-dd", CheckText.Dutch), current.Day, current.Day)
            : new CheckPeriod(current.Day.ToString("yyyy-MM", CheckText.Dutch), current.Day, current.Day.AddMonths(1).AddDays(-1));
        var what = perDelivery ? $"De levering met peildatum {CheckText.Date(current.Day)}" : $"De maand {period.Label}";
        var before = perDelivery ? $"de vorige levering ({CheckText.N(previous.Total)} op {CheckText.Date(previous.Day)})" : $"de maand ervoor ({CheckText.N(previous.Total)})";
        if (previous.Total < Math.Max(1, check.MinCount))
            return new(check.Id, check.Kind, check.Severity, dataset.Id, area, period, null, null, CheckResult.Passed, $"{what} heeft {CheckText.N(current.Total)} rijen; {before} is te klein om mee te vergelijken.", []);
        var change = Math.Round((current.Total - previous.Total) * 100m / previous.Total, 2);
        var tooLow = check.MaxDecreasePercent is { } down && change < -down;
        var tooHigh = check.MaxIncreasePercent is { } up && change > up;
        var threshold = tooHigh || check.MaxDecreasePercent is null ? check.MaxIncreasePercent : -check.MaxDecreasePercent;
        var direction = change < 0 ? $"{CheckText.Percent(-change)} minder" : $"{CheckText.Percent(change)} meer";
        var band = string.Join(" en ", new[]
        {
            check.MaxDecreasePercent is { } d ? $"hooguit {CheckText.Percent(d)} minder" : null,
            check.MaxIncreasePercent is { } u ? $"hooguit {CheckText.Percent(u)} meer" : null,
        }.OfType<string>());
        var message = $"{what} heeft {CheckText.N(current.Total)} rijen, {direction} dan {before}; toegestaan is {band}.";
        return new(check.Id, check.Kind, check.Severity, dataset.Id, area, period, change, threshold, tooLow || tooHigh ? check.Severity : CheckResult.Passed, message, []);
    }
}
