using Msd.Ingestion;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Berichten.TestBerichten;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>
/// The processing rules of istandaarden.md §7 on hand-made messages, through the real ingest path:
/// versions of a toewijzing, deletion, start corrections, temporary stops. Written once, run on DuckDB
/// and PostgreSQL (the sealed subclasses at the end).
/// </summary>
public abstract class BerichtRegelTests<TDatabase>
    where TDatabase : ITestDatabase, new()
{
    private static readonly TimeOnly Tien = new(10, 0);

    [Fact]
    public async Task A_resent_toewijzing_is_one_current_row_counting_its_versions()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        // the newer version arrives first: the order of delivery does not matter, the Toewijzingsdatum + -tijd does
        var nieuw = Zip(dir, "a.zip", Toewijzing("T2", 170001, Dag.AddDays(40), Tien, einde: Dag.AddDays(400), reden: "04"));
        var oud = Zip(dir, "b.zip", Toewijzing("T1", 170001, Dag, Tien, einde: Dag.AddDays(90)));

        var results = await ws.IngestAsync(nieuw, oud);

        Assert.All(results, r => Assert.Equal(LoadOutcome.Geladen, r.Outcome));
        var rows = await ws.QueryAsync<(string Nummer, long Versie, string Datum, string Wijziging, string Einde, string Reden, string Wijk, string Verwijzer, string Client)>(
            """
            SELECT toewijzing_nummer, versie, CAST(toewijzingsdatum AS VARCHAR), CAST(wijzigingsdatum AS VARCHAR), CAST(einddatum AS VARCHAR),
                reden_wijziging, wijk_code, verwijzer_type, client_id
            FROM ds_jeugdhulp_toewijzing
            """);
        var row = Assert.Single(rows);
        Assert.Equal(("170001", 2L, "2025-03-03", "2025-04-12", "2026-04-07", "04", "WK011801", "01"), (row.Nummer, row.Versie, row.Datum, row.Wijziging, row.Einde, row.Reden, row.Wijk, row.Verwijzer));
        Assert.Equal(ws.Context.Pseudonyms.Bsn(Bsn), row.Client);
        Assert.Equal(results[0].LoadId, await ws.CountAsync("SELECT load_id FROM ds_jeugdhulp_toewijzing"));
    }

    [Fact]
    public async Task A_toewijzing_deleted_with_RedenWijziging_13_is_gone_and_its_start_has_no_toewijzing()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var zip = Zip(dir, "a.zip",
            Toewijzing("T1", 170001, Dag, Tien, einde: Dag.AddDays(90)),
            Toewijzing("T2", 170002, Dag, Tien, einde: Dag.AddDays(90)),
            Toewijzing("T3", 170002, Dag.AddDays(2), Tien, einde: Dag, reden: "13"));

        await ws.IngestAsync(zip);

        Assert.Equal(["170001"], await ws.QueryAsync<string>("SELECT toewijzing_nummer FROM ds_jeugdhulp_toewijzing"));
        Assert.Equal(3L, await ws.CountAsync("SELECT count(*) FROM bericht_toewijzing"));
    }

    [Fact]
    public async Task A_deprecated_RedenWijziging_01_is_loaded_with_a_warning()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var zip = Zip(dir, "a.zip", Toewijzing("T1", 170001, Dag, Tien, einde: Dag.AddDays(90)), Toewijzing("T2", 170001, Dag.AddDays(5), Tien, einde: Dag.AddDays(60), reden: "01"));

        var result = Assert.Single(await ws.IngestAsync(zip));

        Assert.Equal((2L, 0L, 1L), (result.Loaded, result.Quarantined, result.Warned));
        var warning = Assert.Single(await ws.QuarantineAsync());
        Assert.Equal(("JW301_T2.xml", "Client/ToegewezenProducten/ToegewezenProduct/RedenWijziging", "waarschuwing"), (warning.Positie, warning.Veld, warning.Ernst));
        Assert.StartsWith("RedenWijziging 01 is vervallen", warning.Reden, StringComparison.Ordinal);
        Assert.Equal(["01"], await ws.QueryAsync<string>("SELECT reden_wijziging FROM ds_jeugdhulp_toewijzing"));
    }

    [Fact]
    public async Task A_start_withdrawn_with_status_3_and_sent_again_is_one_start()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var fout = Dag.AddDays(9);
        var goed = Dag.AddDays(4);
        var zip = Zip(dir, "a.zip",
            Toewijzing("T1", 170001, Dag, Tien, einde: Dag.AddDays(300)),
            Start("S1", 170001, fout, "1", fout),
            Start("S2", 170001, fout, "3", fout.AddDays(6)),
            Start("S3", 170001, goed, "1", fout.AddDays(6)));

        await ws.IngestAsync(zip);

        var rows = await ws.QueryAsync<(string Begin, bool Eerste, string Toewijzingsdatum, string Status, string Wijk)>(
            "SELECT CAST(begindatum AS VARCHAR), eerste_start, CAST(toewijzingsdatum AS VARCHAR), status_aanlevering, wijk_code FROM ds_jeugdhulp_levering");
        Assert.Equal([("2025-03-07", true, "2025-03-03", "1", "WK011801")], rows);
    }

    [Fact]
    public async Task A_temporary_stop_closes_one_delivery_period_and_the_restart_opens_the_next()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var (begin, pauze, hervat, einde) = (Dag.AddDays(3), Dag.AddDays(60), Dag.AddDays(90), Dag.AddDays(200));
        var zip = Zip(dir, "a.zip",
            Toewijzing("T1", 170001, Dag, Tien, einde: Dag.AddDays(300)),
            Start("S1", 170001, begin, "1", begin),
            Stop("P1", 170001, begin, "20", pauze, pauze),
            Start("S2", 170001, hervat, "1", hervat),
            Stop("P2", 170001, hervat, "31", einde, einde));

        await ws.IngestAsync(zip);

        var rows = await ws.QueryAsync<(string Begin, string Einde, string Reden, bool Eerste)>(
            "SELECT CAST(begindatum AS VARCHAR), CAST(einddatum AS VARCHAR), reden_beeindiging, eerste_start FROM ds_jeugdhulp_levering ORDER BY begindatum");
        Assert.Equal([("2025-03-06", "2025-05-02", "20", true), ("2025-06-01", "2025-09-19", "31", false)], rows);
    }

    [Fact]
    public async Task A_withdrawn_stop_leaves_the_delivery_open()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var begin = Dag.AddDays(3);
        var zip = Zip(dir, "a.zip",
            Toewijzing("T1", 170001, Dag, Tien, einde: Dag.AddDays(300)),
            Start("S1", 170001, begin, "1", begin),
            Stop("P1", 170001, begin, "31", Dag.AddDays(50), Dag.AddDays(50)),
            Stop("P2", 170001, begin, "31", Dag.AddDays(50), Dag.AddDays(52), status: "3"));

        await ws.IngestAsync(zip);

        Assert.Equal([("2025-03-06", (string?)null)], await ws.QueryAsync<(string, string?)>("SELECT CAST(begindatum AS VARCHAR), reden_beeindiging FROM ds_jeugdhulp_levering"));
    }

    private static Task<BerichtWerkruimte> Workspace(TempDirectory dir) =>
        BerichtWerkruimte.CreateAsync(new TDatabase(), BerichtWerkruimte.AreaFile(dir, Gemeente), new HashSet<string> { Gemeente }, null);
}

public sealed class DuckDbBerichtRegelTests : BerichtRegelTests<DuckDbTestDatabase>;

public sealed class PostgresBerichtRegelTests : BerichtRegelTests<PostgresTestDatabase>;
