using Msd.Catalog;
using Msd.Privacy;
using Msd.Tests.Support;

namespace Msd.Tests.Privacy;

/// <summary>Which numbers of a KPI disclosure control treats as counts of people.</summary>
public sealed class CountMeasuresTests
{
    private static readonly KpiCatalog Catalog = CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog;

    [Fact]
    public void A_sum_that_counts_people_is_rounded_like_a_count_and_still_needs_enough_records_behind_it()
    {
        // children per grant: one household with ten children must not show up as "10 kinderen"
        var kindpakket = CountMeasures.Of(Catalog.Kpi("armoede-bereik-kindpakket")!, Catalog);
        var amounts = CountMeasures.Of(Catalog.Kpi("wmo-lasten-maatwerk-per-client")!, Catalog);

        Assert.True(kindpakket.NumeratorIsCount);
        Assert.True(kindpakket.NumeratorByCases);
        Assert.False(amounts.NumeratorIsCount);
    }
}
