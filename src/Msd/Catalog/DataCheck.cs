namespace Msd.Catalog;

/// <summary>
/// A data-quality check declared in a dataset file (<c>checks:</c>). Which parameters are set depends
/// on <see cref="Kind"/> (see <see cref="DataCheckVocabulary"/>); the reader rejects the others.
/// </summary>
public sealed record DataCheck(
    string Id,
    string Kind,
    string Title,
    string Severity,
    string DatasetId,
    IReadOnlyList<Located<string>> Columns,
    SourceLocation At)
{
    /// <summary>Optional Dutch explanation: why the check exists and what to do when it fails.</summary>
    public string? Description { get; init; }

    /// <summary>geldigheid: the code list (default: the column's own).</summary>
    public Located<string>? CodeList { get; init; }

    /// <summary>referentie: the dataset the columns must exist in, or <c>gebiedsindeling</c>.</summary>
    public Located<string>? References { get; init; }

    /// <summary>referentie: the matching columns in the referenced dataset (default: the same names).</summary>
    public IReadOnlyList<Located<string>> ReferencedColumns { get; init; } = [];

    /// <summary>The share of failing rows (percent) still allowed; 0 unless set.</summary>
    public decimal MaxPercent { get; init; }

    /// <summary>actualiteit: how many days the newest data may lag behind the newest data of the workspace.</summary>
    public int? MaxAgeDays { get; init; }

    /// <summary>volume: <c>levering</c> (rows per delivery, from the load log) or <c>maand</c> (rows per month of the time column).</summary>
    public string? Per { get; init; }

    public decimal? MaxDecreasePercent { get; init; }

    public decimal? MaxIncreasePercent { get; init; }

    /// <summary>volume: a previous count below this is too small to compare with.</summary>
    public int MinCount { get; init; }

    /// <summary>tijdigheid: start and end date columns, the limit and its unit.</summary>
    public Located<string>? From { get; init; }

    public Located<string>? To { get; init; }

    public int? Limit { get; init; }

    public string? Unit { get; init; }
}
