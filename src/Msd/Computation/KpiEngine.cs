using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Msd.Catalog;
using Msd.Storage;

namespace Msd.Computation;

public enum KpiComputeOutcome
{
    Computed,
    Unchanged,
    NoData,
    Failed,
}

/// <summary>What one computation run did with one KPI.</summary>
public sealed record KpiComputeResult(string KpiId, KpiComputeOutcome Outcome, int Values, TimeSpan Duration, string? Problem = null)
{
    public bool Computed => Outcome == KpiComputeOutcome.Computed;
}

/// <summary>
/// Computes the catalogue's KPIs into <c>msd_kpi_value</c>: compile, run the measure queries, combine,
/// and store with the definition version, the state of the inputs and the time. A KPI whose compiled
/// SQL and input datasets did not change since its last computation is left as it is.
/// </summary>
public static class KpiEngine
{
    /// <summary>KPIs computed at once: their queries overlap, their stores take turns (one writer at a time).</summary>
    private static readonly int Parallelism = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static async Task<IReadOnlyList<KpiComputeResult>> ComputeAsync(
        Database database, KpiCatalog catalog, KpiAreas areas, IReadOnlyCollection<string>? only, bool force,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await WorkingDayCalendar.EnsureAsync(database, cancellationToken);
        var kpis = catalog.Kpis.Where(k => k.Status != "vervallen" && (only is null || only.Contains(k.Id))).ToList();
        var run = new Run(database, catalog, areas, await PopulationWindowAsync(database, catalog, areas, cancellationToken),
            await DatasetStatesAsync(database, catalog, kpis, cancellationToken), force, new SemaphoreSlim(1));
        // the slowest KPIs of the previous run go first, so the two (or more) workers finish together
        var lastDurations = (await database.QueryAsync<(string KpiId, long Ms)>("SELECT kpi_id, duration_ms FROM msd_kpi_computation", null, cancellationToken))
            .ToDictionary(d => d.KpiId, d => d.Ms);
        var order = Enumerable.Range(0, kpis.Count).OrderByDescending(i => lastDurations.GetValueOrDefault(kpis[i].Id)).ToList();
        var results = new KpiComputeResult[kpis.Count];
        using (run.Writer)
        {
            await Parallel.ForEachAsync(order, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, token) =>
            {
                progress?.Report(kpis[i].Id);
                results[i] = await ComputeOneAsync(run, kpis[i], token);
            });
        }
        return results;
    }

    /// <summary>What every KPI of one computation run shares; <c>Datasets</c> holds per dataset its row count and latest load, read once for the run.</summary>
    private sealed record Run(
        Database Database, KpiCatalog Catalog, KpiAreas Areas, DataWindow? Population,
        IReadOnlyDictionary<string, (long Rows, long Load)> Datasets, bool Force, SemaphoreSlim Writer);

    private static async Task<KpiComputeResult> ComputeOneAsync(Run run, KpiDefinition kpi, CancellationToken cancellationToken)
    {
        var (database, catalog) = (run.Database, run.Catalog);
        var watch = Stopwatch.StartNew();
        try
        {
            if (run.Datasets[(kpi.Numerator ?? kpi.Denominator)!.Dataset.Value].Rows == 0
                || await PlanAsync(database, catalog, run.Areas, kpi, run.Population, cancellationToken) is not var (query, periods, window))
            {
                return new KpiComputeResult(kpi.Id, KpiComputeOutcome.NoData, 0, watch.Elapsed);
            }
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query.Text)))[..16];
            var inputs = InputState(kpi, run.Datasets);
            if (!run.Force && await UnchangedAsync(database, kpi, hash, inputs, cancellationToken))
                return new KpiComputeResult(kpi.Id, KpiComputeOutcome.Unchanged, 0, watch.Elapsed);
            var values = await RunAsync(database, kpi, query, periods, window.End, cancellationToken);
            await run.Writer.WaitAsync(cancellationToken);
            try
            {
                await KpiValueStore.ReplaceAsync(database, kpi, values, hash, inputs, watch.Elapsed, cancellationToken);
            }
            finally
            {
                run.Writer.Release();
            }
            return new KpiComputeResult(kpi.Id, KpiComputeOutcome.Computed, values.Count, watch.Elapsed);
        }
        catch (Exception e) when (e is DbException or MsdUserException)
        {
            return new KpiComputeResult(kpi.Id, KpiComputeOutcome.Failed, 0, watch.Elapsed, e.Message);
        }
    }

    /// <summary>The compiled query of a KPI over the periods the workspace has data for; null when its dataset is empty.</summary>
    public static async Task<(KpiQuery Query, IReadOnlyList<ReportingPeriod> Periods, DataWindow Window)?> PlanAsync(
        Database database, KpiCatalog catalog, KpiAreas areas, KpiDefinition kpi, DataWindow? population, CancellationToken cancellationToken)
    {
        var primary = catalog.Dataset((kpi.Numerator ?? kpi.Denominator)!.Dataset.Value);
        var window = population ?? await DataWindow.ReadAsync(database, primary, areas, cancellationToken);
        if (window is null)
            return null;
        var periods = window.PeriodsOf(kpi.Period);
        return (KpiCompiler.Compile(kpi, catalog, areas, periods, database.Engine), periods, window);
    }

    public static Task<DataWindow?> PopulationWindowAsync(Database database, KpiCatalog catalog, KpiAreas areas, CancellationToken cancellationToken) =>
        DataWindow.ReadAsync(database, catalog.Dataset(DataWindow.PopulationDataset), areas, cancellationToken);

    public static async Task<IReadOnlyList<KpiValue>> RunAsync(
        Database database, KpiDefinition kpi, KpiQuery query, IReadOnlyList<ReportingPeriod> periods, DateOnly dataEnd, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var numerator = query.Numerator is null ? [] : await MeasureRow.ReadAsync(connection, query.Numerator.Sql, cancellationToken);
        var denominator = query.Denominator is null ? [] : await MeasureRow.ReadAsync(connection, query.Denominator.Sql, cancellationToken);
        return KpiValueCombiner.Combine(kpi, query, numerator, denominator, periods.ToDictionary(p => p.Label), dataEnd);
    }

    /// <summary>Row count and latest load of every dataset the KPIs read (and the population), once per run.</summary>
    private static async Task<IReadOnlyDictionary<string, (long Rows, long Load)>> DatasetStatesAsync(
        Database database, KpiCatalog catalog, IEnumerable<KpiDefinition> kpis, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, (long Rows, long Load)>(StringComparer.Ordinal);
        foreach (var id in kpis.SelectMany(k => k.DatasetIds).Append(DataWindow.PopulationDataset).Distinct(StringComparer.Ordinal))
        {
            states[id] = (await database.QueryAsync<(long, long)>(
                $"SELECT count(*), coalesce(max({DatasetTables.LoadColumn}), 0) FROM {catalog.Dataset(id)!.TableName}", null, cancellationToken)).Single();
        }
        return states;
    }

    /// <summary>"bevolking:1200:17;jeugdhulp_toewijzing:5300:1234": per dataset the KPI reads, its rows and latest load — what the values came from.</summary>
    private static string InputState(KpiDefinition kpi, IReadOnlyDictionary<string, (long Rows, long Load)> datasets) =>
        string.Join(";", kpi.DatasetIds.Append(DataWindow.PopulationDataset).Distinct().Order(StringComparer.Ordinal)
            .Select(id => $"{id}:{datasets[id].Rows}:{datasets[id].Load}"));

    private static async Task<bool> UnchangedAsync(Database database, KpiDefinition kpi, string hash, string inputs, CancellationToken cancellationToken)
    {
        var p = database.Parameter;
        await using var connection = await database.OpenAsync(cancellationToken);
        var stored = await connection.QuerySingleOrDefaultAsync<(string, string)?>(
            $"SELECT definition_hash, inputs FROM msd_kpi_computation WHERE kpi_id = {p("id")} AND kpi_version = {p("v")}", new { id = kpi.Id, v = kpi.Version });
        return stored == (hash, inputs);
    }
}
