using Msd.Acceptance;
using Msd.Catalog;
using Msd.Tests.Support;

namespace Msd.Tests.Acceptance;

/// <summary>The shipped acceptance cases, run directly through the runner on the real engine and publication.</summary>
public sealed class AcceptanceRunnerTests
{
    private static readonly Lazy<KpiCatalog> Shipped = new(() => CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog);

    [Fact]
    public async Task Every_shipped_case_passes()
    {
        var run = await AcceptanceRunner.RunAsync(Shipped.Value, null, null, TestContext.Current.CancellationToken);

        Assert.True(run.Results.Count >= 30, $"{run.Results.Count} gevallen");
        Assert.True(run.Failed == 0, string.Join('\n', run.Results.Where(r => !r.Passed).Select(r => $"{r.At} {r.KpiId}/{r.CaseId}: {r.Explanation}")));
    }

    [Fact]
    public async Task A_wrong_expectation_fails_with_what_was_expected_and_what_was_computed()
    {
        var catalog = Shipped.Value;
        var suite = catalog.AcceptanceSuites.Single(s => s.KpiId.Value == "shv-crisis-binnen-drie-werkdagen");
        var right = suite.Cases.Single(c => c.Id == "vrijdag-voor-tweede-pinksterdag");
        var at = right.Expected.At;
        var wrong = right with { Expected = right.Expected with { Exact = right.Expected.Exact with { Numerator = new Located<decimal>(6, at) } } };
        await using var database = await AcceptanceRunner.OpenAsync(catalog, TestContext.Current.CancellationToken);

        var result = await AcceptanceRunner.RunCaseAsync(database, catalog, catalog.Kpi(suite.KpiId.Value)!, wrong, TestContext.Current.CancellationToken);

        Assert.False(result.Passed);
        Assert.Equal("mislukt", result.Outcome);
        Assert.StartsWith("teller: verwacht 6, kreeg 5 (berekend: teller 5, noemer 10, waarde 50; getoond", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_disclosure_outcome_names_the_reason()
    {
        var catalog = Shipped.Value;
        var right = catalog.AcceptanceSuites.Single(s => s.KpiId.Value == "shv-uitval").Cases[0];
        var wrong = right with { Expected = right.Expected with { Disclosure = right.Expected.Disclosure! with { Value = "getoond" } } };
        await using var database = await AcceptanceRunner.OpenAsync(catalog, TestContext.Current.CancellationToken);

        var result = await AcceptanceRunner.RunCaseAsync(database, catalog, catalog.Kpi("shv-uitval")!, wrong, TestContext.Current.CancellationToken);

        Assert.False(result.Passed);
        Assert.Contains("onthullingsbeheer: verwacht getoond, kreeg onderdrukt (niet getoond: minder dan 5)", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_shipped_KPI_has_a_case_and_one_without_is_listed()
    {
        var catalog = Shipped.Value;
        var gap = catalog.Kpis.Where(k => k.Status != "vervallen").Select(k => k.Id)
            .Except(catalog.AcceptanceSuites.Select(s => s.KpiId.Value)).Order(StringComparer.Ordinal).ToList();
        Assert.True(gap.Count == 0, $"{gap.Count} KPI's zonder acceptatiegeval: {string.Join(", ", gap)}");

        var withoutOne = catalog with { AcceptanceSuites = [.. catalog.AcceptanceSuites.Where(s => s.KpiId.Value != "shv-uitval")] };
        var run = await AcceptanceRunner.RunAsync(withoutOne, "shv-uitval", null, TestContext.Current.CancellationToken);

        Assert.Empty(run.Results);
        Assert.Equal(["shv-uitval"], run.KpisWithoutCases);
    }
}
