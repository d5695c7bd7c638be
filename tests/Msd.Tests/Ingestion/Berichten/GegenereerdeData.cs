using System.IO.Compression;
using System.Text.RegularExpressions;
using Msd.Generation;
using nietras.SeparatedValues;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>
/// A generated data set (De Wolden and Hoogeveen, 2024, defects at 1 % so every message defect kind occurs),
/// made once per test run, with what the generator says about it: the defect manifest and the ground truth.
/// </summary>
internal static partial class GegenereerdeData
{
    private static readonly Lazy<string> Data = new(Generate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Root => Data.Value;

    public static IReadOnlyList<string> Zips => Directory.GetFiles(Path.Combine(Root, "berichten"), "*.zip", SearchOption.AllDirectories);

    /// <summary>Every BSN in the messages, read from the XML as it was delivered.</summary>
    public static IReadOnlySet<string> Bsns()
    {
        var bsns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var zip in Zips)
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                foreach (Match match in Bsn().Matches(reader.ReadToEnd()))
                    bsns.Add(match.Groups[1].Value);
            }
        }
        return bsns;
    }

    public static int MessageCount => Zips.Sum(z =>
    {
        using var archive = ZipFile.OpenRead(z);
        return archive.Entries.Count;
    });

    /// <summary>controle/defecten.csv: soort, bestand, positie, verwacht_in.</summary>
    public static IReadOnlyList<(string Soort, string Bestand, string Positie, string Laag)> Defects()
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(Root, "controle", "defecten.csv"));
        return [.. reader.Enumerate(r => (r["soort"].ToString(), r["bestand"].ToString(), r["positie"].ToString(), r["verwacht_in"].ToString()))];
    }

    /// <summary>controle/grondwaarheid.csv: the true numerator and denominator per KPI, area and period.</summary>
    public static IReadOnlyDictionary<(string Kpi, string Area, string Period), (decimal Numerator, decimal? Denominator)> GroundTruth()
    {
        using var reader = Sep.Reader().FromFile(Path.Combine(Root, "controle", "grondwaarheid.csv"));
        var rows = new Dictionary<(string, string, string), (decimal, decimal?)>();
        foreach (var row in reader)
        {
            var denominator = row["denominator"].ToString();
            rows[(row["kpi_id"].ToString(), row["area_code"].ToString(), row["period"].ToString())] =
                (row["numerator"].Parse<decimal>(), denominator.Length == 0 ? null : decimal.Parse(denominator, System.Globalization.CultureInfo.InvariantCulture));
        }
        return rows;
    }

    private static string Generate()
    {
        var root = Path.Combine(Path.GetTempPath(), "msd-tests", "berichten-" + Guid.NewGuid().ToString("N"));
        Generator.Run(new GeneratorOptions(root, 11, GeneratorScale.Gemeenten, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 0.01, null));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // the OS cleans the temp folder
            }
        };
        return root;
    }

    [GeneratedRegex(@"Bsn>(\d{9})<")]
    private static partial Regex Bsn();
}
