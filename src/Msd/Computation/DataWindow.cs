using Msd.Catalog;
using Msd.Storage;

namespace Msd.Computation;

/// <summary>
/// The stretch of time the workspace has data for, which decides the periods a KPI is reported for:
/// the months of the population counts (every KPI per inhabitant needs them), or, without those, the
/// dates of the KPI's own dataset. A period that ends after the window is provisional ("voorlopig").
/// </summary>
public sealed record DataWindow(DateOnly Start, DateOnly End)
{
    public const string PopulationDataset = "bevolking";

    public static async Task<DataWindow?> ReadAsync(Database database, DatasetDefinition? dataset, KpiAreas areas, CancellationToken cancellationToken)
    {
        if (dataset?.Time is not { } time)
            return null;
        var municipalities = string.Join(", ", areas.Municipalities.Select(m => $"'{m}'"));
        var column = time.From.Value;
        var range = (await database.QueryAsync<(DateTime?, DateTime?)>(
            $"SELECT CAST(min({column}) AS TIMESTAMP), CAST(max({column}) AS TIMESTAMP) FROM {dataset.TableName} WHERE gemeente_code IN ({municipalities})",
            null, cancellationToken)).Single();
        if (range is not ({ } first, { } last))
            return null;
        var start = DateOnly.FromDateTime(first);
        return new DataWindow(new DateOnly(start.Year, start.Month, 1), DateOnly.FromDateTime(last));
    }

    public IReadOnlyList<ReportingPeriod> PeriodsOf(KpiPeriod period) =>
        period.Kind == "reference_date"
            ? [.. ReportingPeriod.ReferenceDates(period.Grains, Start, End)]
            : [.. ReportingPeriod.Grains.Where(period.Grains.Contains).SelectMany(g => ReportingPeriod.Within(g, Start, End))];
}
