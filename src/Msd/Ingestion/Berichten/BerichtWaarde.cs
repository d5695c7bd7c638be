using System.Globalization;
using System.Xml;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// The text of the element the parser is in, read as the XSD types it: codes and references stay
/// strings (leading zeros matter), dates are yyyy-MM-dd, times HH:mm:ss, numbers and eurocent amounts
/// integers. A value that does not fit fails the message with its element and line, never the value.
/// </summary>
internal readonly struct BerichtWaarde(string text, ElementPath path, IXmlLineInfo? line)
{
    private static readonly string[] TimeFormats = ["HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public string Text => text.Trim();

    public DateOnly Date() =>
        DateOnly.TryParseExact(Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fout("geen geldige datum; verwacht jjjj-mm-dd met een bestaande dag");

    public TimeOnly Time() =>
        TimeOnly.TryParseExact(Text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Fout("geen geldige tijd; verwacht uu:mm:ss");

    public long Number() =>
        long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw Fout("geen geldig geheel getal");

    /// <summary>An LDT_Nummer (ToewijzingNummer) as text without leading zeros, so 0300201 and 300201 are the same toewijzing.</summary>
    public string Nummer() => Number().ToString(CultureInfo.InvariantCulture);

    public BerichtFout Fout(string problem) => Fout(path, line, problem);

    public static BerichtFout Fout(ElementPath path, IXmlLineInfo? line, string problem) =>
        new(path.ToString(), $"{path} {Where(line)}is {problem}.");

    /// <summary>"op regel 12, kolom 8 " when the reader knows, for messages about a place in the XML.</summary>
    public static string Where(IXmlLineInfo? line) =>
        line is { } l && l.HasLineInfo() ? string.Create(CultureInfo.InvariantCulture, $"(regel {l.LineNumber}, kolom {l.LinePosition}) ") : "";
}
