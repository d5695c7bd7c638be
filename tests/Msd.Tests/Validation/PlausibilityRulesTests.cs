using Msd.Catalog;
using Msd.Publication;
using Msd.Tests.Support;
using Msd.Validation;

namespace Msd.Tests.Validation;

/// <summary>The plausibility rules on hand-made published values: each rule catches its own kind of unlikely value.</summary>
public sealed class PlausibilityRulesTests
{
    private static readonly KpiCatalog Catalog = CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog;

    private static ExportRow Row(string area, string period, decimal? numerator, decimal? denominator, decimal? value, string breakdown = "", string grain = "year", string status = "ok") => new()
    {
        KpiId = "k",
        Period = period,
        Grain = grain,
        AreaCode = area,
        Breakdown = breakdown,
        Numerator = numerator,
        Denominator = denominator,
        Value = value,
        Unit = "procent",
        Status = status,
    };

    private static CheckResult Rule(IReadOnlyList<CheckResult> results, string rule) => Assert.Single(results, r => r.CheckId == rule);

    [Fact]
    public void A_share_is_judged_by_its_defaults_bounds_numerator_within_denominator_and_districts_within_the_municipality()
    {
        var kpi = Catalog.Kpi("wmo-beeindigd-volgens-plan")!;
        Assert.Equal(new KpiPlausibility(0, 100, true, null, null, kpi.Numerator!.Aggregate is "count" or "sum"), kpi.Plausibility);
        var rows = new[]
        {
            Row("GM0118", "2024", 120, 100, 120), Row("GM1690", "2024", 40, 80, 50), Row("GM1690", "2024", 5, 10, 50, "geslacht=V"),
            Row("GM1690", "2023", -5, 80, -6.25m), Row("GM1690", "2024-Q1", 10, 20, 50, grain: "quarter"),
        };

        var results = PlausibilityRules.Judge(kpi with { Plausibility = kpi.Plausibility with { DistrictsWithinMunicipality = false } }, rows, [], 5);

        var bounds = Rule(results, "grenzen");
        Assert.Equal((CheckResult.Warning, 2m), (bounds.Status, bounds.Observed));
        Assert.Equal(["GM0118, 2024: 120", "GM1690, 2023: -6,25"], bounds.Sample);
        Assert.Equal("2 van 5 gepubliceerde waarden liggen buiten 0 tot en met 100.", bounds.Message);
        Assert.Equal(["GM0118, 2024: 120 (teller 120, noemer 100)"], Rule(results, "teller-noemer").Sample);
        Assert.All(results, r => Assert.Equal((kpi.Id, PlausibilityRules.Kind, ""), (r.KpiId, r.Kind, r.DatasetId)));
        Assert.DoesNotContain(results, r => r.CheckId is "verandering" or "cbs-vergelijking" or "wijken-gemeente");
    }

    [Fact]
    public void A_declared_band_flags_a_jump_between_periods_of_the_coarsest_grain_and_a_distance_from_CBS()
    {
        var kpi = Catalog.Kpi("jeugd-jongeren-met-jeugdhulp")!;
        Assert.Equal((25m, 3m), (kpi.Plausibility.MaxChangePercent, kpi.Plausibility.MaxBenchmarkDifference));
        var rows = new[]
        {
            Row("GM1690", "2022", 400, 5000, 8), Row("GM1690", "2023", 420, 5000, 8.4m), Row("GM1690", "2024", 600, 5000, 12),
            Row("WK169001", "2023", 10, 100, 10), Row("WK169001", "2024", 30, 100, 30), // districts are too small to judge a change
            Row("GM1690", "2024-01", 10, 50, 20, grain: "month"),
        };
        var cbs = new[] { new BenchmarkFigure { RegionCode = "GM1690", PeriodLabel = "2023", Value = 8.6m }, new BenchmarkFigure { RegionCode = "GM1690", PeriodLabel = "2024", Value = 8.8m } };

        var results = PlausibilityRules.Judge(kpi, rows, cbs, 5);

        var change = Rule(results, "verandering");
        Assert.Equal(["GM1690, 2024: 12 (+42,9 %)"], change.Sample);
        Assert.Equal("1 van 2 gepubliceerde waarden veranderen meer dan 25 % ten opzichte van de periode ervoor.", change.Message);
        var benchmark = Rule(results, "cbs-vergelijking");
        Assert.Equal(["GM1690, 2024: 12 (CBS 8,8)"], benchmark.Sample);
        Assert.Equal(CheckResult.Warning, benchmark.Status);
    }

    [Fact]
    public void Districts_may_not_add_up_to_more_than_their_municipality_beyond_rounding_and_hidden_districts_are_not_judged()
    {
        var kpi = Catalog.Kpi("wmo-beeindigd-volgens-plan")!;
        var rules = kpi with { Plausibility = kpi.Plausibility with { DistrictsWithinMunicipality = true } };
        var rows = new[]
        {
            Row("GM1690", "2023", 100, 200, 50), Row("WK169001", "2023", 55, 100, 55), Row("WK169002", "2023", 55, 100, 55),   // 110 > 100 + 7.5
            Row("GM1690", "2024", 100, 200, 50), Row("WK169001", "2024", 50, 100, 50), Row("WK169002", "2024", 55, 100, 55),   // 105: within rounding
            Row("GM0118", "2024", 100, 200, 50), Row("WK011801", "2024", 150, 100, 150), Row("WK011802", "2024", null, null, null, status: "onderdrukt"),
        };

        var districts = Rule(PlausibilityRules.Judge(rules, rows, [], 5), "wijken-gemeente");

        Assert.Equal(["GM1690, 2023: wijken samen 110, gemeente 100"], districts.Sample);
        Assert.Equal("1 van 2 gemeentecijfers hebben een kleinere teller dan hun wijken samen.", districts.Message);
    }

    [Fact]
    public void A_catalogue_may_switch_a_default_off_and_bad_bounds_are_an_error_with_file_and_line()
    {
        var kpi = Catalog.Kpi("sd-realisatie-ten-opzichte-van-begroting")!;
        Assert.Equal((0m, 150m, false), (kpi.Plausibility.Min, kpi.Plausibility.Max, kpi.Plausibility.NumeratorWithinDenominator));

        using var dir = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(TestEnvironment.ShippedCatalog, "*", SearchOption.AllDirectories))
        {
            var target = dir.Combine(Path.GetRelativePath(TestEnvironment.ShippedCatalog, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var yaml = dir.Combine("kpis", "wmo-beeindigd-volgens-plan.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("\nchangelog:", "\nplausibility:\n  min: 50\n  max: 10\n  maximum: 3\nchangelog:", StringComparison.Ordinal));

        var (_, issues) = CatalogLoader.Load(dir.Path);

        Assert.Contains(issues, i => i.Severity == IssueSeverity.Fout && i.Message.Contains("'min' (50) is groter dan 'max' (10)", StringComparison.Ordinal) && i.At.File.EndsWith("wmo-beeindigd-volgens-plan.yaml", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Severity == IssueSeverity.Fout && i.Message.Contains("maximum", StringComparison.Ordinal));
    }
}
