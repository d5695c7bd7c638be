using System.Text;
using Msd.Ingestion.Cbs;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Cbs.CbsTestSupport;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>The client against a real HTTP server answering in the exact formats of both CBS APIs.</summary>
public sealed class StatLineClientTests
{
    [Fact]
    public async Task A_v3_table_in_three_pages_gives_the_figures_a_user_expects()
    {
        await using var server = await StatLineServer.StartAsync(V3Fixture.Responses());
        using var cache = new TempDirectory();
        var mapping = Shipped.CbsTable("85098NED")!;

        var result = await FetchAsync(server, mapping, cache.Path);
        var rows = CbsSnapshots.IndicatorRows(result.Snapshot, mapping).ToList();

        Assert.Equal((3, 12L), (result.Download.Pages, result.Download.Rows));
        Assert.Equal(12 * 3, rows.Count);
        var deWolden = rows.Single(r => r.RegioCode == "GM1690" && r.PeriodeLabel == "2023JJ00" && r.IndicatorCode == "jeugdhulp-pct");
        Assert.Equal(9.8m, deWolden.Waarde);
        Assert.True(deWolden.Voorlopig);
        Assert.Equal(("V", "1690", "GM", (string?)null), (deWolden.Cijferstatus, deWolden.GemeenteCode, deWolden.RegioNiveau, deWolden.WijkCode));
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (deWolden.PeriodeBegin, deWolden.PeriodeEind));
        Assert.Equal(("CBS", "85098NED", "%", FirstFetch), (deWolden.Bron, deWolden.TabelId, deWolden.Eenheid, deWolden.OpgehaaldOp));

        var final = rows.Single(r => r.RegioCode == "GM1690" && r.PeriodeLabel == "2022JJ00" && r.IndicatorCode == "jeugdhulp-pct");
        Assert.Equal((9.1m, false, "D"), (final.Waarde!.Value, final.Voorlopig, final.Cijferstatus));
        var quarter = rows.Single(r => r.RegioCode == "GM0118" && r.PeriodeLabel == "2024KW01" && r.IndicatorCode == "jeugdhulp-pct");
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31), "V"), (quarter.PeriodeBegin, quarter.PeriodeEind, quarter.Cijferstatus));
        var half = rows.Single(r => r.RegioCode == "NL01" && r.PeriodeLabel == "2024HJ01" && r.IndicatorCode == "jeugdhulp-pct");
        Assert.Equal((new DateOnly(2024, 6, 30), "NV", true, "NL", (string?)null), (half.PeriodeEind, half.Cijferstatus, half.Voorlopig, half.RegioNiveau, half.GemeenteCode));
        var secret = rows.Single(r => r.RegioCode == "GM1690" && r.PeriodeLabel == "2022JJ00" && r.IndicatorCode == "jeugdreclassering-pct");
        Assert.Null(secret.Waarde);
        Assert.All(rows, r => Assert.DoesNotContain(' ', r.RegioCode + r.PeriodeLabel));
    }

    [Fact]
    public async Task The_v3_pages_are_kept_as_received_and_paging_stays_on_the_configured_server()
    {
        await using var server = await StatLineServer.StartAsync(V3Fixture.Responses());
        using var cache = new TempDirectory();

        var result = await FetchAsync(server, Shipped.CbsTable("85098NED")!, cache.Path);

        var snapshot = result.Snapshot;
        Assert.Equal(V3Fixture.Responses()[V3Fixture.Feed + "TypedDataSet|8"], File.ReadAllText(Path.Combine(snapshot, "TypedDataSet", "2.json"), Encoding.UTF8));
        Assert.True(File.Exists(Path.Combine(snapshot, "RegioS.json")));
        var info = CbsSnapshots.Describe(snapshot);
        Assert.Equal(("85098NED", "v3", FirstFetch, (string?)null), (info.TableId, info.Api, info.FetchedAt, info.FetchedAtNote));
        Assert.Contains(server.V3.AbsoluteUri, File.ReadAllText(Path.Combine(snapshot, "manifest.json")), StringComparison.Ordinal);
        Assert.Contains(server.Requests, r => r.StartsWith(V3Fixture.Feed + "TypedDataSet?$format=json&$skip=8", StringComparison.Ordinal));
        Assert.Contains(server.Requests, r => r.StartsWith(V3Fixture.Api + "TypedDataSet?", StringComparison.Ordinal)
            && r.Contains("startswith(RegioS,'GM1690') or", StringComparison.Ordinal) && r.Contains("$top=10000&$skip=0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_v4_table_in_the_long_form_gives_the_total_with_its_status_and_keeps_secret_values_missing()
    {
        await using var server = await StatLineServer.StartAsync(V4Fixture.Responses());
        using var cache = new TempDirectory();
        var mapping = Mapping(V4Fixture.Mapping);

        var result = await FetchAsync(server, mapping, cache.Path);
        var rows = CbsSnapshots.IndicatorRows(result.Snapshot, mapping).ToList();

        Assert.Equal((3, 16L), (result.Download.Pages, result.Download.Rows));
        Assert.Equal(8, rows.Count);
        var hoogeveen = rows.Single(r => r.RegioCode == "GM0118" && r.PeriodeLabel == "2024JJ00" && r.IndicatorCode == "wmo-clienten");
        Assert.Equal((4850m, true, "V", "aantal"), (hoogeveen.Waarde!.Value, hoogeveen.Voorlopig, hoogeveen.Cijferstatus, hoogeveen.Eenheid));
        var secret = rows.Single(r => r.RegioCode == "GM1690" && r.PeriodeLabel == "2024JJ00" && r.IndicatorCode == "wmo-clienten-per-1000");
        Assert.Null(secret.Waarde);
        Assert.All(rows.Where(r => r.PeriodeLabel == "2023JJ00"), r => Assert.Equal("D", r.Cijferstatus));
        Assert.Contains(server.Requests, r => r.StartsWith(V4Fixture.Table + "Observations?$filter=", StringComparison.Ordinal)
            && r.Contains("Measure eq 'M004485'", StringComparison.Ordinal) && r.Contains("TypeMaatwerkvoorziening eq 'T001394'", StringComparison.Ordinal));
        Assert.Contains(server.Requests, r => r == V4Fixture.Table + "Observations?$skip=12");
    }

    [Fact]
    public async Task Rows_follow_the_columns_of_dataset_cbs_indicator()
    {
        await using var server = await StatLineServer.StartAsync(V3Fixture.Responses());
        using var cache = new TempDirectory();
        var mapping = Shipped.CbsTable("85098NED")!;
        var result = await FetchAsync(server, mapping, cache.Path);

        var row = CbsSnapshots.Rows(result.Snapshot, mapping).First();

        Assert.Equal(Shipped.Dataset("cbs_indicator")!.Columns.Select(c => c.Name), CbsSnapshots.Columns);
        Assert.Equal(CbsSnapshots.Columns.Count, row.Length);
        Assert.Equal("NL01", row[1]);
        Assert.IsType<DateOnly>(row[8]);
        Assert.Equal(DateTimeKind.Unspecified, Assert.IsType<DateTime>(row[14]).Kind);
    }
}
