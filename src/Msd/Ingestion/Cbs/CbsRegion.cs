namespace Msd.Ingestion.Cbs;

/// <summary>
/// A CBS region code, trimmed, with its level from the prefix (GM gemeente, WK wijk, BU buurt, PV
/// provincie, NL Nederland, JZ jeugdregio …) and, for a municipality, district or neighbourhood,
/// the four-digit municipality code inside it (WK169001 lies in gemeente 1690).
/// </summary>
internal readonly record struct CbsRegion(string Code, string Level, string? MunicipalityCode, string? DistrictCode)
{
    public static CbsRegion Of(string key)
    {
        var code = key.Trim();
        var letters = 0;
        while (letters < Math.Min(2, code.Length) && char.IsAsciiLetter(code[letters]))
            letters++;
        var level = code[..letters].ToUpperInvariant();
        string? municipality = null;
        if (level is "GM" or "WK" or "BU" && code.Length >= 6 && code.AsSpan(2, 4).ContainsAnyExceptInRange('0', '9') is false)
            municipality = code.Substring(2, 4);
        return new CbsRegion(code, level, municipality, level == "WK" ? code : null);
    }
}
