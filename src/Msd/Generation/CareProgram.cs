namespace Msd.Generation;

/// <summary>
/// A kind of care handed out through toewijzingen: who can get it (ages), how often people start
/// (per month, before municipal and district factors), which products, and who refers them.
/// Rates are calibrated to the published figures in docs/generator.md.
/// </summary>
internal sealed record CareProgram(
    string Wet,
    int MinAge,
    int MaxAge,
    Func<int, double> MonthlyIncidence,
    IReadOnlyList<CareProduct> Products,
    IReadOnlyList<(string? Verwijzer, double Weight)> Referrers,
    double MeanWaitDays,
    IReadOnlyList<(string Reason, double Weight)> EndReasons)
{
    public static readonly IReadOnlyList<CareProgram> All =
    [
        // jeugdhulp: about 12 % of 0-17-year-olds a year (CBS 85098NED: Drenthe 13.9 %, De Wolden ~10 %)
        new("jeugd", 0, 17, age => age < 4 ? 0.004 : age < 12 ? 0.0067 : 0.0079,
        [
            new("45", "45A48", 50, "04", "2", 2, 9_200, 270),
            new("54", "54001", 18, "04", "6", 40, 11_500, 300),
            new("41", "41A03", 6, "16", "2", 3, 8_100, 300),
            new("43", "43A05", 4, "14", "4", 30, 26_000, 400),
            new("44", "44A11", 5, "14", "4", 30, 6_400, 600),
            new("46", "46001", 2, "14", "6", 14, 31_000, 21),
            new("40", "40A02", 5, "04", "2", 2, 5_800, 240),
            new("42", "42A01", 5, "82", "4", 20, 2_400, 300),
            new("55", "55001", 5, "83", "6", 250_000, 1, 200),
        ],
        [("01", 45), ("02", 35), ("03", 7), ("05", 8), ("06", 5)],
        MeanWaitDays: 12,
        [("31", 65), ("32", 8), ("33", 5), ("34", 10), ("35", 5), ("38", 4), ("39", 3)]),
        // jeugdbescherming: about 1.1 % of 0-17 (CBS 85098NED)
        new("jeugd", 0, 17, _ => 0.0006, [new("48", "48A01", 1, "14", "4", 30, 4_500, 540)], [("04", 1)], 3,
            [("31", 80), ("36", 15), ("35", 5)]),
        // jeugdreclassering: about 0.3 % of 12-22 (BBV denominator)
        new("jeugd", 12, 22, _ => 0.00028, [new("47", "47A01", 1, "14", "4", 30, 3_900, 300)], [("08", 1)], 3,
            [("31", 85), ("34", 15)]),
        // Wmo maatwerk: about 80-86 clients per 1,000 inhabitants a year, mostly older people (CBS 86050NED)
        new("wmo", 18, 120, age => age < 65 ? 0.0012 : age < 75 ? 0.0038 : age < 85 ? 0.012 : 0.03,
        [
            new("01", "01A01", 52, "04", "2", 3, 3_250, 950),
            new("02", "02A03", 15, "04", "2", 2, 6_300, 520),
            new("07", "07A02", 8, "16", "2", 3, 4_100, 700),
            new("03", "03A01", 5, "04", "2", 2, 5_400, 400),
            new("06", "06A01", 5, "04", "6", 20, 5_000, 300),
            new("08", "08A01", 10, "82", "4", 12, 1_900, 800),
            new("04", "04A01", 2, "14", "6", 14, 12_000, 60),
            new("15", "15A01", 3, "14", "4", 30, 9_500, 1_200),
        ],
        [(null, 92), ("02", 8)],
        MeanWaitDays: 9,
        [("19", 45), ("21", 10), ("22", 5), ("23", 10), ("36", 8), ("38", 5), ("39", 17)]),
    ];
}

/// <summary>A product with its Omvang (Volume, Eenheid, Frequentie), tariff in eurocent and mean duration in days.</summary>
internal sealed record CareProduct(string Category, string Code, double Weight, string Unit, string Frequency, int Volume, long Tariff, double MeanDays);
