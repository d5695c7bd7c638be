using System.Globalization;

namespace Msd.Generation;

/// <summary>
/// The CBS StatLine tables a monitor imports, filled from the synthetic world: population on
/// 1 January (03759ned), district key figures (Kerncijfers wijken en buurten, one table per year,
/// counts rounded to 5 and 0–7 suppressed as CBS does), youth care indicators (85098NED) and Wmo
/// clients (86050NED). The last year is provisional ("*"), with youth care a few percent lower
/// than the final figure, as CBS revises upwards.
/// </summary>
internal sealed class CbsTables : IDisposable
{
    private static readonly Dictionary<int, string> KwbTables = new()
    {
        [2020] = "84799NED",
        [2021] = "85039NED",
        [2022] = "85318NED",
        [2023] = "85618NED",
        [2024] = "85984NED",
        [2025] = "86165NED",
    };

    private readonly CbsTableWriter _population;
    private readonly CbsTableWriter _youth;
    private readonly CbsTableWriter _wmo;
    private readonly Dictionary<int, CbsTableWriter> _kwb = [];
    private readonly Dictionary<(string Region, int Year), decimal?[]> _youthValues = [];
    private readonly string _root;
    private readonly bool _compress;
    private readonly DateOnly _from;
    private readonly DateOnly _to;

    public CbsTables(string root, bool compress, DateOnly from, DateOnly to)
    {
        (_root, _compress, _from, _to) = (root, compress, from, to);
        _population = new CbsTableWriter(root, "03759ned", "Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio", compress,
            [("BevolkingOp1Januari_1", "Bevolking op 1 januari", "aantal")], "Geslacht", "Leeftijd", "RegioS", "Perioden");
        _youth = new CbsTableWriter(root, "85098NED", "Indicatoren jeugdzorg in natura; gemeenten", compress,
            [("JongerenMetJeugdhulpInNatura_1", "Jongeren met jeugdhulp in natura", "%"), ("JongerenMetJeugdbescherming_3", "Jongeren met jeugdbescherming", "%"),
             ("JongerenMetJeugdreclassering_5", "Jongeren met jeugdreclassering", "%")], "RegioS", "Perioden");
        _wmo = new CbsTableWriter(root, "86050NED", "Wmo-cliënten; type maatwerkvoorziening (detail), regio", compress,
            [("WmoClienten_1", "Wmo-cliënten", "aantal"), ("WmoClientenPer1000Inwoners_2", "Wmo-cliënten per 1 000 inwoners", "per 1 000 inwoners")],
            "TypeMaatwerkvoorziening", "RegioS", "Perioden");
    }

    public void Write(SyntheticWorld world, IReadOnlyList<GroundTruthRow> truth)
    {
        var population = world.Population;
        var region = "GM" + population.Municipality.Code;
        for (var year = _from.Year; year <= _to.Year + 1; year++)
        {
            var day = new DateOnly(year, 1, 1);
            var period = Period(_population, year);
            var regio = _population.Code("RegioS", region, population.Municipality.Name);
            var living = population.People.Where(p => p.LivesThereOn(day)).ToList();
            foreach (var sex in new[] { 0, 1, 2 })
            {
                var ofSex = sex == 0 ? living : [.. living.Where(p => p.Sex == sex)];
                var sexKey = _population.Code("Geslacht", sex switch { 1 => "3000", 2 => "4000", _ => "T001038" }, sex switch { 1 => "Mannen", 2 => "Vrouwen", _ => "Totaal mannen en vrouwen" });
                _population.Row([sexKey, _population.Code("Leeftijd", "10000", "Totaal"), regio, period], [ofSex.Count]);
                foreach (var age in ofSex.GroupBy(p => Math.Min(p.AgeOn(day), 105)).OrderBy(g => g.Key))
                {
                    var label = age.Key == 105 ? "105 jaar of ouder" : string.Create(CultureInfo.InvariantCulture, $"{age.Key} jaar");
                    _population.Row([sexKey, _population.Code("Leeftijd", string.Create(CultureInfo.InvariantCulture, $"{20000 + (age.Key * 100)}"), label), regio, period], [age.Count()]);
                }
            }
        }
        foreach (var row in truth)
        {
            var year = int.Parse(row.Period[..4], CultureInfo.InvariantCulture);
            var provisional = year == _to.Year ? 0.96m : 1m;
            switch (row.KpiId)
            {
                case "jeugd-jongeren-met-jeugdhulp" or "jeugd-jongeren-met-jeugdbescherming" or "jeugd-jongeren-met-jeugdreclassering":
                    YouthRow(row, year, provisional, population.Municipality);
                    break;
                case "wmo-clienten-maatwerk-per-1000":
                    var clients = Round5(row.Numerator);
                    _wmo.Row([_wmo.Code("TypeMaatwerkvoorziening", "T001394", "Totaal Wmo-cliënten"), _wmo.Code("RegioS", region, population.Municipality.Name), Period(_wmo, year)],
                        [clients, clients is { } c && row.Denominator > 0 ? Math.Round(c * 1000 / row.Denominator.Value) : null]);
                    break;
            }
        }
        WriteKwb(world);
    }

    private void YouthRow(GroundTruthRow row, int year, decimal provisional, GeneratedMunicipality municipality)
    {
        var key = ("GM" + municipality.Code, year);
        var values = _youthValues.TryGetValue(key, out var v) ? v : _youthValues[key] = new decimal?[3];
        var index = row.KpiId switch { "jeugd-jongeren-met-jeugdhulp" => 0, "jeugd-jongeren-met-jeugdbescherming" => 1, _ => 2 };
        values[index] = row.Value is { } value ? Math.Round(value * provisional, 1) : null;
        if (values.All(x => x is not null))
        {
            _youth.Row([_youth.Code("RegioS", key.Item1, municipality.Name), Period(_youth, year)], values);
        }
    }

    private void WriteKwb(SyntheticWorld world)
    {
        var population = world.Population;
        for (var year = _from.Year; year <= _to.Year; year++)
        {
            if (!KwbTables.TryGetValue(year, out var id))
                continue;
            if (!_kwb.TryGetValue(year, out var table))
            {
                table = _kwb[year] = new CbsTableWriter(_root, id, string.Create(CultureInfo.InvariantCulture, $"Kerncijfers wijken en buurten {year}"), _compress,
                    [("AantalInwoners_5", "Aantal inwoners", "aantal"), ("k_0Tot15Jaar_8", "0 tot 15 jaar", "aantal"), ("k_65JaarOfOuder_12", "65 jaar of ouder", "aantal"),
                     ("HuishoudensTotaal_28", "Huishoudens totaal", "aantal")], "WijkenEnBuurten");
            }
            var day = new DateOnly(year, 1, 1);
            var living = population.People.Where(p => p.LivesThereOn(day)).ToList();
            foreach (var group in living.GroupBy(p => p.Household.District).OrderBy(g => g.Key))
            {
                var district = population.Municipality.Districts[group.Key];
                table.Row([table.Code("WijkenEnBuurten", district.Code, district.Name)],
                    [Round5(group.Count()), Round5(group.Count(p => p.AgeOn(day) < 15)), Round5(group.Count(p => p.AgeOn(day) >= 65)), Round5(group.Select(p => p.Household).Distinct().Count())]);
            }
        }
    }

    /// <summary>CBS disclosure practice for these tables: round to 5, show 0–7 as secret (null).</summary>
    private static decimal? Round5(decimal count) => count <= 7 ? null : Math.Round(count / 5, MidpointRounding.AwayFromZero) * 5;

    private string Period(CbsTableWriter table, int year) =>
        table.Code("Perioden", string.Create(CultureInfo.InvariantCulture, $"{year}JJ00"), year.ToString(CultureInfo.InvariantCulture), year >= _to.Year ? "Voorlopig" : null);

    public void Dispose()
    {
        _population.Dispose();
        _youth.Dispose();
        _wmo.Dispose();
        foreach (var table in _kwb.Values)
            table.Dispose();
    }
}
