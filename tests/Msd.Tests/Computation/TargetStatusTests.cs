using Msd.Catalog;
using Msd.Publication;
using Msd.Tests.Support;

namespace Msd.Tests.Computation;

public sealed class TargetStatusTests
{
    private static readonly KpiDefinition Jeugdhulp = CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog.Kpi("jeugd-jongeren-met-jeugdhulp")!;

    [Fact]
    public void A_total_is_on_or_off_track_against_the_target_of_its_period_in_the_KPI_direction()
    {
        var target = Jeugdhulp.Targets.Single(t => t.Period == "2026" && t.Area is null).Value;

        Assert.Equal((target, TargetStatus.OnTrack), TargetStatus.Of(Jeugdhulp, "2026", "GM1690", "", target - 0.5m));
        Assert.Equal((target, TargetStatus.OffTrack), TargetStatus.Of(Jeugdhulp, "2026", "SWO", "", target + 0.5m));
        Assert.Equal(((decimal?)null, TargetStatus.NoTarget), TargetStatus.Of(Jeugdhulp, "2025", "GM1690", "", 10m));
        Assert.Equal(((decimal?)null, TargetStatus.NoTarget), TargetStatus.Of(Jeugdhulp, "2026", "WK169001", "", 10m));
        Assert.Equal(((decimal?)null, (string?)null), TargetStatus.Of(Jeugdhulp, "2026", "GM1690", "leeftijd=0-3", 10m));
        Assert.Equal((target, (string?)null), TargetStatus.Of(Jeugdhulp, "2026", "GM1690", "", null));
    }
}
