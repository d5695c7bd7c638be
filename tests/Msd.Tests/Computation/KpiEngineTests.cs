using System.Globalization;
using Msd.Computation;
using Msd.Publication;
using Msd.Storage;
using Msd.Tests.Ingestion;
using Msd.Tests.Support;
using nietras.SeparatedValues;

namespace Msd.Tests.Computation;

/// <summary>The whole shipped catalogue computed on the default generated data and checked against its ground truth.</summary>
public abstract class KpiEngineTests<TDatabase>(DefaultDataFixture data)
    where TDatabase : ITestDatabase, new()
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_shipped_KPI_computes_and_equals_the_ground_truth_for_each_municipality_year_and_the_combined_area()
    {
        var db = await data.IngestedAsync<TDatabase>();
        var results = await KpiEngine.ComputeAsync(db, data.Catalog, EngineAreas.Default, null, force: true, null, Token);

        Assert.All(results, r => Assert.True(r.Outcome != KpiComputeOutcome.Failed, $"{r.KpiId}: {r.Problem}"));
        Assert.Equal(data.Catalog.Kpis.Count(k => k.Status != "vervallen"), results.Count);
        Assert.True(results.Count(r => r.Computed) >= 60, $"maar {results.Count(r => r.Computed)} KPI's berekend");
        var computed = (await PublishedValueStore.UnprotectedAsync(db, null, Token)).ToDictionary(r => (r.KpiId, r.Period, r.AreaCode, r.Breakdown));

        var truth = ReadTruth(Path.Combine(data.Root, "controle", "grondwaarheid.csv"));
        Assert.NotEmpty(truth);
        var wrong = new List<string>();
        foreach (var t in truth)
        {
            var area = t.Area.All(char.IsDigit) ? "GM" + t.Area : t.Area;
            if (!computed.TryGetValue((t.Kpi, t.Period, area, t.Breakdown), out var row))
            {
                // a period without any case has no value: the truth writes 0 of 0
                if (!(t.Numerator == 0 && t.Denominator is null or 0))
                    wrong.Add($"{t.Kpi} {t.Period} {area}: ontbreekt, verwacht {t.Numerator}/{t.Denominator}");
                continue;
            }
            if (row.Numerator != t.Numerator || row.Denominator != t.Denominator || !Near(row.Value, t.Value))
                wrong.Add($"{t.Kpi} {t.Period} {area}: berekend {row.Numerator}/{row.Denominator} = {row.Value}, grondwaarheid {t.Numerator}/{t.Denominator} = {t.Value}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} van {truth.Count} waarden wijken af:\n" + string.Join('\n', wrong.Take(40)));
    }

    [Fact]
    public async Task A_second_computation_without_new_data_or_definitions_recomputes_nothing()
    {
        var db = await data.IngestedAsync<TDatabase>();
        await KpiEngine.ComputeAsync(db, data.Catalog, EngineAreas.Default, null, force: false, null, Token);

        var again = await KpiEngine.ComputeAsync(db, data.Catalog, EngineAreas.Default, null, force: false, null, Token);

        Assert.All(again, r => Assert.False(r.Computed, r.KpiId));
        var lineage = await db.QueryAsync<(string KpiId, int Version, string LoadIds)>("SELECT kpi_id, kpi_version, load_ids FROM msd_kpi_computation", null, Token);
        Assert.Equal(again.Count(r => r.Outcome == KpiComputeOutcome.Unchanged), lineage.Count);
        Assert.All(lineage, l => Assert.Matches("^([a-z0-9_]+:[0-9]+;?)+$", l.LoadIds));
    }

    private static bool Near(decimal? a, decimal? b) => (a, b) switch
    {
        (null, null) => true,
        ({ } x, { } y) => Math.Abs(x - y) < 0.0002m,
        _ => false,
    };

    private static List<(string Kpi, string Period, string Area, string Breakdown, decimal Numerator, decimal? Denominator, decimal? Value)> ReadTruth(string path)
    {
        using var reader = Sep.Reader().FromFile(path);
        static decimal? Parse(string s) => s.Length == 0 ? null : decimal.Parse(s, CultureInfo.InvariantCulture);
        return [.. reader.Enumerate(r => (r["kpi_id"].ToString(), r["period"].ToString(), r["area_code"].ToString(), r["breakdown"].ToString(),
            Parse(r["numerator"].ToString())!.Value, Parse(r["denominator"].ToString()), Parse(r["value"].ToString())))];
    }
}

[Collection(nameof(DefaultDataCollection))]
public sealed class DuckDbKpiEngineTests(DefaultDataFixture data) : KpiEngineTests<DuckDbTestDatabase>(data);

[Collection(nameof(DefaultDataCollection))]
public sealed class PostgresKpiEngineTests(DefaultDataFixture data) : KpiEngineTests<PostgresTestDatabase>(data);

/// <summary>The two engines give the same values for every KPI, cell for cell.</summary>
[Collection(nameof(DefaultDataCollection))]
public sealed class EngineDialectTests(DefaultDataFixture data)
{
    [Fact]
    public async Task DuckDB_and_PostgreSQL_compute_identical_values_for_the_whole_catalogue()
    {
        var token = TestContext.Current.CancellationToken;
        var postgres = await data.IngestedAsync<PostgresTestDatabase>();
        var duck = await data.IngestedAsync<DuckDbTestDatabase>();
        var values = new List<IReadOnlyList<ExportRow>>();
        foreach (var db in new Database[] { duck, postgres })
        {
            await KpiEngine.ComputeAsync(db, data.Catalog, EngineAreas.Default, null, force: false, null, token);
            values.Add(await PublishedValueStore.UnprotectedAsync(db, null, token));
        }

        static string Line(ExportRow r) => $"{r.KpiId} {r.Period} {r.AreaCode} {r.Breakdown} {ValueExport.Number(r.Numerator)} {ValueExport.Number(r.Denominator)} {ValueExport.Number(r.Value)} {r.Status}";
        Assert.NotEmpty(values[0]);
        Assert.Equal(values[0].Select(Line).Order(StringComparer.Ordinal), values[1].Select(Line).Order(StringComparer.Ordinal));
    }
}
