namespace Msd.IStandaarden;

/// <summary>
/// Writes iJw 3.2 and iWmo 3.2 messages to a stream as they travel between gemeente and aanbieder:
/// UTF-8, streamed through <see cref="System.Xml.XmlWriter"/>, elements in XSD sequence order with the
/// prefixes of the example messages. The output depends only on the records passed in, so the same
/// input gives the same bytes. The stream is flushed, not closed. Where the input cannot form a valid
/// message (an empty required list, a code from the other law) the writer throws
/// <see cref="ArgumentException"/>, after which the stream holds a partial message to discard; other
/// values (code lists, lengths, patterns) are written as given and are the XSD's to check.
/// </summary>
/// <example><code>BerichtWriter.Write301(stream, new Bericht301(Wet.Jeugdwet, header, client));</code></example>
public static class BerichtWriter
{
    public static void Write301(Stream output, Bericht301 bericht) =>
        Write(output, bericht.Wet, 301, xml => xml.Header(bericht.Header), xml => ToewijzingBody.Client(xml, bericht.Client));

    public static void Write302(Stream output, Retour<Bericht301> retour) =>
        WriteRetour(output, retour.Heenbericht.Wet, 302, retour.Heenbericht.Header, retour.Header, xml => ToewijzingBody.Client(xml, retour.Heenbericht.Client));

    public static void Write305(Stream output, Bericht305 bericht) =>
        Write(output, bericht.Wet, 305, xml => xml.Header(bericht.Header), xml => LeveringBody.Client(xml, bericht.Client));

    public static void Write306(Stream output, Retour<Bericht305> retour) =>
        WriteRetour(output, retour.Heenbericht.Wet, 306, retour.Heenbericht.Header, retour.Header, xml => LeveringBody.Client(xml, retour.Heenbericht.Client));

    public static void Write307(Stream output, Bericht307 bericht) =>
        Write(output, bericht.Wet, 307, xml => xml.Header(bericht.Header), xml => LeveringBody.Client(xml, bericht.Client));

    public static void Write308(Stream output, Retour<Bericht307> retour) =>
        WriteRetour(output, retour.Heenbericht.Wet, 308, retour.Heenbericht.Header, retour.Header, xml => LeveringBody.Client(xml, retour.Heenbericht.Client));

    public static void Write315(Stream output, Bericht315 bericht) =>
        Write(output, bericht.Wet, 315, xml => xml.Header(bericht.Header), xml => VerzoekBody.Client(xml, bericht.Client));

    public static void Write316(Stream output, Retour<Bericht315> retour) =>
        WriteRetour(output, retour.Heenbericht.Wet, 316, retour.Heenbericht.Header, retour.Header, xml => VerzoekBody.Client(xml, retour.Heenbericht.Client));

    public static void Write317(Stream output, Bericht317 bericht) =>
        Write(output, bericht.Wet, 317, xml => xml.Header(bericht.Header), xml => VerzoekBody.Client(xml, bericht.Client));

    public static void Write318(Stream output, Retour<Bericht317> retour) =>
        WriteRetour(output, retour.Heenbericht.Wet, 318, retour.Heenbericht.Header, retour.Header, xml => VerzoekBody.Client(xml, retour.Heenbericht.Client));

    public static void Write319(Stream output, Bericht319 bericht) =>
        Write(output, bericht.Wet, 319, xml => xml.Header(bericht.Header), xml => VerzoekBody.Antwoord(xml, bericht.Antwoord));

    public static void Write320(Stream output, Retour<Bericht319> retour) =>
        WriteRetour(output, retour.Heenbericht.Wet, 320, retour.Heenbericht.Header, retour.Header, xml => VerzoekBody.Antwoord(xml, retour.Heenbericht.Antwoord));

    public static void Write323(Stream output, Bericht323 bericht) =>
        Write(output, bericht.Wet, 323, xml => xml.Header(bericht.Header), xml => DeclaratieBody.Declaratie(xml, bericht.Declaratie));

    public static void Write325(Stream output, Bericht325 bericht) =>
        Write(output, bericht.Wet, 325, xml => Header325(xml, bericht), xml =>
        {
            if (bericht.DeclaratieAntwoord is { } antwoord)
                DeclaratieBody.Antwoord(xml, antwoord);
        });

    private static void WriteRetour(Stream output, Wet wet, int nummer, Header header, RetourHeader retour, Action<XmlBericht> body) =>
        Write(output, wet, nummer, xml => xml.RetourHeader(header, retour), xml =>
        {
            if (!retour.AlleenHeader)
                body(xml);
        });

    private static void Header325(XmlBericht xml, Bericht325 bericht)
    {
        var antwoord = bericht.Antwoord;
        xml.Start("Header");
        xml.HeaderFields(bericht.Header);
        xml.Start("DeclaratieIdentificatie");
        xml.Basis("Identificatie", antwoord.DeclaratieIdentificatie);
        xml.Basis("Dagtekening", antwoord.DeclaratieDagtekening);
        xml.End();
        xml.Element("XsltVersie", antwoord.XsltVersie);
        xml.XsdVersie("XsdVersieDeclaratie", antwoord.XsdVersieDeclaratie);
        xml.RetourCodes(antwoord.RetourCodes);
        xml.End();
    }

    private static void Write(Stream output, Wet wet, int nummer, Action<XmlBericht> header, Action<XmlBericht> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var xml = new XmlBericht(output, BerichtSoorten.Get(wet, nummer));
        header(xml);
        body(xml);
        xml.Finish();
    }
}
