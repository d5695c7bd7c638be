using System.IO.Compression;
using System.Text;
using Msd.Ingestion;
using Msd.Storage;
using Msd.Tests.Support;

namespace Msd.Tests.Ingestion;

/// <summary>Bad deliveries end in a precise Dutch message and leave the store consistent.</summary>
[Collection(nameof(DefaultDataCollection))]
public sealed class BadInputTests(DefaultDataFixture data) : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly DuckDbTestDatabase _test = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string[] Meldingen => File.ReadAllLines(Path.Combine(data.Root, "registratie", "wmo_meldingen_0118_2021-01.csv"), Encoding.UTF8)[..40];

    [Fact]
    public async Task An_empty_file_is_refused_and_logged()
    {
        var file = _dir.Write("wmo_meldingen_0118_2030-01.csv", "");

        var result = Assert.Single(await IngestAsync(file));

        Assert.Equal(LoadOutcome.Geweigerd, result.Outcome);
        Assert.Contains("leeg", result.Message, StringComparison.Ordinal);
        Assert.Equal("geweigerd", (await LoadLog.RecentAsync(_test.Database, 5, Token)).Single().Status);
        Assert.Equal(0, await _test.Database.ScalarAsync<long>("SELECT count(*) FROM ds_wmo_melding", null, Token));
    }

    [Fact]
    public async Task A_missing_column_is_named()
    {
        var lines = Meldingen;
        lines[1] = lines[1].Replace(";BSN;", ";Burgerservicenummer;", StringComparison.Ordinal);
        var file = Write("wmo_meldingen_0118_2030-02.csv", lines, Encoding.UTF8);

        var result = Assert.Single(await IngestAsync(file));

        Assert.Equal(LoadOutcome.Geweigerd, result.Outcome);
        Assert.Contains("'BSN' ontbreekt", result.Message, StringComparison.Ordinal);
        Assert.Contains("'Burgerservicenummer' staat niet in de bronkoppeling", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_lower_down_than_declared_is_reported()
    {
        string[] lines = [Meldingen[0], "Export Wmo-meldingen januari", .. Meldingen[1..]];
        var file = Write("wmo_meldingen_0118_2030-03.csv", lines, Encoding.UTF8);

        var result = Assert.Single(await IngestAsync(file));

        Assert.Equal(LoadOutcome.Geweigerd, result.Outcome);
        Assert.Contains("Kopregel (regel 2)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_in_another_encoding_than_its_mapping_is_refused_with_the_reason()
    {
        var uitkeringen = File.ReadAllLines(Path.Combine(data.Root, "registratie", "bijstand_uitkeringen_0118_2021-01.csv"), Encoding.Latin1)[..20];
        var asUtf8 = Write("bijstand_uitkeringen_0118_2030-01.csv", uitkeringen, new UTF8Encoding(true));
        var asAnsi = Write("wmo_meldingen_0118_2030-04.csv", Meldingen, Encoding.Latin1);

        var results = await IngestAsync(asUtf8, asAnsi);

        Assert.All(results, r => Assert.Equal(LoadOutcome.Geweigerd, r.Outcome));
        Assert.All(results, r => Assert.Contains("tekenset", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_of_junk_is_skipped_file_by_file_and_a_zip_loads_what_it_knows()
    {
        _dir.Write("junk/notities.txt", "boodschappen");
        File.WriteAllBytes(_dir.Combine("junk", "foto.png"), [0x89, 0x50, 0x4E, 0x47]);
        var zip = _dir.Combine("junk", "levering.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("wmo_meldingen_0118_2030-05.csv").Open(), new UTF8Encoding(true)))
                writer.Write(string.Join("\r\n", Meldingen) + "\r\n");
            using (var writer = new StreamWriter(archive.CreateEntry("LEESMIJ.txt").Open()))
                writer.Write("lees mij");
        }

        var (deliveries, skipped) = DeliveryScanner.Scan([_dir.Combine("junk")], data.Catalog);
        var results = await IngestAsync(_dir.Combine("junk"));

        Assert.Equal(3, skipped.Count);
        Assert.All(skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        var loaded = Assert.Single(results);
        Assert.Equal(LoadOutcome.Geladen, loaded.Outcome);
        Assert.Equal(Meldingen.Length - 2, loaded.Read);
        Assert.Single(deliveries);
    }

    [Fact]
    public async Task A_truncated_gz_file_is_refused_as_damaged()
    {
        var whole = new MemoryStream();
        using (var gz = new GZipStream(whole, CompressionLevel.Optimal, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes(string.Join("\r\n", File.ReadAllLines(Path.Combine(data.Root, "registratie", "wmo_meldingen_0118_2021-01.csv")))));
        var file = _dir.Combine("wmo_meldingen_0118_2030-06.csv.gz");
        File.WriteAllBytes(file, whole.ToArray()[..(int)(whole.Length / 2)]);

        var result = Assert.Single(await IngestAsync(file));

        Assert.Equal(LoadOutcome.Geweigerd, result.Outcome);
        Assert.Contains("beschadigd of onvolledig", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _test.Database.ScalarAsync<long>("SELECT count(*) FROM ds_wmo_melding", null, Token));
    }

    [Fact]
    public async Task A_crash_mid_file_leaves_the_store_as_before_and_a_rerun_completes_it()
    {
        var file = Write("wmo_meldingen_0118_2030-07.csv", File.ReadAllLines(Path.Combine(data.Root, "registratie", "wmo_meldingen_0118_2021-01.csv")), new UTF8Encoding(true));
        var (deliveries, _) = DeliveryScanner.Scan([file], data.Catalog);
        var good = deliveries.Single();
        var broken = good with { Documents = () => [new InputDocument(Path.GetFileName(file), "", () => new FailingStream(File.ReadAllBytes(file), 200_000))] };
        await PrepareAsync();

        await Assert.ThrowsAsync<IOException>(() => new Ingester(_test.Database, data.Context).RunAsync([broken], null, Token));

        Assert.Equal(0, await _test.Database.ScalarAsync<long>("SELECT count(*) FROM ds_wmo_melding", null, Token));
        Assert.Empty(await LoadLog.RecentAsync(_test.Database, 5, Token));
        var rerun = Assert.Single(await new Ingester(_test.Database, data.Context).RunAsync([good], null, Token));
        Assert.Equal(LoadOutcome.Geladen, rerun.Outcome);
        Assert.True(await _test.Database.ScalarAsync<long>("SELECT count(*) FROM ds_wmo_melding", null, Token) > 1000);
    }

    public async ValueTask DisposeAsync()
    {
        await _test.DisposeAsync();
        _dir.Dispose();
    }

    private string Write(string name, IEnumerable<string> lines, Encoding encoding)
    {
        var path = _dir.Combine(name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", encoding);
        return path;
    }

    private async Task PrepareAsync()
    {
        await _test.Database.MigrateAsync(Token);
        await DatasetTables.SyncAsync(_test.Database, data.Catalog, Token);
    }

    private async Task<IReadOnlyList<LoadResult>> IngestAsync(params string[] paths)
    {
        await PrepareAsync();
        var (deliveries, _) = DeliveryScanner.Scan(paths, data.Catalog);
        return await new Ingester(_test.Database, data.Context).RunAsync(deliveries, null, Token);
    }

    /// <summary>A disk or network failure after <paramref name="failAfter"/> bytes.</summary>
    private sealed class FailingStream(byte[] content, int failAfter) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) => Position >= failAfter ? throw new IOException("Schijf weg.") : base.Read(buffer, offset, count);
    }
}
