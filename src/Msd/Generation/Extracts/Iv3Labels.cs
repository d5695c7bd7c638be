namespace Msd.Generation.Extracts;

/// <summary>The names of the taakvelden of hoofdtaakveld 6, as a ledger prints them beside the code.</summary>
internal static class Iv3Labels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["6.1"] = "Samenkracht en burgerparticipatie",
        ["6.2"] = "Toegang en eerstelijnsvoorzieningen",
        ["6.3"] = "Inkomensregelingen",
        ["6.4"] = "WSW en beschut werk",
        ["6.5"] = "Arbeidsparticipatie",
        ["6.6"] = "Maatwerkvoorzieningen (Wmo)",
        ["6.71a"] = "Huishoudelijke hulp (Wmo)",
        ["6.71b"] = "Begeleiding (Wmo)",
        ["6.71c"] = "Dagbesteding (Wmo)",
        ["6.71d"] = "Overige maatwerkarrangementen (Wmo)",
        ["6.72a"] = "Jeugdhulp begeleiding",
        ["6.72b"] = "Jeugdhulp behandeling",
        ["6.72c"] = "Jeugdhulp dagbesteding",
        ["6.72d"] = "Jeugdhulp zonder verblijf overig",
        ["6.73a"] = "Pleegzorg",
        ["6.73b"] = "Gezinsgericht",
        ["6.73c"] = "Jeugdhulp met verblijf overig",
        ["6.74a"] = "Jeugd-ggz",
        ["6.74b"] = "Jeugdhulp crisis",
        ["6.74c"] = "Gesloten plaatsing",
        ["6.81a"] = "Beschermd wonen (Wmo)",
        ["6.81b"] = "Maatschappelijke opvang en vrouwenopvang (Wmo)",
        ["6.82a"] = "Jeugdbescherming",
        ["6.82b"] = "Jeugdreclassering",
    };

    public static string Of(string taakveld) => Labels.GetValueOrDefault(taakveld, "");
}
