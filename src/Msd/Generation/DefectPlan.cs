using System.Globalization;
using System.Text;

namespace Msd.Generation;

/// <summary>
/// The deliberate imperfections of one municipality and their lines for the manifest (controle/defecten.csv). Record-level
/// defects are drawn at the configured rate and the records they hit are left out of the ground
/// truth (ingestion quarantines them); file- and dataset-level defects occur once per municipality
/// when defects are on. Every defect is listed with its file, position and the layer expected to
/// catch it: "inlezen" (ingestion) or "controle" (msd check).
/// </summary>
internal sealed class DefectPlan(double rate, long seed)
{
    public const string Header = "defect_id,soort,bestand,positie,omschrijving,verwacht_in";

    private readonly HashSet<object> _excluded = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _excludedKeys = [];
    private readonly List<string> _lines = [];

    public bool Enabled => rate > 0;

    public double Rate => rate;

    /// <summary>A stream of draws for one municipality and one kind, independent of the other kinds.</summary>
    public SeededRandom Random(string municipality, string kind) => new(seed, "defecten", municipality, kind);

    /// <summary>Whether this record gets a defect of this kind; the record is then left out of the ground truth.</summary>
    public bool Hit(SeededRandom random, object record, bool excludeFromTruth = true)
    {
        if (!Enabled || !random.Chance(rate))
            return false;
        if (excludeFromTruth)
            _excluded.Add(record);
        return true;
    }

    /// <summary>Leaves out of the ground truth what a value key (not a record of the model) names, such as a declaratie.</summary>
    public void Exclude(object key) => _excludedKeys.Add(key);

    public bool IsExcluded(object record) => _excluded.Contains(record) || _excludedKeys.Contains(record);

    public void Record(string kind, string file, string position, string description, string layer) =>
        _lines.Add(string.Join(',', kind, Quote(file.Replace('\\', '/')), Quote(position), Quote(description), layer));

    /// <summary>Writes this municipality's defects to the run's manifest, numbering on from <paramref name="number"/>.</summary>
    public void WriteTo(StreamWriter manifest, ref int number)
    {
        foreach (var line in _lines)
            manifest.WriteLine("D" + (++number).ToString("D6", CultureInfo.InvariantCulture) + "," + line);
    }

    private static string Quote(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static StreamWriter OpenManifest(string root)
    {
        var writer = new StreamWriter(GeneratedFile.Create(root, "controle/defecten.csv", compress: false), new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Header);
        return writer;
    }
}
