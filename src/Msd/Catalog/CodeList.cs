namespace Msd.Catalog;

/// <summary>An allowed set of codes for a column, such as Productcategorie Jeugd (JZ020).</summary>
public sealed record CodeList(string Id, string Title, string? Source, IReadOnlyList<CodeListEntry> Codes, SourceLocation At)
{
    public bool Contains(string code) => Codes.Any(c => string.Equals(c.Code, code, StringComparison.Ordinal));
}

public sealed record CodeListEntry(string Code, string Label, bool Deprecated);
