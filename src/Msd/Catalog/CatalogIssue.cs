namespace Msd.Catalog;

public enum IssueSeverity
{
    Fout,
    Waarschuwing,
}

/// <summary>One problem found while loading or checking the catalogue; the message is Dutch.</summary>
public sealed record CatalogIssue(SourceLocation At, IssueSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{At}: {(Severity == IssueSeverity.Fout ? "fout" : "waarschuwing")}: {Message}";
}

/// <summary>Collects issues so a whole catalogue is reported in one run, not only its first mistake.</summary>
public sealed class IssueList
{
    private readonly List<CatalogIssue> _items = [];

    public IReadOnlyList<CatalogIssue> Items => _items;

    public bool HasErrors => _items.Exists(i => i.Severity == IssueSeverity.Fout);

    public void Error(SourceLocation at, string message) => _items.Add(new(at, IssueSeverity.Fout, message));

    public void Warning(SourceLocation at, string message) => _items.Add(new(at, IssueSeverity.Waarschuwing, message));

    public IReadOnlyList<CatalogIssue> Sorted() =>
        [.. _items.OrderBy(i => i.At.File, StringComparer.Ordinal).ThenBy(i => i.At.Line).ThenBy(i => i.At.Column)];
}
