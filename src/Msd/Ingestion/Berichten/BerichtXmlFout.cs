using System.Globalization;
using System.Xml;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// A precise Dutch reason for XML that cannot be read: an empty file, a message that stops before its end
/// (cut off in transfer, with the elements still open), or XML that is broken somewhere inside. The
/// parser's own text is English, so it is not shown; line, column and element say where to look.
/// </summary>
internal static class BerichtXmlFout
{
    public static string Reason(InputDocument document, XmlException e, ElementPath path)
    {
        var (bytes, lines) = Measure(document);
        var where = string.Create(CultureInfo.InvariantCulture, $"regel {e.LineNumber}, kolom {e.LinePosition}");
        if (bytes == 0)
            return "Het bestand is leeg; er is geen bericht ingelezen. Vraag de afzender het bericht opnieuw te sturen.";
        // the reader fails at the end of the data when the file stops too early
        if (e.LineNumber >= lines && path.Depth > 0)
        {
            return $"Het bericht is afgekapt: het houdt op bij {where}, terwijl {path.Open()} nog niet is afgesloten. "
                + "Het is niet ingelezen; vraag de afzender het bericht opnieuw te sturen.";
        }
        var inside = path.Depth > 0 ? $" in {path.Open()}" : "";
        return $"Het bericht is geen geldige XML: de fout zit bij {where}{inside}. Het is niet ingelezen; vraag de afzender het bericht opnieuw te sturen.";
    }

    /// <summary>Size and number of lines, read again only for a message that failed (rare).</summary>
    private static (long Bytes, int Lines) Measure(InputDocument document)
    {
        using var stream = document.Open();
        var buffer = new byte[1 << 14];
        long bytes = 0;
        var newlines = 0;
        int read;
        var last = (byte)0;
        while ((read = stream.Read(buffer)) > 0)
        {
            bytes += read;
            newlines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }
        // the last line is the one after the final line break, unless the file ends with one
        return (bytes, last == (byte)'\n' ? newlines : newlines + 1);
    }
}
