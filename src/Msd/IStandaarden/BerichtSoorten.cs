using System.Collections.Frozen;

namespace Msd.IStandaarden;

/// <summary>
/// The message types of iJw 3.2 and iWmo 3.2 (istandaarden.md §3), looked up by law and number or by the
/// namespace URI of a root element. Unknown namespaces (another release such as <c>iwmo/2_0</c>) give null,
/// so a reader can refuse them rather than guess.
/// </summary>
public static class BerichtSoorten
{
    private static readonly (int Nummer, string Jw, string Wmo, bool WmoXsd)[] Codes =
    [
        (301, "436", "414", true),
        (302, "437", "415", false),
        (305, "438", "418", true),
        (306, "439", "419", false),
        (307, "440", "420", true),
        (308, "441", "421", false),
        (315, "446", "444", true),
        (316, "447", "445", false),
        (317, "486", "480", true),
        (318, "487", "481", false),
        (319, "488", "482", true),
        (320, "489", "483", false),
        (323, "490", "484", true),
        (325, "491", "485", false),
    ];

    /// <summary>All 28 types: the 14 of iJw, then the 14 of iWmo, each in number order.</summary>
    public static IReadOnlyList<BerichtSoort> All { get; } =
    [
        .. Codes.Select(c => new BerichtSoort(Wet.Jeugdwet, c.Nummer, c.Jw, XsdGepubliceerd: true)),
        .. Codes.Select(c => new BerichtSoort(Wet.Wmo, c.Nummer, c.Wmo, c.WmoXsd)),
    ];

    private static readonly FrozenDictionary<(Wet, int), BerichtSoort> ByNummer =
        All.ToFrozenDictionary(s => (s.Wet, s.Nummer));

    private static readonly FrozenDictionary<string, BerichtSoort> ByNamespace =
        All.ToFrozenDictionary(s => s.Namespace, StringComparer.Ordinal);

    /// <summary>The type with this number, such as <c>Get(Wet.Wmo, 301)</c> for WMO301.</summary>
    public static BerichtSoort Get(Wet wet, int nummer) =>
        ByNummer.TryGetValue((wet, nummer), out var soort)
            ? soort
            : throw new ArgumentOutOfRangeException(nameof(nummer), nummer, $"Berichtnummer {nummer} bestaat niet in release 3.2.");

    /// <summary>The type whose root element has this namespace URI, or null for an unknown namespace.</summary>
    public static BerichtSoort? FindByNamespace(string namespaceUri) => ByNamespace.GetValueOrDefault(namespaceUri);

    /// <summary>The namespace of the iJw or iWmo 3.2 base schema.</summary>
    public static string BasisNamespace(Wet wet) => Get(wet, 301).BasisNamespace;
}
