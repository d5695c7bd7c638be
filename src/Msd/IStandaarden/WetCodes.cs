using System.Collections.Frozen;

namespace Msd.IStandaarden;

/// <summary>
/// The two code lists that differ between iJw and iWmo 3.2 (istandaarden.md §9.3, §9.4, §9.6). The writer
/// checks them, because a code from the other law is the likeliest mistake and would make the message invalid.
/// Code 31 is in both RedenBeeindiging lists but means something else in each.
/// </summary>
public static class WetCodes
{
    private static readonly FrozenSet<string> ProductCategorieJeugd = FrozenSet.Create(
        StringComparer.Ordinal,
        ["31", "32", "33", "34", "35", "36", "37", "38", .. Enumerable.Range(40, 16).Select(Twee)]);

    private static readonly FrozenSet<string> ProductCategorieWmo = FrozenSet.Create(
        StringComparer.Ordinal, [.. Enumerable.Range(1, 18).Select(Twee)]);

    private static readonly FrozenSet<string> RedenBeeindigingJeugd = FrozenSet.Create(
        StringComparer.Ordinal, ["02", "20", "31", "32", "33", "34", "35", "36", "37", "38", "39"]);

    private static readonly FrozenSet<string> RedenBeeindigingWmo = FrozenSet.Create(
        StringComparer.Ordinal, ["02", "19", "20", "21", "22", "23", "31", "36", "37", "38", "39"]);

    /// <summary>LDT_ProductCategorie: JZ020 (31–38, 40–55) or WMO020 (01–18).</summary>
    public static IReadOnlySet<string> ProductCategorieen(Wet wet) => wet == Wet.Jeugdwet ? ProductCategorieJeugd : ProductCategorieWmo;

    /// <summary>LDT_RedenBeeindiging: JZ588 or WMO588.</summary>
    public static IReadOnlySet<string> RedenenBeeindiging(Wet wet) => wet == Wet.Jeugdwet ? RedenBeeindigingJeugd : RedenBeeindigingWmo;

    internal static void CheckProductCategorie(Wet wet, string categorie)
    {
        if (!ProductCategorieen(wet).Contains(categorie))
            throw new ArgumentException($"Productcategorie '{categorie}' bestaat niet in de {Lijst(wet, "JZ020", "WMO020")}.", nameof(categorie));
    }

    internal static void CheckRedenBeeindiging(Wet wet, string reden)
    {
        if (!RedenenBeeindiging(wet).Contains(reden))
            throw new ArgumentException($"RedenBeeindiging '{reden}' bestaat niet in de {Lijst(wet, "JZ588", "WMO588")}.", nameof(reden));
    }

    private static string Lijst(Wet wet, string jeugd, string wmo) =>
        wet == Wet.Jeugdwet ? $"Jeugdwet-lijst {jeugd}" : $"Wmo-lijst {wmo}";

    private static string Twee(int code) => code.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
