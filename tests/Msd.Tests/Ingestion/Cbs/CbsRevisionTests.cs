using Msd.Ingestion.Cbs;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Cbs.CbsTestSupport;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>Revision tracking: CBS makes provisional figures final and revises them; a fetch says what changed and never keeps the same figures twice.</summary>
public sealed class CbsRevisionTests
{
    [Fact]
    public void Changed_values_and_statuses_are_reported_figure_by_figure()
    {
        CbsIndicatorRow Row(string region, string period, decimal? value, string status) =>
            new("1690", region, "GM", null, "CBS", "85098NED", "jeugdhulp-pct", period, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), value, "%", status != "D", status, FirstFetch);
        CbsIndicatorRow[] previous = [Row("GM1690", "2022JJ00", 9.1m, "D"), Row("GM1690", "2023JJ00", 9.8m, "V"), Row("GM0118", "2023JJ00", 11.6m, "V"), Row("NL01", "2023JJ00", null, "V")];
        CbsIndicatorRow[] current = [Row("GM1690", "2022JJ00", 9.1m, "D"), Row("GM1690", "2023JJ00", 10.2m, "D"), Row("GM0118", "2023JJ00", 11.6m, "NV"), Row("GM1690", "2024HJ01", 8.4m, "V")];

        var report = CbsRevisions.Compare(previous, current);

        Assert.Equal((2, 1, 1, 1), (report.Revised.Count, report.Added, report.Removed, report.Unchanged));
        var deWolden = report.Revised.Single(r => r.RegioCode == "GM1690");
        Assert.Equal((9.8m, 10.2m, "V", "D", true, true), (deWolden.OldValue!.Value, deWolden.NewValue!.Value, deWolden.OldStatus, deWolden.NewStatus, deWolden.ValueChanged, deWolden.StatusChanged));
        Assert.Equal("2 cijfers herzien (1 met een andere waarde, 1 nu definitief, 1 met een andere voorlopige status), 1 nieuw, 1 niet meer gepubliceerd", report.Summary);
        Assert.Equal("geen cijfers gewijzigd", CbsRevisions.Compare(current, current).Summary);
    }

    [Fact]
    public async Task A_second_fetch_after_CBS_made_2023_final_keeps_both_snapshots_and_reports_the_revisions()
    {
        await using var server = await StatLineServer.StartAsync(V3Fixture.Responses());
        using var cache = new TempDirectory();
        var mapping = Shipped.CbsTable("85098NED")!;
        var first = await FetchAsync(server, mapping, cache.Path);
        server.Responses[V3Fixture.Api + "Perioden|0"] = server.Responses[V3Fixture.Api + "Perioden|0"]
            .Replace("""{"Key":"2023JJ00","Title":"2023*","Description":"","Status":"Voorlopig"}""", """{"Key":"2023JJ00","Title":"2023","Description":"","Status":"Definitief"}""", StringComparison.Ordinal);
        server.Responses[V3Fixture.Feed + "TypedDataSet|8"] = server.Responses[V3Fixture.Feed + "TypedDataSet|8"]
            .Replace("\"JongerenMetJeugdhulpInNatura_1\":9.8", "\"JongerenMetJeugdhulpInNatura_1\":10.2", StringComparison.Ordinal);

        var second = await FetchAsync(server, mapping, cache.Path, FirstFetch.AddMonths(6));

        Assert.False(second.Unchanged);
        Assert.Equal(first.Snapshot, second.Previous);
        Assert.Equal([first.Snapshot, second.Snapshot], CbsCache.Snapshots(cache.Path, "85098NED"));
        Assert.EndsWith("20261101T101530Z", second.Snapshot, StringComparison.Ordinal);
        Assert.Equal(9, second.Revisions!.Revised.Count);
        Assert.StartsWith("9 cijfers herzien (1 met een andere waarde, 9 nu definitief)", second.Revisions.Summary, StringComparison.Ordinal);
        var deWolden = second.Revisions.Revised.Single(r => r.RegioCode == "GM1690" && r.IndicatorCode == "jeugdhulp-pct");
        Assert.Equal((9.8m, 10.2m, "V", "D"), (deWolden.OldValue!.Value, deWolden.NewValue!.Value, deWolden.OldStatus, deWolden.NewStatus));
    }

    [Fact]
    public async Task Fetching_the_same_figures_again_keeps_no_second_snapshot()
    {
        await using var server = await StatLineServer.StartAsync(V3Fixture.Responses());
        using var cache = new TempDirectory();
        var mapping = Shipped.CbsTable("85098NED")!;
        var first = await FetchAsync(server, mapping, cache.Path);

        var second = await FetchAsync(server, mapping, cache.Path, FirstFetch.AddDays(1));

        Assert.True(second.Unchanged);
        Assert.Equal(first.Snapshot, second.Snapshot);
        Assert.Single(CbsCache.Snapshots(cache.Path, "85098NED"));
        Assert.Equal([first.Snapshot], CbsCache.AllSnapshots(cache.Path));
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(cache.Path, "85098NED"), ".*"));
    }
}
