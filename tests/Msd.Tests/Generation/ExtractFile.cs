using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Msd.Catalog;
using nietras.SeparatedValues;

namespace Msd.Tests.Generation;

/// <summary>One extract read back the way ingestion will: the marker line, the header row and every data row, by header.</summary>
internal sealed record ExtractFile(string Path, string FirstLine, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static ExtractFile Read(string path, SourceMapping source) =>
        source.Format == "xlsx" ? ReadXlsx(path, source) : ReadCsv(path, source);

    private static ExtractFile ReadCsv(string path, SourceMapping source)
    {
        using Stream file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var text = new StreamReader(stream, SourceVocabulary.TextEncoding(source.Encoding!), detectEncodingFromByteOrderMarks: false);
        var first = text.ReadLine() ?? "";
        using var reader = Sep.New(source.Delimiter == "tab" ? '\t' : source.Delimiter![0]).Reader(o => o with { Unescape = true }).From(text);
        var header = reader.Header.ColNames.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
                values[header[i]] = row[i].ToString();
            rows.Add(values);
        }
        return new ExtractFile(path, first, header, rows);
    }

    private static ExtractFile ReadXlsx(string path, SourceMapping source)
    {
        using var zip = ZipFile.OpenRead(path);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        var sheetName = workbook.Descendants(main + "sheet").First().Attribute("name")!.Value;
        if (source.Sheet is { } expected && sheetName != expected)
            throw new InvalidDataException($"{path}: werkblad '{sheetName}', verwacht '{expected}'");
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } s
            ? XDocument.Load(s.Open()).Descendants(main + "si").Select(si => string.Concat(si.Descendants(main + "t").Select(t => t.Value))).ToList()
            : [];
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var lines = sheet.Descendants(main + "row").ToDictionary(r => int.Parse(r.Attribute("r")!.Value, CultureInfo.InvariantCulture), r => Cells(r, main, shared));
        var first = lines[1].GetValueOrDefault(0, "");
        var headerRow = 1 + source.HeaderRow; // the marker row does not count
        var header = lines[headerRow].OrderBy(c => c.Key).Select(c => c.Value).ToList();
        var rows = lines.Where(l => l.Key > headerRow).OrderBy(l => l.Key)
            .Select(l => (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, l.Value.GetValueOrDefault(i, ""))).ToDictionary(x => x.h, x => x.Item2, StringComparer.Ordinal))
            .ToList();
        return new ExtractFile(path, first, header, rows);
    }

    private static Dictionary<int, string> Cells(XElement row, XNamespace main, List<string> shared) =>
        row.Elements(main + "c").Select((c, i) => (c, i)).ToDictionary(
            x => x.c.Attribute("r") is { } r ? Column(r.Value) : x.i, // SpreadCheetah writes cells in order, without 'r'
            x => x.c.Attribute("t")?.Value switch
            {
                "s" => shared[int.Parse(x.c.Element(main + "v")!.Value, CultureInfo.InvariantCulture)],
                "inlineStr" => string.Concat(x.c.Descendants(main + "t").Select(t => t.Value)),
                _ => x.c.Element(main + "v")?.Value ?? "",
            });

    private static int Column(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + ch - 'A' + 1) - 1;
}
