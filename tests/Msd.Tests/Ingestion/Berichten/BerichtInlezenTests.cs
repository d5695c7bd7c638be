using Msd.Ingestion;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Berichten.TestBerichten;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>
/// What happens to a message that cannot be loaded, and to one that was loaded before: quarantine at its
/// position with a precise Dutch reason, while the rest of the delivery loads. Run on both engines.
/// </summary>
public abstract class BerichtInlezenTests<TDatabase>
    where TDatabase : ITestDatabase, new()
{
    private static readonly TimeOnly Tien = new(10, 0);

    [Fact]
    public async Task A_duplicate_message_counts_once_within_a_file_and_across_loads()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var start = Start("S1", 170001, Dag.AddDays(3), "1", Dag.AddDays(3));
        var eerste = Zip(dir, "a.zip", Toewijzing("T1", 170001, Dag, Tien), start, (start.Entry.Replace(".xml", "_2.xml", StringComparison.Ordinal), start.Xml));
        var tweede = Zip(dir, "b.zip", start, Start("S2", 170001, Dag.AddDays(3), "1", Dag.AddDays(3)));

        var results = await ws.IngestAsync(eerste, tweede);

        Assert.Equal([(3L, 2L, 1L), (2L, 1L, 1L)], results.Select(r => (r.Read, r.Loaded, r.Quarantined)));
        var quarantine = await ws.QuarantineAsync();
        Assert.Equal(["JW305_S1_2.xml", "JW305_S1.xml"], quarantine.Select(q => q.Positie));
        Assert.Contains($"al ingelezen in lading {results[0].LoadId} (JW305_S1.xml)", quarantine[0].Reden, StringComparison.Ordinal);
        Assert.Contains($"al ingelezen in lading {results[0].LoadId} (JW305_S1.xml)", quarantine[1].Reden, StringComparison.Ordinal);
        Assert.Equal(2L, await ws.CountAsync("SELECT count(*) FROM bericht_levering"));
        Assert.Equal(1L, await ws.CountAsync("SELECT count(*) FROM ds_jeugdhulp_levering"));
    }

    [Fact]
    public async Task The_same_zip_again_is_recognised_and_changes_nothing()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var zip = Zip(dir, "a.zip", Toewijzing("T1", 170001, Dag, Tien));
        await ws.IngestAsync(zip);

        var again = Assert.Single(await ws.IngestAsync(zip));

        Assert.Equal(LoadOutcome.AlIngelezen, again.Outcome);
        Assert.Equal(1L, await ws.CountAsync("SELECT count(*) FROM bericht"));
        Assert.Equal(1L, await ws.CountAsync("SELECT count(*) FROM msd_load"));
        Assert.Empty(await ws.QuarantineAsync());
    }

    [Fact]
    public async Task A_truncated_message_is_refused_with_line_column_and_the_open_elements()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var heel = Toewijzing("T1", 170001, Dag, Tien);
        var afgekapt = Changed(Toewijzing("T2", 170002, Dag, Tien), xml => xml[..(xml.Length / 2)]);

        var result = Assert.Single(await ws.IngestAsync(Zip(dir, "a.zip", heel, afgekapt)));

        Assert.Equal((2L, 1L, 1L), (result.Read, result.Loaded, result.Quarantined));
        var (positie, veld, ernst, reden) = Assert.Single(await ws.QuarantineAsync());
        Assert.Equal(("JW301_T2.xml", "fout"), (positie, ernst));
        Assert.StartsWith("Client", veld, StringComparison.Ordinal);
        Assert.Matches(@"^Het bericht is afgekapt: het houdt op bij regel \d+, kolom \d+, terwijl Bericht/Client/\S+ nog niet is afgesloten\.", reden);
    }

    [Fact]
    public async Task Broken_xml_inside_a_message_is_refused_with_its_line()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var kapot = Changed(Toewijzing("T1", 170001, Dag, Tien), xml => xml.Replace("</jw301:Geslacht>", "</jw301:Geslacht", StringComparison.Ordinal));

        await ws.IngestAsync(Zip(dir, "a.zip", kapot));

        var (_, _, _, reden) = Assert.Single(await ws.QuarantineAsync());
        Assert.Matches(@"^Het bericht is geen geldige XML: de fout zit bij regel 2\d, kolom \d+ in Bericht/Client/Geslacht\.", reden);
    }

    [Fact]
    public async Task An_empty_message_file_is_refused_as_empty()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);

        await ws.IngestAsync(Zip(dir, "a.zip", ("JW301_leeg.xml", []), Toewijzing("T1", 170001, Dag, Tien)));

        var (positie, _, _, reden) = Assert.Single(await ws.QuarantineAsync());
        Assert.Equal(("JW301_leeg.xml", "Het bestand is leeg; er is geen bericht ingelezen. Vraag de afzender het bericht opnieuw te sturen."), (positie, reden));
    }

    [Fact]
    public async Task A_message_of_release_3_1_is_refused_before_it_is_parsed()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var oud = Changed(Start("S1", 170001, Dag, "1", Dag), xml => xml.Replace("/3_2/", "/3_1/", StringComparison.Ordinal));

        await ws.IngestAsync(Zip(dir, "a.zip", oud));

        var (positie, veld, _, reden) = Assert.Single(await ws.QuarantineAsync());
        Assert.Equal(("JW305_S1.xml", (string?)null), (positie, veld));
        Assert.StartsWith("Release 3.1 wordt niet ondersteund: dit JW305-bericht heeft de namespace van iJw 3.1", reden, StringComparison.Ordinal);
        Assert.Equal(0L, await ws.CountAsync("SELECT count(*) FROM bericht"));
    }

    [Fact]
    public async Task An_unknown_product_category_is_refused_with_the_code_list()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        var onbekend = Changed(Toewijzing("T1", 170001, Dag, Tien), xml => xml.Replace("Categorie>45<", "Categorie>99<", StringComparison.Ordinal));

        await ws.IngestAsync(Zip(dir, "a.zip", onbekend));

        var (_, veld, _, reden) = Assert.Single(await ws.QuarantineAsync());
        Assert.Equal("Client/ToegewezenProducten/ToegewezenProduct/Product/Categorie", veld);
        Assert.StartsWith("Productcategorie 99 bestaat niet voor de Jeugdwet (JZ020): zie codelijst productcategorie-jeugd", reden, StringComparison.Ordinal);
        Assert.Equal(0L, await ws.CountAsync("SELECT count(*) FROM ds_jeugdhulp_toewijzing"));
    }

    [Fact]
    public async Task A_bsn_failing_the_11_proef_is_refused_without_repeating_it()
    {
        using var dir = new TempDirectory();
        await using var ws = await Workspace(dir);
        const string fout = "999900007";

        await ws.IngestAsync(Zip(dir, "a.zip", Toewijzing("T1", 170001, Dag, Tien, persoonBsn: fout)));

        var (_, veld, _, reden) = Assert.Single(await ws.QuarantineAsync());
        Assert.Equal("Client/Bsn", veld);
        Assert.StartsWith("Het BSN voldoet niet aan de 11-proef", reden, StringComparison.Ordinal);
        Assert.DoesNotContain(fout, reden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_of_a_municipality_outside_the_workspace_is_refused()
    {
        using var dir = new TempDirectory();
        await using var ws = await BerichtWerkruimte.CreateAsync(new TDatabase(), BerichtWerkruimte.AreaFile(dir, "1690"), new HashSet<string> { "1690" }, null);

        await ws.IngestAsync(Zip(dir, "a.zip", Toewijzing("T1", 170001, Dag, Tien)));

        var (_, veld, _, reden) = Assert.Single(await ws.QuarantineAsync());
        Assert.Equal(("Header/Afzender", "Gemeente 0118 hoort niet bij deze werkruimte (zie 'municipalities' in msd.yaml); het bericht is niet ingelezen."), (veld, reden));
    }

    private static Task<BerichtWerkruimte> Workspace(TempDirectory dir) =>
        BerichtWerkruimte.CreateAsync(new TDatabase(), BerichtWerkruimte.AreaFile(dir, Gemeente), new HashSet<string> { Gemeente }, null);
}

public sealed class DuckDbBerichtInlezenTests : BerichtInlezenTests<DuckDbTestDatabase>;

public sealed class PostgresBerichtInlezenTests : BerichtInlezenTests<PostgresTestDatabase>;
