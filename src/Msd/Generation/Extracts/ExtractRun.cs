using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>
/// One writing of the registration extracts: where they go, which months the run covers, the seed
/// for the details the world model does not hold (names, addresses), and the files written so far.
/// </summary>
internal sealed class ExtractRun(string folder, DateOnly from, DateOnly to, long seed, bool compress)
{
    public const string Marker = "Bron: SYNTHETISCHE TESTDATA - gegenereerd door Monitor Sociaal Domein, geen echte personen of gegevens";

    public string Folder { get; } = folder;

    public long Seed { get; } = seed;

    public bool Compress { get; } = compress;

    public List<string> Files { get; } = [];

    /// <summary>The first day of every month of the run.</summary>
    public IEnumerable<DateOnly> Months()
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            yield return month;
    }

    public DateOnly FirstMonth => new(from.Year, from.Month, 1);

    public DateOnly LastMonth => new(to.Year, to.Month, 1);

    public IEnumerable<int> Years() => Enumerable.Range(from.Year, to.Year - from.Year + 1);

    public CsvExtractWriter OpenCsv(string name, string encoding, IReadOnlyList<string> header)
    {
        var path = Path.Combine(Folder, name + ".csv" + (Compress ? ".gz" : ""));
        Files.Add(path);
        return new CsvExtractWriter(path, encoding, header, Compress);
    }

    public string XlsxPath(string name)
    {
        var path = Path.Combine(Folder, name + ".xlsx");
        Files.Add(path);
        return path;
    }

    public static string MonthName(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly LastDay(DateOnly month) => month.AddMonths(1).AddDays(-1);
}
