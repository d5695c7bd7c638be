using System.Globalization;
using System.Text.Json;

namespace Msd.Generation;

/// <summary>
/// Writes one CBS StatLine table the way the OData v3 API returns it: TableInfos, DataProperties,
/// a JSON file per dimension set (keys right-padded with spaces, provisional periods marked with
/// "*") and the TypedDataSet in pages of at most 10,000 rows linked by "odata.nextLink".
/// Files go to cbs/{table}/ so a local HTTP server can serve them under the API's paths.
/// </summary>
internal sealed class CbsTableWriter : IDisposable
{
    public const int PageSize = 10_000;
    private const string ApiBase = "https://opendata.cbs.nl/ODataFeed/odata/";
    private readonly string _root;
    private readonly bool _compress;
    private readonly string[] _measures;
    private readonly Dictionary<string, Dictionary<string, (string Title, string? Status)>> _dimensions = new(StringComparer.Ordinal);
    private Utf8JsonWriter? _page;
    private Stream? _pageStream;
    private int _rows;

    public CbsTableWriter(string root, string tableId, string title, bool compress, IReadOnlyList<(string Key, string Title, string Unit)> measures, params string[] dimensions)
    {
        (_root, TableId, _compress) = (root, tableId, compress);
        _measures = [.. measures.Select(m => m.Key)];
        foreach (var dimension in dimensions)
            _dimensions[dimension] = new(StringComparer.Ordinal);
        WriteJson("TableInfos", w =>
        {
            w.WriteStartObject();
            w.WriteString("Identifier", tableId);
            w.WriteString("Title", title);
            w.WriteString("Summary", "SYNTHETISCHE TESTDATA in het formaat van CBS StatLine; geen echte cijfers.");
            w.WriteString("Language", "nl");
            w.WriteEndObject();
        });
        WriteJson("DataProperties", w =>
        {
            var id = 0;
            foreach (var dimension in dimensions)
                Property(w, id++, dimension, dimension, "Dimension", null);
            foreach (var (key, measureTitle, unit) in measures)
                Property(w, id++, key, measureTitle, "Topic", unit);
        });
    }

    public string TableId { get; }

    /// <summary>Registers a dimension code with its title; a status of "Voorlopig" adds the "*" CBS shows.</summary>
    public string Code(string dimension, string key, string title, string? status = null)
    {
        _dimensions[dimension].TryAdd(key, (status == "Voorlopig" ? title + "*" : title, status));
        return key.PadRight(10);
    }

    /// <summary>One row: its dimension keys (padded, from <see cref="Code"/>) and measure values (null = suppressed, shown as "." by CBS).</summary>
    public void Row(IReadOnlyList<string> keys, IReadOnlyList<decimal?> values)
    {
        if (_page is null || _rows % PageSize == 0)
            NextPage();
        _page!.WriteStartObject();
        _page.WriteNumber("ID", _rows++);
        var i = 0;
        foreach (var dimension in _dimensions.Keys)
            _page.WriteString(dimension, keys[i++]);
        for (var m = 0; m < _measures.Length; m++)
        {
            if (values[m] is { } v)
                _page.WriteNumber(_measures[m], v);
            else
                _page.WriteNull(_measures[m]);
        }
        _page.WriteEndObject();
    }

    public void Dispose()
    {
        ClosePage(nextSkip: null);
        foreach (var (dimension, codes) in _dimensions)
        {
            WriteJson(dimension, w =>
            {
                foreach (var (key, (title, status)) in codes.OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    w.WriteStartObject();
                    w.WriteString("Key", key.PadRight(10));
                    w.WriteString("Title", title);
                    w.WriteString("Description", (string?)null);
                    if (dimension == "Perioden")
                        w.WriteString("Status", status ?? "Definitief");
                    w.WriteEndObject();
                }
            });
        }
    }

    private void NextPage()
    {
        ClosePage(nextSkip: _rows);
        _pageStream = GeneratedFile.Create(_root, Path.Combine("cbs", TableId, "TypedDataSet", _rows.ToString(CultureInfo.InvariantCulture) + ".json"), _compress);
        _page = new Utf8JsonWriter(_pageStream, new JsonWriterOptions { Indented = false });
        _page.WriteStartObject();
        _page.WriteString("odata.metadata", ApiBase + TableId + "/$metadata#Cbs.OData.WebAPI.TypedDataSet");
        _page.WriteStartArray("value");
    }

    private void ClosePage(int? nextSkip)
    {
        if (_page is null)
            return;
        _page.WriteEndArray();
        if (nextSkip is { } skip && skip > 0)
            _page.WriteString("odata.nextLink", $"{ApiBase}{TableId}/TypedDataSet?$skip={skip.ToString(CultureInfo.InvariantCulture)}");
        _page.WriteEndObject();
        _page.Dispose();
        _pageStream!.Dispose();
        (_page, _pageStream) = (null, null);
    }

    private void WriteJson(string entitySet, Action<Utf8JsonWriter> values)
    {
        using var stream = GeneratedFile.Create(_root, Path.Combine("cbs", TableId, entitySet + ".json"), compress: false);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("odata.metadata", ApiBase + TableId + "/$metadata#Cbs.OData.WebAPI." + entitySet);
        writer.WriteStartArray("value");
        values(writer);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Property(Utf8JsonWriter w, int id, string key, string title, string type, string? unit)
    {
        w.WriteStartObject();
        w.WriteNumber("ID", id);
        w.WriteString("Key", key);
        w.WriteString("Title", title);
        w.WriteString("Type", type);
        if (unit is not null)
            w.WriteString("Unit", unit);
        w.WriteEndObject();
    }
}
