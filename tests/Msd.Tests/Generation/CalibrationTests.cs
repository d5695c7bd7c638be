using Msd.Privacy;

namespace Msd.Tests.Generation;

/// <summary>The synthetic world must look like the real municipalities (docs/generator.md lists the sources of each range).</summary>
public sealed class CalibrationTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    public static TheoryData<int> Years() => [2022, 2023, 2024, 2025];

    [Fact]
    public void Inhabitants_are_close_to_the_real_figures()
    {
        foreach (var world in fixture.Worlds)
        {
            var inhabitants = world.Population.CountOn(new DateOnly(2024, 1, 1));
            Assert.InRange(inhabitants, world.Population.Municipality.Inhabitants * 0.93, world.Population.Municipality.Inhabitants * 1.07);
        }
    }

    [Fact]
    public void Every_bsn_passes_the_11_proef_and_is_unique()
    {
        var bsns = fixture.Worlds.SelectMany(w => w.Population.People).Select(p => p.Bsn).ToList();
        Assert.All(bsns, b => Assert.True(Bsn.IsValid(b), b));
        Assert.Equal(bsns.Count, bsns.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Jeugdhulp_reaches_11_to_14_percent_of_young_people(int year)
    {
        foreach (var world in fixture.Worlds)
        {
            var share = Calibration.JeugdhulpShare(world, year);
            Assert.InRange(share, 9.5, 14.5);
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Wmo_clients_and_huishoudelijke_hulp_per_1000_match_Hoogeveen(int year)
    {
        var hoogeveen = fixture.Worlds.Single(w => w.Population.Municipality.Code == "0118");
        Assert.InRange(Calibration.WmoPer1000(hoogeveen, year, category: null), 70, 100);
        Assert.InRange(Calibration.WmoPer1000(hoogeveen, year, category: "01"), 35, 58);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Bijstand_is_about_26_per_1000_aged_15_and_over(int year)
    {
        var combined = fixture.Worlds.Sum(w => Calibration.BijstandOn(w, new DateOnly(year, 12, 31)));
        var aged15 = fixture.Worlds.Sum(w => w.Population.CountOn(new DateOnly(year, 12, 31), p => p.AgeOn(new DateOnly(year, 12, 31)) >= 15));
        Assert.InRange(1000.0 * combined / aged15, 20, 32);
    }
}
