using System.Text.RegularExpressions;

namespace Msd.Privacy;

/// <summary>
/// Normalises an address to what identifies a household: postcode and house number with addition.
/// Sources write it differently ("12 a", "12A", "Dorpsstraat 12a"); all give "7901AB|12-A".
/// </summary>
public static partial class Address
{
    public static string HouseholdKey(string postcode, string houseNumberOrAddress)
    {
        var code = postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var match = HouseNumber().Match(houseNumberOrAddress);
        if (!match.Success)
            return code + "|" + houseNumberOrAddress.Trim().ToUpperInvariant();
        var addition = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value;
        return code + "|" + match.Groups[1].Value + (addition.Length > 0 ? "-" + addition.ToUpperInvariant() : "");
    }

    // the last number in the text, with an optional addition: anything after a hyphen, or letters after the number
    [GeneratedRegex(@"(\d+)(?:\s*-\s*([A-Za-z0-9]{1,4})|\s*([A-Za-z][A-Za-z0-9]{0,3}))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HouseNumber();
}
