using System.Globalization;
using System.Text;
using System.Xml;

namespace Msd.IStandaarden;

/// <summary>
/// A thin layer over <see cref="XmlWriter"/> for one message: elements in the message namespace or the
/// base-schema namespace, values formatted invariantly (dates yyyy-MM-dd, times HH:mm:ss, integers
/// without separators) through a reused buffer, and optional elements skipped when null. The output is
/// UTF-8 without BOM, indented with tabs and LF line ends like the example messages, whatever the OS.
/// </summary>
internal sealed partial class XmlBericht : IDisposable
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "\t",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = true,
        CloseOutput = false,
    };

    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8;

    private readonly XmlWriter _xml;
    private readonly string _prefix;
    private readonly string _ns;
    private readonly string _basisPrefix;
    private readonly string _basisNs;
    private readonly char[] _buffer = new char[24];

    public XmlBericht(Stream output, BerichtSoort soort)
    {
        Soort = soort;
        _prefix = soort.Prefix;
        _ns = soort.Namespace;
        _basisPrefix = soort.BasisPrefix;
        _basisNs = soort.BasisNamespace;
        // The declaration as the examples spell it; XmlWriter would write encoding="utf-8".
        output.Write(Declaration);
        _xml = XmlWriter.Create(output, Settings);
        _xml.WriteStartElement(_prefix, "Bericht", _ns);
        _xml.WriteAttributeString("xmlns", _basisPrefix, null, _basisNs);
    }

    public BerichtSoort Soort { get; }

    public Wet Wet => Soort.Wet;

    /// <summary>Opens an element in the message namespace.</summary>
    public void Start(string name) => _xml.WriteStartElement(_prefix, name, _ns);

    /// <summary>Opens an element in the base-schema namespace (a child of a CDT_* type).</summary>
    public void StartBasis(string name) => _xml.WriteStartElement(_basisPrefix, name, _basisNs);

    public void End() => _xml.WriteEndElement();

    public void Element(string name, string? value) => Text(_prefix, name, _ns, value);

    public void Element(string name, long? value) => Number(_prefix, name, _ns, value);

    public void Element(string name, DateOnly? value) => Date(_prefix, name, _ns, value);

    public void Element(string name, TimeOnly value)
    {
        _xml.WriteStartElement(_prefix, name, _ns);
        value.TryFormat(_buffer, out var length, "HH:mm:ss", CultureInfo.InvariantCulture);
        _xml.WriteChars(_buffer, 0, length);
        _xml.WriteEndElement();
    }

    public void Basis(string name, string? value) => Text(_basisPrefix, name, _basisNs, value);

    public void Basis(string name, long? value) => Number(_basisPrefix, name, _basisNs, value);

    public void Basis(string name, DateOnly? value) => Date(_basisPrefix, name, _basisNs, value);

    private void Text(string prefix, string name, string ns, string? value)
    {
        if (value is null)
            return;
        _xml.WriteStartElement(prefix, name, ns);
        _xml.WriteString(value);
        _xml.WriteEndElement();
    }

    private void Number(string prefix, string name, string ns, long? value)
    {
        if (value is not { } v)
            return;
        _xml.WriteStartElement(prefix, name, ns);
        v.TryFormat(_buffer, out var length, default, CultureInfo.InvariantCulture);
        _xml.WriteChars(_buffer, 0, length);
        _xml.WriteEndElement();
    }

    private void Date(string prefix, string name, string ns, DateOnly? value)
    {
        if (value is not { } v)
            return;
        _xml.WriteStartElement(prefix, name, ns);
        v.TryFormat(_buffer, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _xml.WriteChars(_buffer, 0, length);
        _xml.WriteEndElement();
    }

    /// <summary>Closes the root element and flushes everything to the stream.</summary>
    public void Finish()
    {
        _xml.WriteEndElement();
        _xml.Flush();
    }

    public void Dispose() => _xml.Dispose();
}
