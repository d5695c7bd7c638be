using System.Text;

namespace Msd.Generation;

/// <summary>
/// The postcode (PC6) → district table of all generated municipalities, in the workspace's
/// gebiedsindeling.csv format, so a workspace can use it as its area table.
/// </summary>
internal sealed class AreaTableWriter(string root) : IDisposable
{
    private readonly StreamWriter _writer = Open(root);

    public void Write(GeneratedPopulation population)
    {
        var municipality = population.Municipality;
        foreach (var (postcode, district) in population.Households.Select(h => (h.Postcode, h.District)).Distinct().OrderBy(x => x.Postcode, StringComparer.Ordinal))
            _writer.WriteLine($"{postcode};{municipality.Districts[district].Code};{municipality.Districts[district].Name};{municipality.Code}");
    }

    public void Dispose() => _writer.Dispose();

    private static StreamWriter Open(string root)
    {
        var writer = new StreamWriter(GeneratedFile.Create(root, "gebiedsindeling.csv", compress: false), new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("postcode;wijk_code;wijk_naam;gemeente_code");
        return writer;
    }
}
