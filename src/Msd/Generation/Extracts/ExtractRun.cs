using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>
/// One writing of the registration extracts: where they go, which months the run covers, the seed
/// for the details the world model does not hold (names, addresses), and the files written so far.
/// </summary>
internal sealed class ExtractRun(string folder, DateOnly from, DateOnly to, long seed, bool compress, DefectPlan? defects = null)
{
    /// <summary>The run's deliberate imperfections, or null for clean extracts.</summary>
    public DefectPlan? Defects { get; } = defects;

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

    /// <param name="name">File name without extension.</param>
    /// <param name="encoding">utf-8-bom, utf-8 or windows-1252.</param>
    /// <param name="header">The column headers.</param>
    /// <param name="municipality">When given (and defects are on), rows of this file may get injected defects.</param>
    public CsvExtractWriter OpenCsv(string name, string encoding, IReadOnlyList<string> header, string? municipality = null)
    {
        var path = Path.Combine(Folder, name + ".csv" + (Compress ? ".gz" : ""));
        Files.Add(path);
        return new CsvExtractWriter(path, encoding, header, Compress, Defects is { Enabled: true } plan && municipality is not null ? new ExtractDefects(plan, municipality + name, name) : null);
    }

    /// <summary>
    /// One CSV file per month of the run (<c>{source}_{gemeente}_{jjjj-mm}</c>) with a row for every record
    /// that <paramref name="row"/> turns into one for that month (null: not in this month's file).
    /// Full extracts and mutation files differ only in that choice.
    /// </summary>
    public void WriteMonthly<T>(string source, string municipality, string encoding, IReadOnlyList<string> header, IEnumerable<T> records, Func<T, DateOnly, string[]?> row)
    {
        foreach (var month in Months())
        {
            using var file = OpenCsv($"{source}_{municipality}_{MonthName(month)}", encoding, header, municipality);
            foreach (var record in records)
            {
                if (row(record, month) is { } values)
                    file.Write(values);
            }
        }
    }

    /// <summary>The mutation code of a record in a month: <paramref name="added"/> when it was registered, <paramref name="changed"/> when it changed, null otherwise.</summary>
    public static string? MutationCode(MonthlyChange change, string added, string changed) =>
        change switch { MonthlyChange.New => added, MonthlyChange.None => null, _ => changed };

    public string XlsxPath(string name)
    {
        var path = Path.Combine(Folder, name + ".xlsx");
        Files.Add(path);
        return path;
    }

    public static string MonthName(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly LastDay(DateOnly month) => month.AddMonths(1).AddDays(-1);
}
