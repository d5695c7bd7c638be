using System.Xml;
using System.Xml.Schema;
using Msd.IStandaarden;

namespace Msd.Ingestion.Berichten;

/// <summary>
/// Reads one message in a single forward pass with <see cref="XmlReader"/> (no DOM): the root's namespace
/// decides the message type, every element must be in that message's namespace or its base schema, and
/// values go to the message type's <see cref="BerichtInhoud"/>. With a schema folder the same pass
/// validates against the XSD. Whatever is wrong ends as a <see cref="BerichtFout"/> with element, line and
/// column: the message goes to quarantine, the others load.
/// </summary>
internal sealed class BerichtParser
{
    private readonly BerichtRegels _regels;
    private readonly BerichtSchemas? _schemas;
    private readonly XmlReaderSettings _settings;
    private readonly ElementPath _path = new();
    private BerichtSoort? _soort;

    public BerichtParser(BerichtRegels regels, BerichtSchemas? schemas)
    {
        _regels = regels;
        _schemas = schemas;
        _settings = new XmlReaderSettings
        {
            NameTable = new NameTable(),
            IgnoreWhitespace = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CloseInput = true,
        };
        if (schemas is not null)
        {
            _settings.ValidationType = ValidationType.Schema;
            _settings.Schemas = schemas.Set;
            _settings.ValidationEventHandler += OnValidation;
        }
    }

    /// <summary>Messages read while validating whose type has no XSD in the schema folder (the iWmo retours, WMO325).</summary>
    public long NotValidated { get; private set; }

    public BerichtRecord Parse(InputDocument document, long nummer, string positie)
    {
        _path.Clear();
        _soort = null;
        try
        {
            using var reader = XmlReader.Create(document.Open(), _settings);
            var line = reader as IXmlLineInfo;
            if (reader.MoveToContent() != XmlNodeType.Element)
                throw new BerichtFout(null, "Het bestand bevat geen XML-bericht (geen hoofdelement); het is niet ingelezen.");
            var soort = _soort = BerichtNamespace.Soort(reader.LocalName, reader.NamespaceURI);
            var inhoud = BerichtInhoud.For(soort);
            _path.Push(reader.LocalName);
            if (!reader.IsEmptyElement)
                Walk(reader, line, soort, inhoud);
            if (_schemas is not null && !_schemas.Covers(soort))
                NotValidated++;
            return inhoud.Complete(nummer, positie, _regels);
        }
        catch (XmlException e)
        {
            throw new BerichtFout(_path.Depth > 0 ? _path.ToString() : null, BerichtXmlFout.Reason(document, e, _path));
        }
    }

    private void Walk(XmlReader reader, IXmlLineInfo? line, BerichtSoort soort, BerichtInhoud inhoud)
    {
        var ns = soort.Namespace;
        var basis = soort.BasisNamespace;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var uri = reader.NamespaceURI;
                    if (!string.Equals(uri, ns, StringComparison.Ordinal) && !string.Equals(uri, basis, StringComparison.Ordinal))
                    {
                        _path.Push(reader.LocalName);
                        throw BerichtWaarde.Fout(_path, line, $"niet toegestaan: het element staat in namespace '{uri}', die niet bij {soort.Naam} hoort. Het bericht is niet ingelezen");
                    }
                    _path.Push(reader.LocalName);
                    inhoud.Start(_path);
                    if (reader.IsEmptyElement)
                    {
                        inhoud.End(_path);
                        _path.Pop();
                    }
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    inhoud.Value(_path, new BerichtWaarde(reader.Value, _path, line));
                    break;
                case XmlNodeType.EndElement:
                    inhoud.End(_path);
                    _path.Pop();
                    break;
            }
        }
    }

    /// <summary>
    /// The first XSD error ends the message. The validator's own text can quote the offending value (a BSN,
    /// a name), so the reason names only the element and its place. Warnings are ignored: they only say
    /// that a namespace has no schema, and the parser checks namespaces itself.
    /// </summary>
    private void OnValidation(object? sender, ValidationEventArgs e)
    {
        if (e.Severity != XmlSeverityType.Error)
            return;
        var element = (sender as XmlReader)?.LocalName is { Length: > 0 } name ? name : _path.Name;
        var naam = _soort?.Naam ?? "het bericht";
        throw new BerichtFout(_path.Depth > 1 ? _path.ToString() : element,
            $"Het bericht voldoet niet aan de XSD van {naam}: element {element} (regel {e.Exception.LineNumber}, kolom {e.Exception.LinePosition}) "
            + "heeft een ongeldige waarde, ontbreekt of staat niet op zijn plaats. Het bericht is niet ingelezen; vraag de afzender het te herstellen.");
    }
}
