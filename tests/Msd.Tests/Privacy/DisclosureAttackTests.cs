using Msd.Computation;
using Msd.Publication;
using Msd.Tests.Computation;
using Msd.Tests.Ingestion;
using Msd.Tests.Support;

namespace Msd.Tests.Privacy;

/// <summary>
/// Plays the attacker on every published table of the default data: with only what is published, try to
/// recover each hidden cell from totals and the other cells (districts → municipality → combined area,
/// categories → total, and for KPIs that add up over time months → quarters → half-years → years).
/// Written apart from the suppression code: it knows only the export contract.
/// </summary>
[Collection(nameof(DefaultDataCollection))]
public sealed class DisclosureAttackTests(DefaultDataFixture data)
{
    [Fact]
    public async Task No_hidden_value_can_be_recovered_from_the_published_values_and_no_shown_count_is_small_or_unrounded()
    {
        var token = TestContext.Current.CancellationToken;
        var db = await data.IngestedAsync<DuckDbTestDatabase>();
        await KpiEngine.ComputeAsync(db, data.Catalog, EngineAreas.Default, null, force: false, null, token);
        var config = new Msd.Workspace.WorkspaceConfig("test", [new("1690", "De Wolden"), new("0118", "Hoogeveen")], EngineAreas.Default.Groups,
            new("duckdb", "x", null), "catalog", "gebiedsindeling.csv", "inbox", null, new(10, 5, "x", false));
        await KpiPublication.PublishAsync(db, data.Catalog, config, null, token);
        var published = (await PublishedValueStore.PublishedAsync(db, null, token)).GroupBy(r => r.KpiId).ToList();

        var computed = await db.ScalarAsync<long>("SELECT count(DISTINCT kpi_id) FROM msd_kpi_value", null, token);
        Assert.Equal(computed, published.Count);
        Assert.True(published.Count >= 60, $"maar {published.Count} KPI's gepubliceerd");
        var hidden = 0;
        foreach (var table in published)
        {
            var kpi = data.Catalog.Kpi(table.Key)!;
            var cells = table.ToDictionary(r => (r.Period, r.AreaCode, r.Breakdown));
            var suppressed = cells.Where(c => c.Value.Status == "onderdrukt").Select(c => c.Key).ToHashSet();
            hidden += suppressed.Count;
            Assert.All(suppressed, u => Assert.StartsWith("niet getoond", cells[u].Reason, StringComparison.Ordinal));
            Assert.All(suppressed, u => Assert.Null(cells[u].Value));
            // values the publication gate holds back (a failing check in a run another test stored) carry no number either:
            // the attacker cannot use them, and must not recover them
            var unknown = cells.Where(c => c.Value.Status is "onderdrukt" or "geblokkeerd").Select(c => c.Key).ToHashSet();
            Assert.All(unknown.Except(suppressed), u => Assert.Equal((null, null, null), (cells[u].Numerator, cells[u].Denominator, cells[u].Value)));

            if (kpi.Type == "share_within_deadline" || kpi.Numerator?.Aggregate is "count" or "count_distinct")
            {
                var threshold = kpi.Privacy.SuppressionThreshold ?? 10;
                var rounding = kpi.Privacy.RoundingBase ?? 5;
                Assert.All(table.Where(r => r.Numerator is not null), r =>
                    Assert.True(r.Numerator % rounding == 0 && (r.Numerator == 0 || r.Numerator >= threshold), $"{kpi.Id} {r.Period} {r.AreaCode} {r.Breakdown}: teller {r.Numerator}"));
            }

            var additiveInTime = kpi.Period.Kind == "period" && (kpi.Type == "share_within_deadline" || kpi.Numerator?.Aggregate is "count" or "sum");
            var recovered = Attack(cells.Keys.ToList(), unknown, additiveInTime);
            Assert.True(recovered.Count == 0, $"{kpi.Id}: terug te rekenen: {string.Join(", ", recovered.Take(5))}");
        }
        Assert.True(hidden > 0, "op deze gegevens hoort iets onderdrukt te worden");
    }

    /// <summary>Repeatedly solves every "total = sum of parts" relation that has exactly one unknown.</summary>
    private static List<(string, string, string)> Attack(List<(string Period, string Area, string Breakdown)> cells, HashSet<(string, string, string)> unknown, bool additiveInTime)
    {
        var known = cells.ToHashSet();
        var relations = Relations(cells, additiveInTime);
        var open = unknown.ToHashSet();
        var recovered = new List<(string, string, string)>();
        for (var progress = true; progress;)
        {
            progress = false;
            foreach (var (total, parts) in relations)
            {
                var members = parts.Append(total).Where(known.Contains).ToList();
                var missing = members.Where(open.Contains).ToList();
                if (missing.Count == 1 && known.Contains(total))
                {
                    open.Remove(missing[0]);
                    recovered.Add(missing[0]);
                    progress = true;
                }
            }
        }
        return recovered;
    }

    private static List<((string, string, string) Total, List<(string, string, string)> Parts)> Relations(List<(string Period, string Area, string Breakdown)> cells, bool additiveInTime)
    {
        var relations = new List<((string, string, string), List<(string, string, string)>)>();
        var byPeriodAndBreakdown = cells.ToLookup(c => (c.Period, c.Breakdown));
        var byPeriodAndArea = cells.Where(c => c.Breakdown.Length > 0).ToLookup(c => (c.Period, c.Area));
        var byAreaAndBreakdown = cells.ToLookup(c => (c.Area, c.Breakdown));
        var periods = cells.Select(c => c.Period).Distinct().ToDictionary(p => p, Span);
        foreach (var total in cells)
        {
            var siblings = byPeriodAndBreakdown[(total.Period, total.Breakdown)];
            if (total.Area.StartsWith("GM", StringComparison.Ordinal))
                relations.Add((total, siblings.Where(c => c.Area.StartsWith("WK" + total.Area[2..], StringComparison.Ordinal)).ToList()));
            if (total.Area == "SWO")
                relations.Add((total, siblings.Where(c => c.Area is "GM1690" or "GM0118").ToList()));
            if (total.Breakdown.Length == 0)
            {
                foreach (var dimension in byPeriodAndArea[(total.Period, total.Area)].GroupBy(c => c.Breakdown.Split('=')[0]))
                    relations.Add((total, dimension.ToList()));
            }
            if (additiveInTime)
            {
                var outer = periods[total.Period];
                foreach (var grain in byAreaAndBreakdown[(total.Area, total.Breakdown)].GroupBy(c => periods[c.Period].Months))
                {
                    var parts = grain.Where(c => periods[c.Period] is var p && p.Months < outer.Months && p.Start >= outer.Start && p.End <= outer.End).ToList();
                    if (parts.Count > 0)
                        relations.Add((total, parts));
                }
            }
        }
        // a total without any parts says nothing about itself
        return [.. relations.Where(r => r.Item2.Count > 0)];
    }

    /// <summary>A period label of the export contract read back: 2024, 2024-H1, 2024-Q3, 2024-05 (a date label is one day).</summary>
    private static (DateOnly Start, DateOnly End, int Months) Span(string label)
    {
        var year = int.Parse(label[..4], System.Globalization.CultureInfo.InvariantCulture);
        var (month, months) = label.Length switch
        {
            4 => (1, 12),
            7 when label[5] == 'H' => (label[6] == '1' ? 1 : 7, 6),
            7 when label[5] == 'Q' => (((label[6] - '1') * 3) + 1, 3),
            7 => (int.Parse(label[5..], System.Globalization.CultureInfo.InvariantCulture), 1),
            _ => (0, 0),
        };
        if (months == 0)
        {
            var day = DateOnly.ParseExact(label, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return (day, day, 0);
        }
        var start = new DateOnly(year, month, 1);
        return (start, start.AddMonths(months).AddDays(-1), months);
    }
}
