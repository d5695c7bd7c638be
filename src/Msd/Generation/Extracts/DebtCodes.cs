namespace Msd.Generation.Extracts;

/// <summary>The schuldhulp registration's and the vroegsignalering application's own codes for the canonical codes.</summary>
internal static class DebtCodes
{
    public static readonly Dictionary<string, string> Huishouden = new(StringComparer.Ordinal)
    {
        ["ALS"] = "AS",
        ["ALO"] = "EO",
        ["PZK"] = "PZ",
        ["PMK"] = "PK",
        ["OMH"] = "OV",
        ["INST"] = "IN",
    };

    public static readonly Dictionary<string, string> Route = new(StringComparer.Ordinal)
    {
        ["ZELF"] = "EIGEN",
        ["VS"] = "VROEGSIG",
        ["ST"] = "SOCTEAM",
        ["WI"] = "WENI",
        ["VHR"] = "CORPORATIE",
        ["MW"] = "MAATSCHWERK",
        ["BEW"] = "BEWIND",
        ["OV"] = "OVERIG",
    };

    public static readonly Dictionary<string, string> Crisis = new(StringComparer.Ordinal)
    {
        ["ONT"] = "HUUR",
        ["ENE"] = "ENERGIE",
        ["WAT"] = "WATER",
        ["ZVW"] = "ZORGVERZ",
        ["OVR"] = "OVERIG",
    };

    public static readonly Dictionary<string, string> Beschikking = new(StringComparer.Ordinal)
    {
        ["TOEL"] = "TOEGELATEN",
        ["WEIG"] = "GEWEIGERD",
        ["BBH"] = "BUITENBEH",
        ["ING"] = "INGETROKKEN",
        ["ADV"] = "ADVIES",
    };

    public static readonly Dictionary<string, string> Regeling = new(StringComparer.Ordinal)
    {
        ["SB"] = "SCHULDBEMIDDELING",
        ["SK"] = "SANERINGSKREDIET",
        ["HF"] = "HERFINANCIERING",
        ["BR"] = "BETALINGSREGELING",
    };

    public static readonly Dictionary<string, string> Eindreden = new(StringComparer.Ordinal)
    {
        ["SV"] = "SCHULDENVRIJ",
        ["STAB"] = "STABIEL",
        ["WSNP"] = "WSNP",
        ["SRM"] = "GEEN-AKKOORD",
        ["UVC"] = "UITVAL-KLANT",
        ["UVG"] = "UITVAL-GEMEENTE",
        ["VERH"] = "VERHUISD",
        ["OVL"] = "OVERLEDEN",
        ["OV"] = "OVERIG",
    };

    public static readonly Dictionary<string, string> Partner = new(StringComparer.Ordinal)
    {
        ["ZVZ"] = "ZORGVERZEKERAAR",
        ["ENE"] = "ENERGIE",
        ["DRW"] = "DRINKWATER",
        ["WC"] = "WONINGCORPORATIE",
        ["PV"] = "VERHUURDER",
        ["OV"] = "OVERIG",
    };
}
