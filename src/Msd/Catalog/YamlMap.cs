using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Msd.Catalog;

/// <summary>
/// Strict, position-aware reading of one YAML mapping. Every read records the key as known, so
/// <see cref="RejectUnknownKeys"/> can report typos; every problem goes to the shared issue list
/// with file, line and column instead of stopping at the first one.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string file, IssueList issues)
    {
        File = file;
        Issues = issues;
        At = Locate(node);
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode scalar && scalar.Value is { } name)
                _entries[name] = (scalar, value);
            else
                issues.Error(Locate(key), "Een sleutel moet een eenvoudige tekst zijn.");
        }
    }

    public string File { get; }

    public IssueList Issues { get; }

    public SourceLocation At { get; }

    public SourceLocation Locate(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public SourceLocation LocateKey(string key) => _entries.TryGetValue(key, out var e) ? Locate(e.Key) : At;

    /// <summary>Where each key of this mapping was written, so later checks can point at the exact line.</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations() =>
        _entries.ToDictionary(e => e.Key, e => Locate(e.Value.Key), StringComparer.Ordinal);

    public bool Has(string key)
    {
        _known.Add(key);
        return _entries.ContainsKey(key);
    }

    public Located<string>? LocatedString(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "een tekst");
        return scalar?.Value is { Length: > 0 } v ? new(v, Locate(scalar)) : null;
    }

    public string? String(string key, bool required = false) => LocatedString(key, required)?.Value;

    /// <summary>A code such as "01": must be quoted when it looks like a number, or editors and JSON tools drop the leading zero.</summary>
    public Located<string>? Code(string key, bool required = false) => CodeOf(Scalar(key, required, "een code"));

    public Located<string>? CodeOf(YamlScalarNode? scalar)
    {
        if (scalar?.Value is not { Length: > 0 } v)
            return null;
        if (scalar.Style == ScalarStyle.Plain && NumberLike().IsMatch(v))
            Issues.Error(Locate(scalar), $"Zet de code {v} tussen aanhalingstekens (\"{v}\"): zonder aanhalingstekens lezen editors en JSON-hulpmiddelen haar als getal en verdwijnt een voorloopnul.");
        return new(v, Locate(scalar));
    }

    public int? Int(string key, bool required = false, int min = int.MinValue)
    {
        var scalar = Scalar(key, required, "een geheel getal");
        if (scalar?.Value is null)
            return null;
        if (scalar.Style == ScalarStyle.Plain && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            if (n >= min)
                return n;
            Issues.Error(Locate(scalar), $"'{key}' moet minstens {min} zijn, niet {n}.");
            return null;
        }
        Issues.Error(Locate(scalar), $"'{key}' moet een geheel getal zijn (zonder aanhalingstekens), niet '{scalar.Value}'.");
        return null;
    }

    public decimal? Decimal(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "een getal");
        if (scalar?.Value is null)
            return null;
        if (scalar.Style == ScalarStyle.Plain && decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
            return d;
        Issues.Error(Locate(scalar), $"'{key}' moet een getal zijn met een punt als decimaalteken (bijvoorbeeld 12.5), niet '{scalar.Value}'.");
        return null;
    }

    public bool? Bool(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "true of false");
        if (scalar?.Value is null)
            return null;
        if (scalar.Style == ScalarStyle.Plain && scalar.Value is "true" or "false")
            return scalar.Value == "true";
        Issues.Error(Locate(scalar), $"'{key}' moet true of false zijn, niet '{scalar.Value}'.");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "een datum");
        if (scalar?.Value is null)
            return null;
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Issues.Error(Locate(scalar), $"'{key}' moet een datum zijn als JJJJ-MM-DD (bijvoorbeeld 2026-01-01), niet '{scalar.Value}'.");
        return null;
    }

    /// <summary>One of a fixed set of values; the message lists them all.</summary>
    public Located<string>? Choice(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var value = LocatedString(key, required);
        if (value is null || allowed.Contains(value.Value))
            return value;
        Issues.Error(value.At, $"'{value.Value}' is geen geldige waarde voor '{key}'. Kies uit: {string.Join(", ", allowed)}.");
        return null;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Node(key, required, "een blok met sleutels");
        return node switch
        {
            null => null,
            YamlMappingNode m => new YamlMap(m, File, Issues),
            _ => WrongShape<YamlMap>(node, key, "een blok met sleutels (key: waarde)"),
        };
    }

    public IReadOnlyList<YamlMap> MapList(string key, bool required = false) =>
        Sequence(key, required) is { } seq
            ? [.. seq.Children.Select(n => n is YamlMappingNode m ? new YamlMap(m, File, Issues) : WrongShape<YamlMap>(n, key, "een lijst van blokken")).OfType<YamlMap>()]
            : [];

    public IReadOnlyList<Located<string>> StringList(string key, bool required = false) =>
        ScalarList(key, required).Select(s => new Located<string>(s.Value!, Locate(s))).ToList();

    public IReadOnlyList<Located<string>> CodeList(string key, bool required = false) =>
        [.. ScalarList(key, required).Select(CodeOf).OfType<Located<string>>()];

    /// <summary>
    /// A block whose keys are free text, such as a code translation (<c>"01": ALS</c>). Keys and values
    /// that look like numbers must be quoted, as codes must; a plain <c>true</c> or <c>false</c> value is
    /// returned as a boolean.
    /// </summary>
    public IReadOnlyList<(Located<string> Key, Located<string> Value, bool IsBoolean)> Pairs(string key)
    {
        var node = Node(key, required: false, "een blok met codes");
        if (node is null)
            return [];
        if (node is not YamlMappingNode block)
            return WrongShape<List<(Located<string>, Located<string>, bool)>>(node, key, "een blok met regels 'broncode: code'") ?? [];
        var result = new List<(Located<string>, Located<string>, bool)>();
        foreach (var (k, v) in block.Children)
        {
            if (k is not YamlScalarNode keyScalar || v is not YamlScalarNode valueScalar || valueScalar.Value is not { Length: > 0 } value)
            {
                Issues.Error(Locate(v), $"Elke regel van '{key}' is 'broncode: code', met een tekst aan beide kanten.");
                continue;
            }
            var isBoolean = valueScalar.Style == ScalarStyle.Plain && value is "true" or "false";
            var from = CodeOf(keyScalar);
            var to = isBoolean ? new Located<string>(value, Locate(valueScalar)) : CodeOf(valueScalar);
            if (from is not null && to is not null)
                result.Add((from, to, isBoolean));
        }
        return result;
    }

    /// <summary>Every entry of a block whose keys are free (the tables of a fixture, the columns of a row); they all count as known.</summary>
    public IReadOnlyList<(Located<string> Key, YamlNode Value)> Entries()
    {
        _known.UnionWith(_entries.Keys);
        return [.. _entries.Select(e => (new Located<string>(e.Key, Locate(e.Value.Key)), e.Value.Value))];
    }

    public void RejectUnknownKeys()
    {
        foreach (var (name, (keyNode, _)) in _entries)
        {
            if (_known.Contains(name))
                continue;
            var hint = _known.OrderBy(k => Spelling.Distance(k, name)).FirstOrDefault(k => Spelling.Distance(k, name) <= 2);
            var known = string.Join(", ", _known.Order(StringComparer.Ordinal));
            Issues.Error(Locate(keyNode), hint is null
                ? $"Onbekende sleutel '{name}'. Toegestaan zijn: {known}."
                : $"Onbekende sleutel '{name}'. Bedoelt u '{hint}'?");
        }
    }

    private List<YamlScalarNode> ScalarList(string key, bool required)
    {
        if (Sequence(key, required) is not { } seq)
            return [];
        var result = new List<YamlScalarNode>();
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value.Length: > 0 } s)
                result.Add(s);
            else
                Issues.Error(Locate(item), $"Elk element van '{key}' moet een tekst zijn.");
        }
        return result;
    }

    private YamlSequenceNode? Sequence(string key, bool required)
    {
        var node = Node(key, required, "een lijst");
        return node switch
        {
            null => null,
            YamlSequenceNode s => s,
            _ => WrongShape<YamlSequenceNode>(node, key, "een lijst (regels die met '- ' beginnen, of [a, b])"),
        };
    }

    private YamlScalarNode? Scalar(string key, bool required, string what)
    {
        var node = Node(key, required, what);
        return node switch
        {
            null => null,
            YamlScalarNode s when s.Value is null or "" || (s.Style == ScalarStyle.Plain && s.Value is "~" or "null") => Missing<YamlScalarNode>(key, required, what),
            YamlScalarNode s => s,
            _ => WrongShape<YamlScalarNode>(node, key, what),
        };
    }

    private YamlNode? Node(string key, bool required, string what)
    {
        _known.Add(key);
        if (_entries.TryGetValue(key, out var entry))
            return entry.Value;
        return required ? Missing<YamlNode>(key, required, what) : null;
    }

    private T? Missing<T>(string key, bool required, string what) where T : class
    {
        if (required)
            Issues.Error(_entries.TryGetValue(key, out var e) ? Locate(e.Value) : At, $"De verplichte sleutel '{key}' ontbreekt of is leeg; verwacht: {what}.");
        return null;
    }

    private T? WrongShape<T>(YamlNode node, string key, string what) where T : class
    {
        Issues.Error(Locate(node), $"'{key}' moet {what} zijn.");
        return null;
    }

    [GeneratedRegex(@"^[+-]?[0-9][0-9._]*$")]
    private static partial Regex NumberLike();
}
