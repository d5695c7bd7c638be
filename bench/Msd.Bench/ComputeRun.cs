using System.Diagnostics;
using System.Globalization;
using Msd.Computation;
using Msd.Publication;

namespace Msd.Bench;

/// <summary>
/// The KPI engine on an ingested workspace, timed end to end: the full catalogue (forced), a second
/// run with nothing changed, publishing, and for five representative KPIs the engine against the same
/// KPI written by hand as one SQL query (per municipality and year, the cells both produce).
/// </summary>
internal static class ComputeRun
{
    private const int Repeats = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("Gebruik: compute WERKRUIMTE  (een werkruimte waarin alles is ingelezen)");
            return 2;
        }
        var workspace = Msd.Workspace.Workspace.Open(args[0]);
        var (catalog, _) = workspace.LoadCatalog();
        await using var database = await workspace.OpenDatabaseAsync(catalog, CancellationToken.None);
        var areas = KpiAreas.Of(workspace.Config);
        var clock = Stopwatch.StartNew();
        var results = await KpiEngine.ComputeAsync(database, catalog, areas, null, force: true, null, CancellationToken.None);
        var full = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"full catalogue: {results.Count(r => r.Computed)} KPIs, {results.Sum(r => r.Values):N0} values in {full.TotalSeconds:F2} s (problems: {results.Count(r => r.Problem is not null)})"));
        foreach (var slow in results.OrderByDescending(r => r.Duration).Take(5))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest: {slow.KpiId} {slow.Duration.TotalMilliseconds:F0} ms"));

        clock.Restart();
        await KpiEngine.ComputeAsync(database, catalog, areas, null, force: false, null, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nothing changed: {clock.Elapsed.TotalSeconds:F2} s = {clock.Elapsed / full:F3} of the full run"));

        clock.Restart();
        var published = await KpiPublication.PublishAsync(database, catalog, workspace.Config, null, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"publish (disclosure control): {published.Sum(p => p.Published + p.Suppressed + p.Missing + p.Blocked):N0} values in {clock.Elapsed.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB"));

        var window = await KpiEngine.PopulationWindowAsync(database, catalog, areas, CancellationToken.None)
            ?? throw new InvalidOperationException("Geen inwonertallen in de werkruimte.");
        var years = (First: window.Start.Year, Last: window.End.Year);
        var municipalities = areas with { Groups = [], Districts = false };
        foreach (var (kpiId, hand) in HandWrittenKpis.Queries(database.Engine, years.First, years.Last, areas.Municipalities))
        {
            var kpi = catalog.Kpi(kpiId)!;
            var yearly = kpi with { Period = kpi.Period with { Grains = ["year"] }, Breakdowns = [] };
            var periods = window.PeriodsOf(yearly.Period);
            var query = KpiCompiler.Compile(yearly, catalog, municipalities, periods, database.Engine);
            var engine = await BestAsync(async () => (await KpiEngine.RunAsync(database, yearly, query, periods, window.End, CancellationToken.None)).Count);
            var handTime = await BestAsync(async () => (await database.QueryAsync<dynamic>(hand, null, CancellationToken.None)).Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kpiId}: engine {engine.Time.TotalMilliseconds:F0} ms ({engine.Rows} cells), by hand {handTime.Time.TotalMilliseconds:F0} ms ({handTime.Rows} rows), ratio {engine.Time / handTime.Time:F2}"));
        }
        return 0;
    }

    private static async Task<(TimeSpan Time, int Rows)> BestAsync(Func<Task<int>> run)
    {
        await run(); // warm-up
        var best = TimeSpan.MaxValue;
        var rows = 0;
        for (var i = 0; i < Repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            rows = await run();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }
        return (best, rows);
    }
}
