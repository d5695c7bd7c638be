using System.Globalization;
using ExcelDataReader;
using Msd.Catalog;
using nietras.SeparatedValues;

namespace Msd.Ingestion.Extracts;

/// <summary>One data row of an extract: its line in the file (as an editor shows it) and its fields as text.</summary>
internal readonly record struct ExtractRow(int Line, string[] Fields);

/// <summary>
/// Reads a CSV or XLSX extract as its header and rows of text, streaming: the synthetic-data marker
/// line and the lines above the header are skipped, line numbers stay those of the file.
/// </summary>
internal static class ExtractTable
{
    // ExcelDataReader asks for code page 1252 even for .xlsx
    static ExtractTable() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static (string[] Header, int HeaderLine, IEnumerable<ExtractRow> Rows) Open(SourceMapping mapping, Stream stream) =>
        mapping.Format == "xlsx" ? OpenXlsx(mapping, stream) : OpenCsv(mapping, stream);

    private static (string[], int, IEnumerable<ExtractRow>) OpenCsv(SourceMapping mapping, Stream stream)
    {
        var encoding = SourceVocabulary.TextEncoding(mapping.Encoding ?? "utf-8-bom");
        var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, 1 << 16);
        var line = 0;
        var contentLine = 0;
        string? text;
        do
        {
            text = reader.ReadLine();
            line++;
            if (text is null)
                throw new MsdUserException(line == 1 ? "Het bestand is leeg." : "Het bestand heeft geen kopregel met kolomnamen.");
            // a UTF-8 byte-order mark read as windows-1252: the file is UTF-8
            if (line == 1 && text.StartsWith("\u00EF\u00BB\u00BF", StringComparison.Ordinal))
                throw new MsdUserException("Verkeerde tekenset: het bestand is opgeslagen als UTF-8, maar de bronkoppeling zegt windows-1252. Sla het op als windows-1252 (ANSI) of zet 'encoding: utf-8-bom' in de bronkoppeling.");
            text = text.TrimStart('\uFEFF');
            if (!IsMarker(mapping, text))
                contentLine++;
        }
        while (contentLine < mapping.HeaderRow || IsMarker(mapping, text) || text.Length == 0);
        var separator = mapping.Delimiter switch { "tab" => '\t', null => ';', var d => d[0] };
        using var headerReader = Sep.New(separator).Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text);
        headerReader.MoveNext();
        var header = headerReader.Current[0..headerReader.Current.ColCount].ToStringsArray();
        return ([.. header.Select(h => h.Trim())], line, CsvRows(reader, separator, line));
    }

    /// <summary>The first line of synthetic test data says so; it is not part of the layout (header_row does not count it).</summary>
    private static bool IsMarker(SourceMapping mapping, string text) =>
        mapping.SyntheticMarker is { } marker && text.StartsWith(marker, StringComparison.Ordinal);

    private static IEnumerable<ExtractRow> CsvRows(StreamReader reader, char separator, int headerLine)
    {
        using var sep = Sep.New(separator).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(reader);
        foreach (var row in sep)
        {
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                continue;
            yield return new ExtractRow(headerLine + row.LineNumberFrom, row[0..row.ColCount].ToStringsArray());
        }
    }

    private static (string[], int, IEnumerable<ExtractRow>) OpenXlsx(SourceMapping mapping, Stream stream)
    {
        Stream seekable = stream;
        if (!stream.CanSeek)
        {
            seekable = new MemoryStream();
            stream.CopyTo(seekable);
            seekable.Position = 0;
        }
        IExcelDataReader excel;
        try
        {
            excel = ExcelReaderFactory.CreateOpenXmlReader(seekable);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.HeaderException or InvalidDataException)
        {
            throw new MsdUserException($"Het bestand is geen leesbare Excel-werkmap (.xlsx): {e.Message}");
        }
        if (mapping.Sheet is { } sheet)
        {
            while (!string.Equals(excel.Name, sheet, StringComparison.OrdinalIgnoreCase))
            {
                if (!excel.NextResult())
                    throw new MsdUserException($"Het werkblad '{sheet}' ontbreekt in de werkmap. Geef het werkblad die naam of pas 'sheet' in de bronkoppeling aan.");
            }
        }
        var line = 0;
        var contentLine = 0;
        string[]? header = null;
        while (header is null && excel.Read())
        {
            line++;
            var cells = Cells(excel, mapping);
            if (cells.Length > 0 && IsMarker(mapping, cells[0]))
                continue;
            if (++contentLine >= mapping.HeaderRow)
                header = [.. cells.Select(c => c.Trim())];
        }
        if (header is null)
            throw new MsdUserException($"Het werkblad heeft geen kopregel op regel {mapping.HeaderRow}.");
        return (header, line, XlsxRows(excel, mapping, line));
    }

    private static IEnumerable<ExtractRow> XlsxRows(IExcelDataReader excel, SourceMapping mapping, int line)
    {
        using (excel)
        {
            while (excel.Read())
            {
                line++;
                var cells = Cells(excel, mapping);
                if (cells.All(string.IsNullOrWhiteSpace))
                    continue;
                yield return new ExtractRow(line, cells);
            }
        }
    }

    /// <summary>Cells as the text a CSV export of the same sheet would hold, in the mapping's date and decimal formats.</summary>
    private static string[] Cells(IExcelDataReader excel, SourceMapping mapping)
    {
        var cells = new string[excel.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = excel.GetValue(i) switch
            {
                null => "",
                DateTime date => date.ToString(mapping.DateFormat, CultureInfo.InvariantCulture),
                double number => Number(number, mapping.DecimalSeparator),
                var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
            };
        }
        return cells;
    }

    private static string Number(double number, string? decimalSeparator)
    {
        var text = ((decimal)number).ToString(CultureInfo.InvariantCulture);
        return decimalSeparator == "," ? text.Replace('.', ',') : text;
    }
}
