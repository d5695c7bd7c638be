namespace Msd.Catalog;

/// <summary>One column of a source file that is loaded into a dataset column.</summary>
public sealed record SourceColumn(
    Located<string> Source,
    Located<string> Target,
    string Type,
    string? Transform,
    IReadOnlyList<SourceCode> Codes,
    bool Required,
    string? Description,
    SourceLocation At)
{
    /// <summary>The canonical code (or true/false) for a code the source system writes; null for an unknown code.</summary>
    public string? Translate(string code) =>
        Codes.Count == 0 ? code : Codes.FirstOrDefault(c => string.Equals(c.From, code, StringComparison.Ordinal))?.To;
}

/// <summary>A code the source system writes and the canonical code it stands for.</summary>
public sealed record SourceCode(string From, string To, bool IsBoolean, SourceLocation At);

/// <summary>A dataset column filled from other source columns (or a fixed value) instead of one column as it is.</summary>
public sealed record DerivedColumn(
    Located<string> Target,
    IReadOnlyList<Located<string>> From,
    string? Transform,
    Located<string>? Value,
    string? Description,
    SourceLocation At);

/// <summary>A column of the source file that is deliberately not loaded, with the reason (usually data minimisation).</summary>
public sealed record IgnoredColumn(Located<string> Source, string Reason);
