namespace Msd.Catalog;

/// <summary>
/// A canonical dataset: the data dictionary entry that ingestion fills and KPIs read. It becomes
/// table <c>ds_{Id}</c> in the workspace database.
/// </summary>
public sealed record DatasetDefinition(
    string Id,
    string Title,
    string Description,
    string Domain,
    string Kind,
    string Grain,
    IReadOnlyList<Located<string>> Key,
    DatasetTime? Time,
    int? RetentionYears,
    IReadOnlyList<DatasetColumn> Columns,
    SourceLocation At)
{
    public string TableName => "ds_" + Id;

    /// <summary>The data-quality checks declared in the dataset file (<c>checks:</c>), run by <c>msd check</c>.</summary>
    public IReadOnlyList<DataCheck> Checks { get; init; } = [];

    /// <summary>
    /// <c>revision_column:</c> a key column that tells revisions of one figure apart (a fetch date): rows that agree on
    /// the rest of the key are one figure, and KPIs read only its newest revision. Null: every row counts.
    /// </summary>
    public Located<string>? RevisionColumn { get; init; }

    public DatasetColumn? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}

/// <summary>How a dataset relates to time: a dated event, a validity interval or a snapshot on a reference date.</summary>
public sealed record DatasetTime(string Kind, Located<string> From, Located<string>? To);

public sealed record DatasetColumn(
    string Name,
    ColumnType Type,
    string Description,
    string? Source,
    string PersonalData,
    string? LegalBasis,
    string? Purpose,
    Located<string>? CodeList,
    bool Required,
    SourceLocation At);

public enum ColumnType
{
    Text,
    Integer,
    Decimal,
    Eurocent,
    Date,
    Timestamp,
    Boolean,
}
