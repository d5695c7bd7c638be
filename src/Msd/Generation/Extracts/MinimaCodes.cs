namespace Msd.Generation.Extracts;

/// <summary>The minima module's own codes (Suite4Sociaal Domein style) for the canonical codes.</summary>
internal static class MinimaCodes
{
    public static readonly Dictionary<string, string> Regeling = new(StringComparer.Ordinal)
    {
        ["BB"] = "BB01",
        ["IIT"] = "IIT01",
        ["IST"] = "IST01",
        ["CAV"] = "CZM01",
        ["KP"] = "KP01",
        ["MDV"] = "MDR01",
        ["KWS"] = "KWS01",
        ["ENT"] = "ENT22",
    };

    public static readonly Dictionary<string, string> Besluit = new(StringComparer.Ordinal)
    {
        ["TOE"] = "T",
        ["GTO"] = "G",
        ["AFW"] = "A",
        ["BBH"] = "B",
        ["ING"] = "I",
    };

    public static readonly Dictionary<string, string> Leefvorm = new(StringComparer.Ordinal)
    {
        ["ALS"] = "Alleenstaand",
        ["ALO"] = "Eenoudergezin",
        ["PZK"] = "Paar zonder kinderen",
        ["PMK"] = "Paar met kinderen",
        ["OMH"] = "Overig",
        ["INST"] = "Instelling",
    };
}
