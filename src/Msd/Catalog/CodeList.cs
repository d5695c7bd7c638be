namespace Msd.Catalog;

/// <summary>
/// An allowed set of codes for a column, such as Productcategorie Jeugd (JZ020), with optional
/// mappings of its codes onto another classification (product category → CBS hulpvorm).
/// </summary>
public sealed record CodeList(string Id, string Title, string? Source, IReadOnlyList<CodeListEntry> Codes, SourceLocation At)
{
    public IReadOnlyList<CodeListMapping> Mappings { get; init; } = [];

    public bool Contains(string code) => Codes.Any(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    public CodeListMapping? Mapping(string id) => Mappings.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}

/// <summary>One code with its label; <paramref name="Maps"/> holds, per mapping id, the value this code maps to.</summary>
public sealed record CodeListEntry(string Code, string Label, bool Deprecated, IReadOnlyDictionary<string, string>? Maps = null);

/// <summary>A classification the codes map onto, with its own values (CBS hulpvorm: ZV, MV, JB, JR).</summary>
public sealed record CodeListMapping(string Id, string Title, IReadOnlyList<CodeListEntry> Values)
{
    /// <summary>The code → value pairs of this mapping in <paramref name="list"/>.</summary>
    public IEnumerable<(string Code, string Value)> Pairs(CodeList list) =>
        list.Codes.Where(c => c.Maps?.ContainsKey(Id) == true).Select(c => (c.Code, c.Maps![Id]));
}
