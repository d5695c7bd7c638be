using Msd.Ingestion;
using Msd.Tests.Support;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>
/// The official iJw and iWmo 3.2 example messages (read from shared/data, never copied) load through the
/// real path, with and without XSD validation; the two that the XSDs reject go to quarantine with their line.
/// </summary>
public abstract class VoorbeeldBerichtTests<TDatabase>
    where TDatabase : ITestDatabase, new()
{
    private static string Istandaarden => Path.Combine(TestEnvironment.SharedData, "istandaarden");

    private static string[] Folders => [Path.Combine(Istandaarden, "ijw-3.2", "voorbeeldberichten"), Path.Combine(Istandaarden, "iwmo-3.2", "voorbeeldberichten")];

    [Fact]
    public async Task All_21_examples_load_without_a_schema_folder()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir, schemas: null);

        var results = await ws.IngestAsync(Folders);

        Assert.Equal(21, results.Count);
        Assert.All(results, r => Assert.Equal((LoadOutcome.Geladen, 1L, 1L), (r.Outcome, r.Read, r.Loaded)));
        Assert.Equal(
            [("300201", "55", "01", "WK038401", "2026-04-01"), ("300202", "55", "02", "WK038401", "2026-04-01")],
            await ws.QueryAsync<(string, string, string, string, string)>(
                "SELECT toewijzing_nummer, productcategorie, verwijzer_type, wijk_code, CAST(toewijzingsdatum AS VARCHAR) FROM ds_jeugdhulp_toewijzing ORDER BY 1"));
        Assert.Equal(
            [("40A12341234", "VOT", null, "2026-04-01", "300201"), ("40A12341235", "VOT", null, "2026-04-01", "300202"), ("9003", "VOW", "1", "2026-04-01", null)],
            await ws.QueryAsync<(string, string, string?, string?, string?)>(
                "SELECT referentie_aanbieder, soort_verzoek, antwoord, CAST(reactiedatum AS VARCHAR), toewijzing_nummer FROM ds_jeugdhulp_verzoek ORDER BY 1"));
        // JW325 rejects RN001–RN003 of the JW323 it answers; RN004 (twice, two months) is granted; WMO323 has no answer yet
        Assert.Equal(
            [("JW", "RN001", true, 0L, "0611"), ("JW", "RN002", true, 0L, "9339"), ("JW", "RN003", true, 0L, "9307"), ("JW", "RN004", false, 21000L, null), ("JW", "RN004", false, 24000L, null)],
            await ws.QueryAsync<(string, string, bool?, long?, string?)>(
                "SELECT wet, product_referentie, afgewezen, toegekend_bedrag, retourcode FROM ds_declaratie WHERE wet = 'JW' ORDER BY 2, 4"));
        Assert.Equal(0L, await ws.CountAsync("SELECT count(*) FROM ds_declaratie WHERE wet = 'WMO' AND afgewezen IS NOT NULL"));
        Assert.Equal(2L, await ws.CountAsync("SELECT count(*) FROM ds_jeugdhulp_levering WHERE reden_beeindiging = '31' AND CAST(einddatum AS VARCHAR) = '2026-07-17'"));
        Assert.Contains(("437", "Header", "8848"), await ws.QueryAsync<(string, string, string)>("SELECT berichtcode, berichtklasse, retourcode FROM ds_berichtretour"));
        await BsnControle.AssertNoBsnStoredAsync(ws, new HashSet<string> { "999900006", "999900018" });
    }

    [Fact]
    public async Task With_the_xsds_the_two_invalid_examples_go_to_quarantine_at_their_line()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir, schemas: Istandaarden);

        var results = await ws.IngestAsync(Folders);

        Assert.Equal(19, results.Sum(r => r.Loaded));
        var fouten = (await ws.QuarantineAsync()).Where(q => q.Ernst == "fout").ToList();
        Assert.Equal(["JW315.xml", "JW318.xml"], fouten.Select(f => f.Positie).Order(StringComparer.Ordinal));
        Assert.Contains(fouten, f => f.Reden.StartsWith("Het bericht voldoet niet aan de XSD van JW315: element ToewijzingEinddatum (regel 44,", StringComparison.Ordinal));
        Assert.Contains(fouten, f => f.Reden.StartsWith("Het bericht voldoet niet aan de XSD van JW318: element RetourCode (regel 33,", StringComparison.Ordinal));
        // the iWmo retours and WMO325 have no public XSD; none are among the examples, so every message was validated
        Assert.DoesNotContain(results, r => r.Message is not null);
    }

    [Fact]
    public async Task The_legacy_iwmo_2_0_examples_are_refused_as_another_release()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir, schemas: null);

        var results = await ws.IngestAsync(Path.Combine(Istandaarden, "iwmo-2.0-legacy", "voorbeeldberichten"));

        Assert.Equal(11, results.Count);
        Assert.All(results, r => Assert.Equal((1L, 0L, 1L), (r.Read, r.Loaded, r.Quarantined)));
        Assert.All(await ws.QuarantineAsync(), q => Assert.StartsWith("Release 2.0 wordt niet ondersteund: dit WMO", q.Reden, StringComparison.Ordinal));
    }

    private static Task<BerichtWerkruimte> Workspace(TempDirectory dir, string? schemas) =>
        BerichtWerkruimte.CreateAsync(new TDatabase(), BerichtWerkruimte.AreaFile(dir, "0384", "0363"), new HashSet<string> { "0384", "0363" }, schemas);
}

public sealed class DuckDbVoorbeeldBerichtTests : VoorbeeldBerichtTests<DuckDbTestDatabase>;

public sealed class PostgresVoorbeeldBerichtTests : VoorbeeldBerichtTests<PostgresTestDatabase>;
