using System.Text.RegularExpressions;
using Msd.Catalog;
using nietras.SeparatedValues;

namespace Msd.Workspace;

/// <summary>One row of the area table: a postcode (PC4 or PC6) and the CBS district it lies in.</summary>
public sealed record Area(string Postcode, string WijkCode, string WijkNaam, string GemeenteCode);

/// <summary>
/// Postcode → district, as a municipality derives it from BAG/CBS. Ingestion uses it to turn a
/// postcode into a district code; the postcode itself is never stored.
/// </summary>
public sealed partial class AreaTable
{
    private readonly Dictionary<string, Area> _byPostcode;

    private AreaTable(IReadOnlyList<Area> areas)
    {
        Areas = areas;
        _byPostcode = areas.ToDictionary(a => a.Postcode, StringComparer.Ordinal);
    }

    public IReadOnlyList<Area> Areas { get; }

    /// <summary>The district of a postcode: the six-character match first, then its four digits.</summary>
    public Area? Find(string postcode)
    {
        var normal = postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return _byPostcode.TryGetValue(normal, out var exact) ? exact
            : normal.Length >= 4 && _byPostcode.TryGetValue(normal[..4], out var pc4) ? pc4
            : null;
    }

    public static (AreaTable Table, IReadOnlyList<CatalogIssue> Issues) Load(string path, IReadOnlyCollection<string> municipalities)
    {
        var issues = new IssueList();
        var display = CatalogLoader.DisplayPath(path);
        var areas = new List<Area>();
        if (!File.Exists(path))
        {
            issues.Error(new SourceLocation(display, 1, 1), "De gebiedsindeling ontbreekt. Zet het bestand terug of pas 'areas' in msd.yaml aan.");
            return (new AreaTable(areas), issues.Items);
        }
        using var reader = Sep.New(';').Reader(o => o with { Unescape = true }).FromFile(path);
        string[] expected = ["postcode", "wijk_code", "wijk_naam", "gemeente_code"];
        if (!expected.All(reader.Header.ColNames.Contains))
        {
            issues.Error(new SourceLocation(display, 1, 1), $"De kopregel moet de kolommen {string.Join(";", expected)} bevatten, gescheiden door puntkomma's.");
            return (new AreaTable(areas), issues.Items);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            var at = new SourceLocation(display, row.LineNumberFrom, 1);
            var area = new Area(row["postcode"].ToString().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(),
                row["wijk_code"].ToString(), row["wijk_naam"].ToString(), row["gemeente_code"].ToString());
            var problem = !Postcode().IsMatch(area.Postcode) ? $"'{area.Postcode}' is geen postcode: gebruik vier cijfers (7901) of vier cijfers en twee letters (7901AB)."
                : seen.Contains(area.Postcode) ? $"Postcode {area.Postcode} staat meer dan eens in de gebiedsindeling; een postcode hoort bij één wijk."
                : !municipalities.Contains(area.GemeenteCode) ? $"Gemeente {area.GemeenteCode} hoort niet bij deze werkruimte (zie 'municipalities' in msd.yaml)."
                : !WijkCode().IsMatch(area.WijkCode) || !area.WijkCode.AsSpan(2, 4).SequenceEqual(area.GemeenteCode) ? $"'{area.WijkCode}' is geen CBS-wijkcode van gemeente {area.GemeenteCode}: verwacht WK{area.GemeenteCode} gevolgd door twee cijfers."
                : null;
            if (problem is not null)
            {
                issues.Error(at, problem);
                continue;
            }
            seen.Add(area.Postcode);
            areas.Add(area);
        }
        return (new AreaTable(areas), issues.Items);
    }

    [GeneratedRegex("^[1-9][0-9]{3}([A-Z]{2})?$")]
    private static partial Regex Postcode();

    [GeneratedRegex("^WK[0-9]{6}$")]
    private static partial Regex WijkCode();
}
