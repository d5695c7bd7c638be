using Msd.Ingestion.Cbs;
using static Msd.Tests.Ingestion.Cbs.CbsTestSupport;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>The generator's CBS folders are snapshots the catalogue covers: every mapped measure yields rows.</summary>
public sealed class GeneratorSnapshotTests(GeneratorTablesFixture tables) : IClassFixture<GeneratorTablesFixture>
{
    [Fact]
    public void Every_table_the_generator_writes_is_declared_and_yields_rows_for_every_mapped_measure()
    {
        var folders = tables.Folders(compressed: false);

        Assert.Equal(9, folders.Count);
        foreach (var folder in folders)
        {
            Assert.True(CbsSnapshots.IsSnapshotFolder(folder), folder);
            var mapping = CbsSnapshots.MappingFor(folder, Shipped);
            var rows = CbsSnapshots.IndicatorRows(folder, mapping).ToList();
            foreach (var measure in mapping.Measures)
                Assert.Contains(rows, r => r.IndicatorCode == measure.Indicator.Value && r.Waarde is not null);
            Assert.All(rows, r => Assert.Equal(("CBS", mapping.Table), (r.Bron, r.TabelId)));
            Assert.NotNull(CbsSnapshots.Describe(folder).FetchedAtNote);
        }
        Assert.Equal(Shipped.CbsTables.Select(t => t.Table).Order(StringComparer.Ordinal), folders.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Youth_care_of_the_last_year_is_provisional_and_earlier_years_final()
    {
        var folder = tables.Folders(compressed: false).Single(f => f.EndsWith("85098NED", StringComparison.Ordinal));

        var rows = CbsSnapshots.IndicatorRows(folder, Shipped.CbsTable("85098NED")!).ToList();

        Assert.All(rows, r => Assert.Equal(("GM1690", "1690"), (r.RegioCode, r.GemeenteCode)));
        Assert.All(rows.Where(r => r.PeriodeLabel == "2025JJ00"), r => Assert.Equal((true, "V"), (r.Voorlopig, r.Cijferstatus)));
        Assert.All(rows.Where(r => r.PeriodeLabel == "2024JJ00"), r => Assert.Equal((false, "D"), (r.Voorlopig, r.Cijferstatus)));
    }

    [Fact]
    public void District_figures_are_counted_on_1_January_of_their_table_year()
    {
        var folder = tables.Folders(compressed: false).Single(f => f.EndsWith("85618NED", StringComparison.Ordinal));

        var rows = CbsSnapshots.IndicatorRows(folder, Shipped.CbsTable("85618NED")!).ToList();

        Assert.All(rows, r => Assert.Equal(("WK", "1690", r.RegioCode, "2023JJ00"), (r.RegioNiveau, r.GemeenteCode, r.WijkCode!, r.PeriodeLabel)));
        Assert.All(rows, r => Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 1)), (r.PeriodeBegin, r.PeriodeEind)));
        Assert.Contains(rows, r => r.IndicatorCode == "inwoners" && r.Waarde > 1000);
    }

    [Fact]
    public void Compressed_tables_at_national_scale_read_the_same()
    {
        foreach (var (plain, compressed) in tables.Folders(compressed: false).Zip(tables.Folders(compressed: true)))
        {
            var mapping = CbsSnapshots.MappingFor(plain, Shipped);
            Assert.Equal(
                CbsSnapshots.IndicatorRows(plain, mapping).Select(r => r with { OpgehaaldOp = default }),
                CbsSnapshots.IndicatorRows(compressed, mapping).Select(r => r with { OpgehaaldOp = default }));
        }
    }
}
