namespace Msd.Catalog;

/// <summary>
/// How one kind of source file (an export of a municipal system) maps onto a canonical dataset:
/// its file names, encoding and layout, how deliveries relate (full extract or mutations), and per
/// source column the dataset column, type, transformation and code translation.
/// </summary>
public sealed record SourceMapping(
    string Id,
    string Title,
    string? Description,
    string System,
    string Format,
    string Delivery,
    Located<string> FilePattern,
    SourceReferenceDate? ReferenceDate,
    string? Encoding,
    string? Delimiter,
    string? DecimalSeparator,
    string DateFormat,
    string? Sheet,
    int HeaderRow,
    string? SyntheticMarker,
    Located<string> Target,
    IReadOnlyList<Located<string>> Key,
    SourceMutation? Mutation,
    IReadOnlyList<SourceColumn> Columns,
    IReadOnlyList<DerivedColumn> Derived,
    IReadOnlyList<IgnoredColumn> Ignore,
    SourceLocation At)
{
    /// <summary>
    /// Every column header the file has: mapped, ignored, and those holding the reference date or the
    /// kind of mutation. The reference-date column may also be mapped, when the dataset keeps its peildatum.
    /// </summary>
    public IEnumerable<Located<string>> SourceColumns =>
        Columns.Select(c => c.Source)
            .Concat(Ignore.Select(i => i.Source))
            .Concat(new[] { ReferenceDate?.Column is { } date && Column(date.Value) is null ? date : null, Mutation?.Column }.OfType<Located<string>>());

    public SourceColumn? Column(string source) =>
        Columns.FirstOrDefault(c => string.Equals(c.Source.Value, source, StringComparison.Ordinal));
}

/// <summary>Where a delivery's reference date (peildatum) comes from: the file name or a column, and how it is written.</summary>
public sealed record SourceReferenceDate(string From, string Format, Located<string>? Column);

/// <summary>The column of a mutation file that says whether a row is new, changed or deleted, and its codes.</summary>
public sealed record SourceMutation(Located<string> Column, IReadOnlyList<SourceCode> Codes);
