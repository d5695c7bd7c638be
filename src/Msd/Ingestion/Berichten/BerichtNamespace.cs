using System.Text.RegularExpressions;
using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// Which message a root element is, from its namespace URI alone (istandaarden.md §0): iJw or iWmo,
/// release and message type. Only release 3.2 is read; any other release, or a namespace that is not an
/// iStandaard at all, refuses the message with a clear reason before anything of it is parsed.
/// </summary>
internal static partial class BerichtNamespace
{
    public static BerichtSoort Soort(string localName, string namespaceUri)
    {
        if (BerichtSoorten.FindByNamespace(namespaceUri) is not { } soort)
            throw new BerichtFout(null, Unknown(localName, namespaceUri));
        if (localName != "Bericht")
            throw new BerichtFout(null, $"Het hoofdelement heet {localName}, niet Bericht; dit is geen {soort.Naam}-bericht en het is niet ingelezen.");
        return soort;
    }

    private static string Unknown(string localName, string namespaceUri)
    {
        var match = Release().Match(namespaceUri);
        if (!match.Success)
        {
            var ns = namespaceUri.Length == 0 ? "zonder namespace" : $"met namespace {namespaceUri}";
            return $"Geen iJw- of iWmo-bericht: het hoofdelement {localName} staat {ns}. De monitor leest alleen berichten van iJw en iWmo release 3.2.";
        }
        var standaard = string.Equals(match.Groups[1].Value, "ijw", StringComparison.OrdinalIgnoreCase) ? "iJw" : "iWmo";
        var release = match.Groups[2].Value.Replace('_', '.');
        var type = match.Groups[3].Value.ToUpperInvariant();
        return release == "3.2"
            ? $"{type} bestaat niet in {standaard} release 3.2 (namespace {namespaceUri}); het bericht is niet ingelezen."
            : $"Release {release} wordt niet ondersteund: dit {type}-bericht heeft de namespace van {standaard} {release} ({namespaceUri}). "
                + "De monitor leest alleen release 3.2; het bericht is niet ingelezen. Vraag de afzender het in release 3.2 te sturen.";
    }

    [GeneratedRegex(@"^https?://www\.istandaarden\.nl/(ijw|iwmo)/(\d+_\d+)/([a-z]+\d+)/schema", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Release();
}
