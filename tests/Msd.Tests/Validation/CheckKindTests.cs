using Msd.Catalog;
using Msd.Tests.Support;
using Msd.Validation;

namespace Msd.Tests.Validation;

/// <summary>Each kind of check on tiny hand-made tables, on DuckDB and on PostgreSQL.</summary>
public abstract class CheckKindTests<TDatabase> : IAsyncDisposable
    where TDatabase : ITestDatabase, new()
{
    private readonly TempDirectory _dir = new();
    private readonly TDatabase _test = new();
    private KpiCatalog? _catalog;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // set up in the test, not in a constructor or InitializeAsync: a PostgreSQL test without a server must skip
    private async Task<KpiCatalog> ReadyAsync()
    {
        if (_catalog is null)
        {
            _catalog = TinyCatalog.Write(_dir);
            await TinyCatalog.FillAsync(_test.Database, _catalog, Token);
        }
        return _catalog;
    }

    public async ValueTask DisposeAsync()
    {
        await _test.DisposeAsync();
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Volledigheid_counts_empty_values_per_municipality_and_allows_the_declared_share()
    {
        var strict = await RunAsync("t-client");
        var lenient = await RunAsync("t-client-ruim");

        var failing = Assert.Single(strict, r => r.GemeenteCode == "0001");
        Assert.Equal(CheckResult.Error, failing.Status);
        Assert.Equal(20m, failing.Observed);
        Assert.Equal(["nummer=A2"], failing.Sample);
        Assert.Contains("1 van 5 rijen", failing.Message, StringComparison.Ordinal);
        // a failing municipality is reported per month that holds failing rows, so only that month is held back
        Assert.Equal("2025-01", failing.Period?.Label);
        Assert.Contains("In 2025-01: 1 van 3 rijen", failing.Message, StringComparison.Ordinal);
        Assert.Equal(CheckResult.Passed, Assert.Single(strict, r => r.GemeenteCode == "0002").Status);
        Assert.All(lenient, r => Assert.Equal(CheckResult.Passed, r.Status));
    }

    [Fact]
    public async Task Geldigheid_reports_codes_outside_the_code_list_with_the_declared_severity()
    {
        var results = await RunAsync("t-kleur");

        var failing = Assert.Single(results, r => r.Failed);
        Assert.Equal(("0001", CheckResult.Warning), (failing.GemeenteCode, failing.Status));
        Assert.Equal(["nummer=A3"], failing.Sample);
    }

    [Fact]
    public async Task Uniciteit_reports_every_row_of_a_duplicated_key()
    {
        var failing = Assert.Single(await RunAsync("t-uniek"), r => r.Failed);

        Assert.Equal(40m, failing.Observed);
        Assert.Equal("2025-02", failing.Period?.Label);
        Assert.Equal(["nummer=A3", "nummer=A3"], failing.Sample);
    }

    [Fact]
    public async Task Referentie_finds_rows_without_a_match_in_the_other_dataset_or_the_area_table_and_skips_empty_keys()
    {
        var toewijzing = Assert.Single(await RunAsync("l-toewijzing"), r => r.Failed);
        var wijk = Assert.Single(await RunAsync("t-wijk"), r => r.Failed);

        Assert.Equal(("0001", CheckResult.Error), (toewijzing.GemeenteCode, toewijzing.Status));
        Assert.Equal(["nummer=X9"], toewijzing.Sample);
        Assert.Contains("1 van 2 rijen", toewijzing.Message, StringComparison.Ordinal);
        Assert.Equal(CheckResult.Warning, wijk.Status);
        Assert.Equal(["nummer=A3, wijk_code=WK99"], wijk.Sample);
    }

    [Fact]
    public async Task Actualiteit_compares_each_municipality_with_the_newest_data()
    {
        var results = await RunAsync("t-actueel");

        var stale = Assert.Single(results, r => r.Failed);
        Assert.Equal("0002", stale.GemeenteCode);
        Assert.Equal(125m, stale.Observed);
        Assert.Equal(new DateOnly(2024, 10, 2), stale.Period!.Start);
        Assert.Equal(new DateOnly(2025, 2, 3), stale.Period.End);
    }

    [Fact]
    public async Task Volume_per_month_flags_a_drop_beyond_the_band_for_that_month()
    {
        var results = await RunAsync("t-volume");

        var drop = Assert.Single(results);
        Assert.Equal(("0001", "2025-02", CheckResult.Error), (drop.GemeenteCode, drop.Period!.Label, drop.Status));
        Assert.Equal(-33.33m, drop.Observed);
        Assert.Equal(-30m, drop.Threshold);
        Assert.Equal(new DateOnly(2025, 2, 28), drop.Period.End);
    }

    [Fact]
    public async Task Tijdigheid_counts_working_days_and_samples_without_personal_data()
    {
        var failing = Assert.Single(await RunAsync("t-retour"), r => r.Failed);

        Assert.Equal(["nummer=A2, datum=2025-01-06, retour=2025-01-13"], failing.Sample);
        Assert.DoesNotContain(failing.Sample, s => s.Contains("2010", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_stores_every_result_with_its_dataset_municipality_and_period()
    {
        var run = await CheckEngine.RunAsync(_test.Database, await ReadyAsync(), TinyCatalog.Districts, TimeProvider.System, Token);
        var stored = await CheckResultStore.LatestAsync(_test.Database, Token);

        Assert.True(run.HasErrors);
        Assert.Equal(9, run.Checks);
        Assert.Equal(run.Results.Count, stored.Count);
        Assert.All(stored, s => Assert.Equal(run.RunId, s.RunId));
        Assert.Contains(stored, s => s.CheckId == "t-volume" && s.DatasetId == "toewijzing" && s.GemeenteCode == "0001" && s.Period == "2025-02"
            && s.PeriodStart == new DateTime(2025, 2, 1) && s.Status == CheckResult.Error);
    }

    private async Task<IReadOnlyList<CheckResult>> RunAsync(string id)
    {
        var catalog = await ReadyAsync();
        var check = catalog.Checks.Single(c => c.Id == id);
        return await CheckEngine.RunAsync(_test.Database, check, catalog.Dataset(check.DatasetId)!, catalog, TinyCatalog.Districts, Token);
    }
}

public sealed class DuckDbCheckKindTests : CheckKindTests<DuckDbTestDatabase>;

public sealed class PostgresCheckKindTests : CheckKindTests<PostgresTestDatabase>;
