using Msd.Catalog;
using Msd.Computation;
using Msd.Privacy;
using Msd.Tests.Computation;
using Msd.Tests.Support;

namespace Msd.Tests.Privacy;

/// <summary>Disclosure control on small, hand-made tables where every number can be checked by eye.</summary>
public sealed class DisclosureControlTests
{
    private static readonly KpiCatalog Catalog = CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog;
    private static readonly KpiDefinition Jeugdhulp = Catalog.Kpi("jeugd-jongeren-met-jeugdhulp")!;
    private static readonly SuppressionRule Rule = new(10, 5);
    private static readonly ReportingPeriod Year = ReportingPeriod.Of("year", new DateOnly(2024, 1, 1));

    private static KpiValue Cell(string area, decimal numerator, decimal denominator, string breakdown = "") =>
        new(Jeugdhulp.Id, 1, Year, area, breakdown, numerator, denominator, (long)numerator, KpiValue.ValueOf("percentage", "procent", numerator, denominator), "procent", false);

    private static Dictionary<string, PublishedValue> Apply(params KpiValue[] values) =>
        DisclosureControl.Apply(Jeugdhulp, Catalog, EngineAreas.Default, values, Rule).ToDictionary(v => v.AreaCode + "|" + v.Breakdown);

    [Fact]
    public void Counts_are_rounded_to_five_and_the_rate_is_computed_from_the_rounded_counts()
    {
        var published = Apply(Cell("GM1690", 597, 5796))["GM1690|"];

        Assert.Equal(PublishedValue.Ok, published.Status);
        Assert.Equal(595, published.Numerator);
        Assert.Equal(5795, published.Denominator);
        Assert.Equal(Math.Round(595m * 100 / 5795, 4), published.Value);
    }

    [Fact]
    public void A_small_count_is_hidden_with_its_rate_and_a_reason_and_a_sibling_is_hidden_so_the_total_does_not_give_it_away()
    {
        var published = Apply(
            Cell("GM1690", 120, 1000),
            Cell("WK169001", 7, 300),
            Cell("WK169002", 50, 400),
            Cell("WK169003", 63, 300));

        Assert.Equal(PublishedValue.Suppressed, published["WK169001|"].Status);
        Assert.Null(published["WK169001|"].Value);
        Assert.Null(published["WK169001|"].Numerator);
        Assert.Equal("niet getoond: minder dan 10", published["WK169001|"].Reason);
        // the smallest other district goes too, so 120 − 50 − 63 cannot be done
        Assert.Equal(PublishedValue.Suppressed, published["WK169002|"].Status);
        Assert.Equal(DisclosureControl.SecondaryReason, published["WK169002|"].Reason);
        Assert.Equal(PublishedValue.Ok, published["WK169003|"].Status);
        Assert.Equal(PublishedValue.Ok, published["GM1690|"].Status);
    }

    [Fact]
    public void A_municipality_with_one_district_hides_itself_when_that_district_is_hidden_and_the_pattern_is_stable()
    {
        KpiValue[] values = [Cell("GM1690", 8, 900), Cell("WK169001", 8, 900), Cell("GM0118", 200, 2000), Cell("SWO", 208, 2900)];

        var first = Apply(values);
        var second = Apply([.. values.Reverse()]);

        Assert.Equal(PublishedValue.Suppressed, first["GM1690|"].Status);
        // the group minus Hoogeveen would give De Wolden: Hoogeveen is hidden as well
        Assert.Equal(PublishedValue.Suppressed, first["GM0118|"].Status);
        Assert.Equal(PublishedValue.Ok, first["SWO|"].Status);
        Assert.Equal(first.OrderBy(x => x.Key).Select(x => x.Value.Status), second.OrderBy(x => x.Key).Select(x => x.Value.Status));
    }

    [Fact]
    public void Breakdown_cells_add_up_to_the_total_so_a_single_hidden_category_takes_another_with_it()
    {
        var published = Apply(
            Cell("GM0118", 300, 9000),
            Cell("GM0118", 4, 9000, "productcategorie=41"),
            Cell("GM0118", 96, 9000, "productcategorie=45"),
            Cell("GM0118", 200, 9000, "productcategorie=54"));

        Assert.Equal(PublishedValue.Suppressed, published["GM0118|productcategorie=41"].Status);
        Assert.Equal(PublishedValue.Suppressed, published["GM0118|productcategorie=45"].Status);
        Assert.Equal(PublishedValue.Ok, published["GM0118|productcategorie=54"].Status);
    }

    [Fact]
    public void The_threshold_and_rounding_come_from_the_KPI_when_it_sets_them_otherwise_from_the_workspace()
    {
        var crisis = Catalog.Kpi("shv-crisis-binnen-drie-werkdagen")!;
        var workspace = new Msd.Workspace.PrivacySettings(10, 5, "x", false);

        Assert.Equal(new SuppressionRule(5, 5), SuppressionRule.For(crisis, workspace));
        Assert.Equal(new SuppressionRule(10, 5), SuppressionRule.For(Catalog.Kpi("ip-netto-arbeidsparticipatie")!, workspace));
        Assert.Equal(10, new SuppressionRule(10, 5).Round(7.5m));
        Assert.Equal(0, new SuppressionRule(10, 5).Round(2m));
    }
}
