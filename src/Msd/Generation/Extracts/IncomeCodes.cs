namespace Msd.Generation.Extracts;

/// <summary>The uitkeringsadministratie's own codes (GWS4all style) for the canonical codes of the income datasets.</summary>
internal static class IncomeCodes
{
    public static readonly Dictionary<string, string> Regeling = new(StringComparer.Ordinal)
    {
        ["PW"] = "10",
        ["IOAW"] = "20",
        ["IOAZ"] = "21",
        ["BBZ"] = "30",
    };

    public static readonly Dictionary<string, string> Leefvorm = new(StringComparer.Ordinal)
    {
        ["ALS"] = "01",
        ["ALO"] = "02",
        ["PZK"] = "03",
        ["PMK"] = "04",
        ["OMH"] = "05",
        ["INST"] = "06",
    };

    public static readonly Dictionary<string, string> RedenBeeindiging = new(StringComparer.Ordinal)
    {
        ["01"] = "WERK",
        ["02"] = "ZELFST",
        ["03"] = "STUDIE",
        ["04"] = "UITK",
        ["05"] = "AOW",
        ["06"] = "PARTNER",
        ["07"] = "VERHUIS",
        ["08"] = "DETENTIE",
        ["09"] = "OVERL",
        ["10"] = "INLICHT",
        ["11"] = "MEDEW",
        ["12"] = "SAMENW",
        ["99"] = "OVERIG",
    };

    public static readonly Dictionary<string, string> Besluit = new(StringComparer.Ordinal)
    {
        ["TOE"] = "TOEK",
        ["GTO"] = "GDTK",
        ["AFW"] = "AFW",
        ["BBH"] = "BBH",
        ["ING"] = "INTR",
    };

    /// <summary>Net monthly bijstand norm in eurocent per leefvorm (2024 level), for the column the mapping ignores.</summary>
    public static long Norm(string huishoudtype) => huishoudtype is "PZK" or "PMK" ? 186_000 : 130_200;
}
