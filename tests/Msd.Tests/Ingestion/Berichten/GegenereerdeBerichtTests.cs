using Msd.Ingestion;
using Msd.Tests.Support;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>
/// A generated year of messages through the real path: every injected defect is caught where the manifest
/// says and nothing else is refused, counts reconcile, no BSN is stored, and the derived datasets give the
/// ground truth's numbers (docs/generator.md). Run on both engines.
/// </summary>
public abstract class GegenereerdeBerichtTests<TDatabase>(GegenereerdeIngest<TDatabase> ingest) : IClassFixture<GegenereerdeIngest<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["ongeldig-bsn"] = "Het BSN voldoet niet aan de 11-proef",
        ["onbekende-productcategorie"] = "Productcategorie 99 bestaat niet",
        ["dubbel-bericht"] = "Dubbel bericht: hetzelfde bericht",
        ["oude-release"] = "Release 3.1 wordt niet ondersteund",
        ["afgekapt-bestand"] = "Het bericht is afgekapt",
    };

    [Fact]
    public async Task Every_message_defect_is_in_quarantine_at_its_position_and_nothing_else_is_refused()
    {
        var (ws, _) = await ingest.IngestedAsync();
        var refused = await ws.QueryAsync<(string File, string Position, string Reason)>(
            "SELECT l.file_path, q.position, q.reason FROM msd_quarantine q JOIN msd_load l ON l.load_id = q.load_id WHERE q.severity = 'fout'");
        var defects = GegenereerdeData.Defects().Where(d => d.Bestand.StartsWith("berichten/", StringComparison.Ordinal)).ToList();
        var expected = defects.Where(d => d.Laag == "inlezen").ToList();

        Assert.All(Reasons.Keys, kind => Assert.Contains(expected, d => d.Soort == kind));
        foreach (var (soort, bestand, positie, _) in expected)
        {
            Assert.True(refused.Any(r => r.File.EndsWith(bestand, StringComparison.Ordinal) && r.Position == positie && r.Reason.StartsWith(Reasons[soort], StringComparison.Ordinal)),
                $"{soort} in {bestand} {positie} staat niet (met de juiste reden) in quarantaine.");
        }
        Assert.Equal(expected.Count, refused.Count);
        // a start without toewijzing is for a later check: it loads
        var orphans = defects.Where(d => d.Soort == "305-zonder-301").ToList();
        Assert.NotEmpty(orphans);
        var loaded = await ws.QueryAsync<(string File, string Position)>("SELECT l.file_path, b.positie FROM bericht b JOIN msd_load l ON l.load_id = b.load_id WHERE b.berichttype = 305");
        Assert.All(orphans, o => Assert.Contains(loaded, l => l.File.EndsWith(o.Bestand, StringComparison.Ordinal) && l.Position == o.Positie));
    }

    [Fact]
    public async Task Every_message_is_counted_once_and_a_second_run_changes_nothing()
    {
        var (ws, results) = await ingest.IngestedAsync();

        Assert.Equal(GegenereerdeData.Zips.Count, results.Count);
        Assert.All(results, r => Assert.Equal(LoadOutcome.Geladen, r.Outcome));
        Assert.Equal(GegenereerdeData.MessageCount, results.Sum(r => r.Read));
        Assert.Equal(results.Sum(r => r.Loaded), await ws.CountAsync("SELECT count(*) FROM bericht"));
        Assert.Equal(0L, await ws.CountAsync("SELECT count(*) FROM (SELECT afzender, berichtcode, identificatie FROM bericht GROUP BY afzender, berichtcode, identificatie HAVING count(*) > 1) d"));

        var again = await ws.IngestAsync(Path.Combine(GegenereerdeData.Root, "berichten"));

        Assert.All(again, r => Assert.Equal(LoadOutcome.AlIngelezen, r.Outcome));
        Assert.Equal(results.Sum(r => r.Loaded), await ws.CountAsync("SELECT count(*) FROM bericht"));
    }

    [Fact]
    public async Task No_bsn_from_the_messages_is_stored_anywhere()
    {
        var (ws, _) = await ingest.IngestedAsync();

        await BsnControle.AssertNoBsnStoredAsync(ws, GegenereerdeData.Bsns());
    }

    [Fact]
    public async Task Retours_answers_and_requests_feed_the_quality_and_rejection_datasets()
    {
        var (ws, _) = await ingest.IngestedAsync();

        // about 2 % of the retours carry a rejection code on the header (the generator's rate)
        var heen = await ws.CountAsync("SELECT count(DISTINCT afzender || '-' || bericht_identificatie) FROM ds_berichtretour");
        var afgekeurd = await ws.CountAsync("SELECT count(DISTINCT afzender || '-' || bericht_identificatie) FROM ds_berichtretour WHERE retourcode NOT IN ('0200', '0233', '8001')");
        Assert.InRange(afgekeurd * 1000 / heen, 10, 40);
        // the answered declarations: rejected prestaties get 0, the rest what was claimed; unanswered ones are not yet assessed
        Assert.True(await ws.CountAsync("SELECT count(*) FROM ds_declaratie WHERE afgewezen AND toegekend_bedrag = 0 AND retourcode IN ('9321', '0611', '9307')") > 0);
        Assert.Equal(0L, await ws.CountAsync("SELECT count(*) FROM ds_declaratie WHERE NOT afgewezen AND toegekend_bedrag <> ingediend_bedrag"));
        Assert.Equal(0L, await ws.CountAsync("SELECT count(*) FROM ds_declaratie WHERE afgewezen IS NULL AND toegekend_bedrag IS NOT NULL"));
        // requests: rejections from 319, and toewijzingen with their referrer from the 315
        Assert.True(await ws.CountAsync("SELECT count(*) FROM ds_jeugdhulp_verzoek WHERE antwoord = '1' AND reden_afwijzing IS NOT NULL AND toewijzing_nummer IS NULL") > 0);
        Assert.True(await ws.CountAsync("SELECT count(*) FROM ds_jeugdhulp_verzoek WHERE soort_verzoek = 'VOT' AND reactiedatum >= verzoekdatum AND toewijzing_nummer IS NOT NULL") > 0);
        Assert.True(await ws.CountAsync("SELECT count(*) FROM ds_jeugdhulp_toewijzing WHERE verwijzer_type = '02'") > 0);
        Assert.True(await ws.CountAsync("SELECT count(*) FROM ds_wmo_verzoek WHERE soort_verzoek = 'VOW' AND reden_verzoek = '2'") > 0);
    }

    [Fact]
    public async Task The_derived_datasets_give_the_ground_truth()
    {
        var (ws, _) = await ingest.IngestedAsync();
        var truth = GegenereerdeData.GroundTruth();
        var measured = await GrondwaarheidMeting.MeasureAsync(ws, 2024);

        var differences = measured
            .Where(m => truth[(m.Key.Kpi, m.Key.Area, "2024")] is var t && (t.Numerator != m.Value.Numerator || (m.Value.Denominator is { } d && d != t.Denominator)))
            .Select(m => $"{m.Key.Kpi} {m.Key.Area}: gemeten {m.Value.Numerator}/{m.Value.Denominator}, grondwaarheid {truth[(m.Key.Kpi, m.Key.Area, "2024")]}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join('\n', differences));
        Assert.Equal(2 * 8, measured.Count);
        Assert.All(measured.Where(m => m.Key.Kpi == "jeugd-jongeren-met-jeugdhulp"), m => Assert.True(m.Value.Numerator > 100));
    }
}

public sealed class DuckDbGegenereerdeBerichtTests(GegenereerdeIngest<DuckDbTestDatabase> ingest) : GegenereerdeBerichtTests<DuckDbTestDatabase>(ingest);

public sealed class PostgresGegenereerdeBerichtTests(GegenereerdeIngest<PostgresTestDatabase> ingest) : GegenereerdeBerichtTests<PostgresTestDatabase>(ingest);
