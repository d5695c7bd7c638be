namespace Msd.Web.Monitor;

/// <summary>
/// One cell: the text people read, the number a spreadsheet gets, and, for a value hidden by
/// disclosure control, the reason that is read out instead ("niet getoond: minder dan 10").
/// </summary>
public sealed record TableCell(string Text, decimal? Number = null, string? HiddenReason = null, string? Link = null)
{
    public static implicit operator TableCell(string text) => new(text);
}

/// <summary>
/// A table as the monitor shows it and exports it (CSV, XLSX): the same rows on the page and in the
/// file, so an export never holds more than the page. <see cref="ExportName"/> and
/// <see cref="ExportQuery"/> say how the export endpoint rebuilds it.
/// </summary>
public sealed record MonitorTable(
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    string ExportName,
    string ExportQuery)
{
    /// <summary>The column that names a row (its row header for screen readers): the first, or for a ranking the name.</summary>
    public int RowHeader { get; init; }

    /// <summary>Columns that hold numbers are right-aligned on the page.</summary>
    public bool IsNumeric(int column) => Rows.Any(r => r[column].Number is not null || r[column].HiddenReason is not null);

    public string ExportUrl(string format) => $"/export/{ExportName}.{format}{(ExportQuery.Length > 0 ? "?" + ExportQuery : "")}";
}
