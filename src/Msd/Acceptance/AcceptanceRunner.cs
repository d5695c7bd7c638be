using System.Data.Common;
using Msd.Catalog;
using Msd.Computation;
using Msd.Publication;
using Msd.Storage;

namespace Msd.Acceptance;

/// <summary>
/// Runs acceptance cases with nothing replaced: per case a fresh in-memory DuckDB with the real schema
/// and dataset tables, the fixture rows, the real KPI engine over the periods of the case's year, and the
/// real publish step with disclosure control. The total (no breakdown) of the case's period and area is
/// then compared with what the case expects.
/// </summary>
public static class AcceptanceRunner
{
    public static async Task<AcceptanceRun> RunAsync(KpiCatalog catalog, string? onlyKpi, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var results = new List<AcceptanceResult>();
        await using var database = await OpenAsync(catalog, cancellationToken);
        foreach (var suite in catalog.AcceptanceSuites.Where(s => onlyKpi is null || s.KpiId.Value == onlyKpi).OrderBy(s => s.KpiId.Value, StringComparer.Ordinal))
        {
            var kpi = catalog.Kpi(suite.KpiId.Value)
                ?? throw new MsdUserException($"{suite.KpiId.At}: de KPI '{suite.KpiId.Value}' staat niet in de catalogus.");
            foreach (var c in suite.Cases)
            {
                progress?.Report($"{kpi.Id}: {c.Id}");
                results.Add(await RunCaseAsync(database, catalog, kpi, c, cancellationToken));
            }
        }
        var covered = catalog.AcceptanceSuites.Select(s => s.KpiId.Value).ToHashSet(StringComparer.Ordinal);
        var without = catalog.Kpis
            .Where(k => k.Status != "vervallen" && !covered.Contains(k.Id) && (onlyKpi is null || k.Id == onlyKpi))
            .Select(k => k.Id).Order(StringComparer.Ordinal).ToList();
        return new AcceptanceRun(results, without);
    }

    /// <summary>
    /// A scratch DuckDB with the real schema, a table per catalogue dataset and the working-day calendar;
    /// the cases share it (setting it up costs more than a case) and each starts from empty tables.
    /// </summary>
    public static async Task<Database> OpenAsync(KpiCatalog catalog, CancellationToken cancellationToken)
    {
        var database = DuckDbDatabase.Scratch("acceptatie");
        try
        {
            await database.MigrateAsync(cancellationToken);
            await DatasetTables.SyncAsync(database, catalog, cancellationToken);
            await WorkingDayCalendar.EnsureAsync(database, cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public static async Task<AcceptanceResult> RunCaseAsync(Database database, KpiCatalog catalog, KpiDefinition kpi, AcceptanceCase c, CancellationToken cancellationToken)
    {
        AcceptanceResult Result(bool passed, string explanation) => new(kpi.Id, c.Id, c.Title, passed, explanation, c.At);
        if (Year(c.Period.Value) is not { } year)
            return Result(false, $"'{c.Period.Value}' is geen periode.");
        var window = new DataWindow(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var periods = window.PeriodsOf(kpi.Period);
        if (!periods.Any(p => p.Label == c.Period.Value))
            return Result(false, $"KPI {kpi.Id} heeft geen periode '{c.Period.Value}'; in {year}: {string.Join(", ", periods.Select(p => p.Label))}.");

        await AcceptanceFixture.ClearAsync(database, catalog, cancellationToken);
        try
        {
            await AcceptanceFixture.LoadAsync(database, catalog, c, cancellationToken);
        }
        catch (Exception e) when (e is MsdUserException or DbException)
        {
            // a raw message column that does not exist, a message row without a required field: this case fails, the others still run
            return Result(false, "De gegevens van dit geval konden niet worden geladen: " + e.Message);
        }

        var query = KpiCompiler.Compile(kpi, catalog, AcceptanceEnvironment.Areas, periods, database.Engine);
        var values = await KpiEngine.RunAsync(database, kpi, query, periods, window.End, cancellationToken);
        // lineage as the store keeps it ("dataset:rows:load"): every fixture row comes from load 1
        var inputs = string.Join(";", kpi.DatasetIds.Select(id => $"{id}:acceptatie:1"));
        await KpiValueStore.ReplaceAsync(database, kpi, values, "acceptatie", inputs, TimeSpan.Zero, cancellationToken);
        await KpiPublication.PublishAsync(database, catalog, AcceptanceEnvironment.Config, [kpi.Id], cancellationToken);
        var published = await PublishedValueStore.PublishedAsync(database, kpi.Id, cancellationToken);

        var computed = values.FirstOrDefault(v => v.Period.Label == c.Period.Value && v.AreaCode == c.Area.Value && v.Breakdown.Length == 0);
        var shown = published.FirstOrDefault(v => v.Period == c.Period.Value && v.AreaCode == c.Area.Value && v.Breakdown.Length == 0);
        var (passed, explanation) = AcceptanceComparison.Compare(c.Expected, computed, shown);
        return Result(passed, explanation);
    }

    private static int? Year(string label) =>
        label.Length >= 4 && int.TryParse(label[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}
