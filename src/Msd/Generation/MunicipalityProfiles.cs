using System.Globalization;

namespace Msd.Generation;

/// <summary>
/// The municipalities a generation run covers. The default pair uses the real villages and town
/// districts of De Wolden and Hoogeveen; larger scales read the CBS municipality list and draw
/// sizes from a log-normal distribution fitted to Dutch municipalities (median about 28,000,
/// total about 17.9 million; see docs/generator.md).
/// </summary>
internal static class MunicipalityProfiles
{
    public static IReadOnlyList<GeneratedMunicipality> Default() =>
    [
        new("1690", "De Wolden", "Drenthe", 24_600,
        [
            new("WK169000", "Zuidwolde", ["7921", "7922"], 6_300, 0.95),
            new("WK169001", "Ruinerwold", ["7961", "7962"], 3_700, 0.9),
            new("WK169002", "Ruinen", ["7963"], 3_900, 1.0),
            new("WK169003", "De Wijk", ["7957"], 4_200, 0.95),
            new("WK169004", "Koekange", ["7958"], 1_900, 1.0),
            new("WK169005", "Echten", ["7932"], 1_100, 0.9),
            new("WK169006", "IJhorst en Linde", ["7955", "7964"], 1_600, 1.0),
            new("WK169007", "Kerkenveld, Alteveer en Veeningen", ["7924", "7925"], 1_900, 0.95),
        ], Ageing: 1.25, ServiceLevel: 0.9),
        new("0118", "Hoogeveen", "Drenthe", 56_000,
        [
            new("WK011800", "Hoogeveen-Centrum", ["7901"], 5_600, 1.35),
            new("WK011801", "Krakeel", ["7902", "7903"], 7_800, 1.1),
            new("WK011802", "Bentinckspark en Trasselt", ["7904", "7909"], 6_200, 1.0),
            new("WK011803", "Erflanden", ["7905"], 7_100, 1.2),
            new("WK011804", "Grünewald en De Weide", ["7906", "7907"], 6_900, 0.9),
            new("WK011805", "Wolfsbos", ["7908"], 6_600, 1.4),
            new("WK011806", "Noordscheschut", ["7911"], 1_900, 0.9),
            new("WK011807", "Nieuweroord", ["7912"], 900, 0.9),
            new("WK011808", "Hollandscheveld", ["7913"], 5_700, 0.85),
            new("WK011809", "Fluitenberg", ["7914"], 900, 0.8),
            new("WK011810", "Elim", ["7916"], 1_600, 0.85),
            new("WK011811", "Nieuwlande", ["7917"], 800, 0.85),
            new("WK011812", "Pesse", ["7933"], 1_700, 0.8),
            new("WK011813", "Tiendeveen", ["7936"], 800, 0.8),
        ], Ageing: 1.1, ServiceLevel: 1.1),
    ];

    /// <summary>Inhabitants the drawn sizes are scaled to: the Netherlands (CBS, 1-1-2025) and Drenthe.</summary>
    private const int Netherlands = 17_940_000;
    private const int Drenthe = 500_000;

    /// <summary>All municipalities of a CBS gemeentecodes list (`gemeentecode;gemeentenaam;provincie;…`), optionally one province.</summary>
    public static IReadOnlyList<GeneratedMunicipality> FromCbsList(string path, string? province, long seed)
    {
        var drawn = Draw(path, province, seed);
        // scale the drawn sizes so the total matches the real population; the real figures stay as they are
        var target = province is null ? Netherlands : province == "Drenthe" ? Drenthe : drawn.Sum(d => d.Municipality.Inhabitants);
        var fixedSize = drawn.Where(d => !d.Drawn).Sum(d => (long)d.Municipality.Inhabitants);
        var drawnSize = drawn.Where(d => d.Drawn).Sum(d => (long)d.Municipality.Inhabitants);
        var factor = drawnSize == 0 ? 1.0 : Math.Max(0.1, (target - fixedSize) / (double)drawnSize);
        return [.. drawn.Select(d => d.Drawn ? Resized(d.Municipality, (int)Math.Round(d.Municipality.Inhabitants * factor)) : d.Municipality)];
    }

    private static GeneratedMunicipality Resized(GeneratedMunicipality municipality, int inhabitants) =>
        municipality with { Inhabitants = Math.Max(1_000, inhabitants) };

    private static List<(GeneratedMunicipality Municipality, bool Drawn)> Draw(string path, string? province, long seed)
    {
        var known = Default().ToDictionary(m => m.Code, StringComparer.Ordinal);
        // PC4 areas are handed out in list order from one pool, skipping the real ones, so no two municipalities share one
        var used = known.Values.SelectMany(m => m.Districts).SelectMany(d => d.Postcodes).ToHashSet(StringComparer.Ordinal);
        var nextPc4 = 1000;
        string NextPc4()
        {
            while (used.Contains(nextPc4.ToString(CultureInfo.InvariantCulture)))
                nextPc4++;
            return (nextPc4++).ToString(CultureInfo.InvariantCulture);
        }
        var result = new List<(GeneratedMunicipality, bool)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 1;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            lineNumber++;
            var parts = line.Split(';');
            if (parts.Length < 3 || parts[0].Length != 4 || !parts[0].All(char.IsAsciiDigit) || !codes.Add(parts[0]))
            {
                throw new MsdUserException(
                    $"{path}:{lineNumber}: verwacht 'gemeentecode;gemeentenaam;provincie' met een unieke gemeentecode van vier cijfers, niet '{line}'.");
            }
            if (province is not null && !string.Equals(parts[2], province, StringComparison.Ordinal))
                continue;
            var (code, name) = (parts[0], parts[1]);
            if (known.TryGetValue(code, out var real))
            {
                result.Add((real, false));
                continue;
            }
            var random = new SeededRandom(seed, "grootte", code);
            // log-normal fitted to Dutch municipality sizes: median ~28k, long tail to the big cities
            var size = (int)Math.Clamp(Math.Exp(10.24 + 0.78 * random.NextGaussian()), 1_000, 950_000);
            result.Add((new GeneratedMunicipality(code, name, parts[2], size, Districts(code, name, size, random, NextPc4),
                Ageing: parts[2] is "Drenthe" or "Zeeland" or "Limburg" ? 1.2 : 0.8 + 0.3 * random.NextDouble(),
                ServiceLevel: 0.8 + 0.4 * random.NextDouble()), true));
        }
        return result;
    }

    private static IReadOnlyList<GeneratedDistrict> Districts(string code, string name, int size, SeededRandom random, Func<string> nextPc4)
    {
        var count = Math.Clamp(size / 6_000, 2, 60);
        return [.. Enumerable.Range(0, count).Select(i => new GeneratedDistrict(
            string.Create(CultureInfo.InvariantCulture, $"WK{code}{i:D2}"),
            i == 0 ? $"{name}-Centrum" : string.Create(CultureInfo.InvariantCulture, $"{name} wijk {i}"),
            [nextPc4()],
            0.5 + random.NextDouble(),
            0.7 + 0.6 * random.NextDouble()))];
    }
}
