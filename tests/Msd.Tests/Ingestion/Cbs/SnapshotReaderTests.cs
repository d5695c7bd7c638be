using System.IO.Compression;
using Msd.Ingestion.Cbs;
using Msd.Tests.Support;
using static Msd.Tests.Ingestion.Cbs.CbsTestSupport;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>Reading a snapshot folder offline: without a manifest, compressed, damaged, and its content hash.</summary>
public sealed class SnapshotReaderTests
{
    [Fact]
    public void A_folder_without_manifest_is_read_and_says_where_its_fetch_time_comes_from()
    {
        using var dir = new TempDirectory();
        var folder = WriteV3Snapshot(dir);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "DataProperties.json"), new DateTime(2026, 3, 2, 8, 0, 0, 250, DateTimeKind.Utc));

        var info = CbsSnapshots.Describe(folder);
        var rows = CbsSnapshots.IndicatorRows(folder, Shipped.CbsTable("85098NED")!).ToList();

        Assert.True(CbsSnapshots.IsSnapshotFolder(folder));
        Assert.Equal(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), info.FetchedAt);
        Assert.Contains("Geen manifest.json", info.FetchedAtNote, StringComparison.Ordinal);
        Assert.Contains("niet een echte ophaaltijd", info.FetchedAtNote, StringComparison.Ordinal);
        Assert.Equal(36, rows.Count);
        Assert.All(rows, r => Assert.Equal(info.FetchedAt, r.OpgehaaldOp));
    }

    [Fact]
    public void Gzip_pages_read_the_same_as_plain_ones()
    {
        using var dir = new TempDirectory();
        var folder = WriteV3Snapshot(dir);
        var mapping = Shipped.CbsTable("85098NED")!;
        var plain = CbsSnapshots.IndicatorRows(folder, mapping).Select(r => r with { OpgehaaldOp = default }).ToList();
        var page = Path.Combine(folder, "TypedDataSet", "1.json");
        using (var gzip = new GZipStream(File.Create(page + ".gz"), CompressionLevel.Fastest))
            gzip.Write(File.ReadAllBytes(page));
        File.Delete(page);

        var compressed = CbsSnapshots.IndicatorRows(folder, mapping).Select(r => r with { OpgehaaldOp = default }).ToList();

        Assert.Equal(plain, compressed);
    }

    [Fact]
    public void A_damaged_page_is_named_in_the_message()
    {
        using var dir = new TempDirectory();
        var folder = WriteV3Snapshot(dir);
        var page = Path.Combine(folder, "TypedDataSet", "1.json");
        File.WriteAllText(page, """{"odata.metadata":"x","value":[{"ID":4,"RegioS":"GM0118    ",""");

        var error = Assert.Throws<MsdUserException>(() => CbsSnapshots.IndicatorRows(folder, Shipped.CbsTable("85098NED")!).ToList());

        Assert.StartsWith($"Het bestand {page} is geen geldige JSON (regel 1, positie", error.Message, StringComparison.Ordinal);
        Assert.Contains("msd cbs fetch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_named_with_its_file()
    {
        using var dir = new TempDirectory();
        var folder = WriteV3Snapshot(dir);
        var page = Path.Combine(folder, "TypedDataSet", "2.json");
        File.WriteAllText(page, File.ReadAllText(page).Replace("\"JongerenMetJeugdhulpInNatura_1\":9.8", "\"JongerenMetJeugdhulpInNatura_1\":\"negen\"", StringComparison.Ordinal));

        var error = Assert.Throws<MsdUserException>(() => CbsSnapshots.IndicatorRows(folder, Shipped.CbsTable("85098NED")!).ToList());

        Assert.Contains($"Het bestand {page} heeft bij onderwerp 'JongerenMetJeugdhulpInNatura_1' de waarde \"negen\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_that_changed_at_CBS_is_refused()
    {
        using var dir = new TempDirectory();
        var folder = WriteV3Snapshot(dir);
        var properties = Path.Combine(folder, "DataProperties.json");
        File.WriteAllText(properties, File.ReadAllText(properties).Replace("\"Unit\":\"%\",\"Decimals\":1,\"Default\":\"Missing\",\"PresentationType\":\"Relative\"},\n{\"odata.type\":\"Cbs.OData.Topic\",\"ID\":4", "\"Unit\":\"aantal\",\"Decimals\":0,\"Default\":\"Missing\",\"PresentationType\":\"Absolute\"},\n{\"odata.type\":\"Cbs.OData.Topic\",\"ID\":4", StringComparison.Ordinal));

        var error = Assert.Throws<MsdUserException>(() => CbsSnapshots.IndicatorRows(folder, Shipped.CbsTable("85098NED")!).ToList());

        Assert.Contains("Onderwerp 'JongerenMetJeugdhulpInNatura_1' van CBS-tabel 85098NED heeft volgens CBS de eenheid 'aantal', maar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_the_catalogue_does_not_declare_is_a_Dutch_error()
    {
        using var dir = new TempDirectory();
        var folder = WriteV3Snapshot(dir);
        File.WriteAllText(Path.Combine(folder, "TableInfos.json"), """{"value":[{"Identifier":"12345NED","Title":"Onbekend"}]}""");

        var error = Assert.Throws<MsdUserException>(() => CbsSnapshots.MappingFor(folder, Shipped));

        Assert.Contains("is van CBS-tabel 12345NED, maar de catalogus", error.Message, StringComparison.Ordinal);
        Assert.Same(Shipped.CbsTable("85098NED"), CbsSnapshots.MappingFor(WriteV3Snapshot(dir), Shipped));
    }

    [Fact]
    public void The_content_hash_ignores_the_manifest_and_sees_every_byte()
    {
        using var dir = new TempDirectory();
        var folder = WriteV3Snapshot(dir);
        var before = CbsSnapshots.ContentHash(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """{"table":"85098NED","api":"v3","base_url":"x","fetched_at":"2026-05-01T10:15:30Z","pages":3,"rows":12}""");
        var withManifest = CbsSnapshots.ContentHash(folder);
        var page = Path.Combine(folder, "TypedDataSet", "2.json");
        File.WriteAllText(page, File.ReadAllText(page).Replace("9.8", "9.9", StringComparison.Ordinal));

        Assert.Matches("^[0-9a-f]{64}$", before);
        Assert.Equal(before, withManifest);
        Assert.NotEqual(before, CbsSnapshots.ContentHash(folder));
        Assert.False(CbsSnapshots.IsSnapshotFolder(dir.Path));
        Directory.Move(folder, dir.Combine(".85098NED.bezig"));
        Assert.False(CbsSnapshots.IsSnapshotFolder(dir.Combine(".85098NED.bezig")));
    }
}
