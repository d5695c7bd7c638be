using System.IO.Compression;
using Msd.Catalog;

namespace Msd.Generation.Extracts;

/// <summary>
/// Writes one CSV export row by row, as the municipal systems do: ';' between values, CRLF line
/// ends, the declared encoding (with BOM for utf-8-bom), a first line marking the file as synthetic,
/// then the header. Streams to disk (optionally through gzip), so memory stays flat.
/// </summary>
internal sealed class CsvExtractWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly int _columns;
    private readonly string _path;
    private readonly IReadOnlyList<string> _header;
    private readonly ExtractDefects? _defects;
    private int _line;

    public CsvExtractWriter(string path, string encoding, IReadOnlyList<string> header, bool compress, ExtractDefects? defects = null)
    {
        (_path, _header, _defects) = (path, header, defects);
        Stream stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (compress)
            stream = new GZipStream(stream, CompressionLevel.Optimal);
        _writer = new StreamWriter(stream, SourceVocabulary.TextEncoding(encoding), 1 << 16) { NewLine = "\r\n" };
        _columns = header.Count;
        _writer.WriteLine(ExtractRun.Marker);
        _line = 1;
        WriteLine(header);
    }

    /// <summary>Writes a data row, followed by an injected defective row when the defect plan draws one.</summary>
    public void Write(string[] values)
    {
        WriteLine(values);
        if (_defects is null)
            return;
        foreach (var (row, kind, description) in _defects.After(_header, values))
        {
            WriteLine(row);
            _defects.Record(_path, _line, kind, description);
        }
    }

    private void WriteLine(IReadOnlyList<string> values)
    {
        _line++;
        if (values.Count != _columns)
            throw new InvalidOperationException($"Een regel heeft {values.Count} waarden, de kopregel {_columns}.");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
                _writer.Write(';');
            WriteValue(values[i]);
        }
        _writer.WriteLine();
    }

    public void Dispose() => _writer.Dispose();

    private void WriteValue(string value)
    {
        if (value.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }
        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
