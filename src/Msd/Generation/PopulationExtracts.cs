using System.Globalization;
using System.Text;

namespace Msd.Generation;

/// <summary>
/// The municipality's own population counts from the BRP: inhabitants per month end, district,
/// age and sex, and households per district and type. Aggregates only — no person is in them.
/// These are the denominators of most KPIs; a period's peildatum is its last day.
/// </summary>
internal sealed class PopulationExtracts(string root, bool compress) : IDisposable
{
    private static readonly Encoding Utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
    private readonly StreamWriter _people = Open(root, "registratie/brp-bevolking/bevolking_per_wijk_leeftijd_geslacht.csv", compress,
        "Peildatum;Gemeentecode;Wijkcode;Leeftijd;Geslacht;Aantal inwoners");
    private readonly StreamWriter _households = Open(root, "registratie/brp-bevolking/huishoudens_per_wijk.csv", compress,
        "Peildatum;Gemeentecode;Wijkcode;Huishoudtype;Aantal huishoudens");
    private readonly StreamWriter _areas = Open(root, "gebiedsindeling.csv", compress: false, "postcode;wijk_code;wijk_naam;gemeente_code");

    public long Rows { get; private set; }

    public void Write(SyntheticWorld world, DateOnly from, DateOnly to)
    {
        var population = world.Population;
        var code = population.Municipality.Code;
        foreach (var (postcode, district) in population.Households.Select(h => (h.Postcode, h.District)).Distinct().OrderBy(x => x.Postcode, StringComparer.Ordinal))
            _areas.WriteLine($"{postcode};{population.Municipality.Districts[district].Code};{population.Municipality.Districts[district].Name};{code}");
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            var day = month.AddMonths(1).AddDays(-1);
            var date = day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
            var living = population.People.Where(p => p.LivesThereOn(day)).ToList();
            foreach (var cell in living.GroupBy(p => (p.Household.District, Age: Math.Min(p.AgeOn(day), 105), p.Sex)).OrderBy(g => g.Key))
            {
                _people.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{date};{code};{population.Municipality.Districts[cell.Key.District].Code};{cell.Key.Age};{(cell.Key.Sex == 1 ? "M" : "V")};{cell.Count()}"));
                Rows++;
            }
            foreach (var cell in living.GroupBy(p => p.Household).GroupBy(h => (h.Key.District, h.Key.Type)).OrderBy(g => g.Key))
            {
                _households.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{date};{code};{population.Municipality.Districts[cell.Key.District].Code};{cell.Key.Type};{cell.Count()}"));
                Rows++;
            }
        }
    }

    public void Dispose()
    {
        _people.Dispose();
        _households.Dispose();
        _areas.Dispose();
    }

    private static StreamWriter Open(string root, string path, bool compress, string header)
    {
        var writer = new StreamWriter(GeneratedFile.Create(root, path, compress), Utf8Bom) { NewLine = "\r\n" };
        writer.WriteLine(header);
        return writer;
    }
}
