using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Msd.Catalog;
using Msd.Generation.Extracts;
using Msd.Privacy;
using Msd.Tests.Support;

namespace Msd.Tests.Generation;

/// <summary>The registration extracts must be what the source mappings in catalog/sources say they are.</summary>
public sealed partial class RegistrationExtractsTests(ExtractsFixture fixture) : IClassFixture<ExtractsFixture>
{
    private static readonly KpiCatalog Catalog = CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog;

    public static TheoryData<string> Sources() => [.. Catalog.Sources.Select(s => s.Id)];

    [Fact]
    public void Every_file_belongs_to_exactly_one_source()
    {
        foreach (var file in fixture.Files)
            Assert.Single(Catalog.Sources, s => SourceFileNames.TryMatch(s, Path.GetFileName(file), out _));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void There_is_a_file_per_municipality_and_month_or_year(string id)
    {
        var source = Catalog.Source(id)!;
        var files = FilesOf(source);
        var periods = source.Format == "xlsx" ? 5 : 60;
        Assert.Equal(fixture.World.Worlds.Count * periods, files.Count);
        if (source.ReferenceDate!.From == "file_name")
        {
            var expected = source.Format == "xlsx"
                ? Enumerable.Range(2021, 5).Select(y => new DateOnly(y, 12, 31))
                : Enumerable.Range(0, 60).Select(m => new DateOnly(2021, 1, 1).AddMonths(m + 1).AddDays(-1));
            Assert.Equal(expected.Order(), files.Select(f => f.ReferenceDate!.Value).Distinct().Order());
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_file_is_marked_synthetic_and_has_exactly_the_mapped_columns(string id)
    {
        var source = Catalog.Source(id)!;
        var expected = source.SourceColumns.Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        foreach (var (path, _) in FilesOf(source))
        {
            var file = ExtractFile.Read(path, source);
            Assert.StartsWith(source.SyntheticMarker!, file.FirstLine, StringComparison.Ordinal);
            Assert.Equal(expected, file.Header.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_value_has_the_declared_format_and_a_known_code(string id)
    {
        var source = Catalog.Source(id)!;
        var problems = new List<string>();
        var rows = 0;
        foreach (var (path, _) in FilesOf(source))
        {
            foreach (var row in ExtractFile.Read(path, source).Rows)
            {
                rows++;
                foreach (var column in source.Columns)
                {
                    if (Problem(source, column, row[column.Source.Value]) is { } problem)
                        problems.Add($"{Path.GetFileName(path)}: {column.Source.Value} = '{row[column.Source.Value]}': {problem}");
                }
                if (source.Mutation is { } mutation && !mutation.Codes.Any(c => c.From == row[mutation.Column.Value]))
                    problems.Add($"{Path.GetFileName(path)}: onbekende mutatiecode '{row[mutation.Column.Value]}'");
                if (source.ReferenceDate?.Column is { } dateColumn && !DateOnly.TryParseExact(row[dateColumn.Value], source.ReferenceDate.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    problems.Add($"{Path.GetFileName(path)}: peildatum '{row[dateColumn.Value]}'");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
        Assert.True(rows > 50, $"{id}: maar {rows} regels");
    }

    [Fact]
    public void Windows_1252_files_hold_Dutch_characters_and_utf8_files_start_with_a_bom()
    {
        foreach (var source in Catalog.Sources.Where(s => s.Format == "csv"))
        {
            var files = FilesOf(source).Select(f => File.ReadAllBytes(f.Path)).ToList();
            Assert.All(files, bytes => Assert.Equal(source.Encoding == "utf-8-bom", bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)));
            if (source.Encoding != "windows-1252")
                continue;
            // a file with a character outside ASCII (a name such as Müller, or the header Reden beëindiging) is no UTF-8
            var dutch = files.First(bytes => bytes.Any(b => b >= 0x80));
            Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(dutch));
            Assert.Matches("[ëéüöçÇÖ]", SourceVocabulary.TextEncoding("windows-1252").GetString(dutch));
        }
        var header = ExtractFile.Read(FilesOf(Catalog.Source("bijstand-uitkeringen")!)[0].Path, Catalog.Source("bijstand-uitkeringen")!).Header;
        Assert.Contains("Reden beëindiging", header);
    }

    [Fact]
    public void Decimals_use_a_comma_and_dates_are_written_dd_mm_yyyy()
    {
        var source = Catalog.Source("bijstand-uitkeringen")!;
        var row = ExtractFile.Read(FilesOf(source)[^1].Path, source).Rows.First(r => r["Inkomsten uit arbeid"] == "J");

        Assert.Matches(@"^[0-9]+,[0-9]{2}$", row["Bedrag inkomsten uit arbeid"]);
        Assert.Matches(@"^[0-3][0-9]-[01][0-9]-(19|20)[0-9]{2}$", row["Ingangsdatum"]);
    }

    [Fact]
    public void The_wmo_mutations_rebuild_the_registration()
    {
        var source = Catalog.Source("wmo-meldingen")!;
        var world = fixture.World.Worlds.Single(w => w.Population.Municipality.Code == "0118");
        var state = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (path, _) in FilesOf(source).Where(f => Path.GetFileName(f.Path).Contains("_0118_", StringComparison.Ordinal)))
        {
            foreach (var row in ExtractFile.Read(path, source).Rows)
            {
                var key = row["Zaaknummer"];
                var kind = source.Mutation!.Codes.Single(c => c.From == row["Mutatiesoort"]).To;
                Assert.True(kind == "nieuw" ? state.TryAdd(key, row) : state.ContainsKey(key), $"{kind} {key} in {Path.GetFileName(path)}");
                if (kind == "wijziging")
                    state[key] = row;
                if (kind == "verwijdering")
                    state.Remove(key);
            }
        }

        Assert.Equal(world.WmoMeldingen.Select(m => m.Id).Order(StringComparer.Ordinal), state.Keys.Order(StringComparer.Ordinal));
        var uitkomst = source.Column("Resultaat")!;
        foreach (var melding in world.WmoMeldingen.Where(m => state[m.Id]["Datum afsluiting"].Length > 0))
            Assert.Equal(melding.Uitkomst, uitkomst.Translate(state[melding.Id]["Resultaat"]));
    }

    [Fact]
    public void The_last_bijstand_extract_holds_the_running_benefits()
    {
        var source = Catalog.Source("bijstand-uitkeringen")!;
        var world = fixture.World.Worlds.Single(w => w.Population.Municipality.Code == "1690");
        var last = FilesOf(source).Single(f => f.ReferenceDate == WorldFixture.To && Path.GetFileName(f.Path).Contains("_1690_", StringComparison.Ordinal));

        var running = ExtractFile.Read(last.Path, source).Rows.Count(r => r["Einddatum"].Length == 0);

        Assert.Equal(Calibration.BijstandOn(world, WorldFixture.To), running);
    }

    [Fact]
    public async Task Writing_twice_gives_the_same_bytes_and_compression_only_wraps_them()
    {
        using var dir = new TempDirectory();
        var worlds = fixture.World.Worlds.Take(1).ToList();
        var (from, to) = (new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 29));
        var ct = TestContext.Current.CancellationToken;

        var first = await RegistrationExtracts.WriteAllAsync(worlds, from, to, 42, dir.Combine("a"), compress: false, ct);
        var second = await RegistrationExtracts.WriteAllAsync(worlds, from, to, 42, dir.Combine("b"), compress: false, ct);
        var zipped = await RegistrationExtracts.WriteAllAsync(worlds, from, to, 42, dir.Combine("c"), compress: true, ct);
        var zippedAgain = await RegistrationExtracts.WriteAllAsync(worlds, from, to, 42, dir.Combine("d"), compress: true, ct);

        Assert.Equal(first.Select(Path.GetFileName), second.Select(Path.GetFileName));
        foreach (var (a, b) in first.Zip(second).Concat(zipped.Zip(zippedAgain)))
            Assert.True(File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b)), a);
        foreach (var (plain, gz) in first.Zip(zipped).Where(p => p.Second.EndsWith(".gz", StringComparison.Ordinal)))
        {
            Assert.Equal(Path.GetFileName(plain) + ".gz", Path.GetFileName(gz));
            using var unzip = new System.IO.Compression.GZipStream(File.OpenRead(gz), System.IO.Compression.CompressionMode.Decompress);
            using var copy = new MemoryStream();
            await unzip.CopyToAsync(copy, ct);
            Assert.True(copy.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(plain)), gz);
        }
    }

    [Fact]
    public void Workbooks_carry_the_reference_date_instead_of_the_time_of_writing()
    {
        foreach (var (path, date) in FilesOf(Catalog.Source("financien-iv3")!))
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            Assert.All(zip.Entries, e => Assert.Equal(date!.Value.ToDateTime(TimeOnly.MinValue), e.LastWriteTime.DateTime));
            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void All_extracts_together_stay_a_few_tens_of_megabytes()
    {
        var bytes = fixture.Files.Sum(f => new FileInfo(f).Length);

        // about 52 MB of registration extracts plus about 15 MB of monthly BRP counts per district, age and sex
        Assert.InRange(bytes, 1_000_000, 100_000_000);
    }

    private List<(string Path, DateOnly? ReferenceDate)> FilesOf(SourceMapping source) =>
        [.. fixture.Files
            .Select(f => (Path: f, Ok: SourceFileNames.TryMatch(source, Path.GetFileName(f), out var date), Date: date))
            .Where(f => f.Ok)
            .Select(f => (f.Path, f.Date))
            .OrderBy(f => f.Date).ThenBy(f => f.Path, StringComparer.Ordinal)];

    private static string? Problem(SourceMapping source, SourceColumn column, string value)
    {
        if (value.Length == 0)
            return column.Required ? "verplicht maar leeg" : null;
        var fits = column.Type switch
        {
            "date" => DateOnly.TryParseExact(value, source.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "decimal" when source.Format == "xlsx" => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            "decimal" => DecimalComma().IsMatch(value),
            "integer" => Integer().IsMatch(value),
            "bsn" => Bsn.IsValid(value),
            "postcode" => Postcode().IsMatch(value),
            _ => true,
        };
        if (!fits)
            return $"geen geldige waarde van type {column.Type}";
        return column.Codes.Count > 0 && column.Translate(value) is null ? "code staat niet in 'codes' van de koppeling" : null;
    }

    [GeneratedRegex("^-?[0-9]+(,[0-9]+)?$")]
    private static partial Regex DecimalComma();

    [GeneratedRegex("^-?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex("^[1-9][0-9]{3} ?[A-Z]{2}$")]
    private static partial Regex Postcode();
}
