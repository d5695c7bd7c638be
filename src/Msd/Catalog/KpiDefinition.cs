namespace Msd.Catalog;

/// <summary>One KPI as adopted in the catalogue, at one version.</summary>
public sealed record KpiDefinition(
    string Id,
    int Version,
    DateOnly ValidFrom,
    string Status,
    string Title,
    string Domain,
    IReadOnlyList<Located<string>> Goals,
    string Description,
    string Definition,
    string Type,
    KpiMeasure? Numerator,
    KpiMeasure? Denominator,
    KpiDeadline? Deadline,
    string Population,
    string Unit,
    KpiPeriod Period,
    IReadOnlyList<KpiBreakdown> Breakdowns,
    string Direction,
    IReadOnlyList<KpiTarget> Targets,
    KpiOwner Owner,
    KpiOwner? Deputy,
    int Release,
    string Priority,
    KpiPrivacy Privacy,
    IReadOnlyList<KpiChange> Changelog,
    SourceLocation At,
    IReadOnlyDictionary<string, SourceLocation> KeyLocations)
{
    /// <summary>The code list of external indicators a KPI may name as its benchmark.</summary>
    public const string BenchmarkCodeList = "cbs-indicator";

    /// <summary>An external indicator (code list cbs-indicator) the monitor shows beside the KPI as its benchmark.</summary>
    public Located<string>? Benchmark { get; init; }

    /// <summary>Whose acceptance a version needs when the catalogue does not say: a key user.</summary>
    public static readonly IReadOnlyList<string> DefaultSignOffRoles = [Msd.Accounts.Role.Sleutelgebruiker];

    /// <summary>The account roles that must each accept this version (<c>sign_off</c>) before it counts as validated.</summary>
    public IReadOnlyList<string> SignOffRoles { get; init; } = DefaultSignOffRoles;

    /// <summary>What a plausible value looks like (<c>plausibility:</c>, or the defaults for the KPI's type).</summary>
    public KpiPlausibility Plausibility { get; init; } = KpiPlausibility.Defaults("", null);

    /// <summary>Where a top-level key was written, or the start of the file when it is absent.</summary>
    public SourceLocation Where(string key) => KeyLocations.GetValueOrDefault(key, At);

    public IEnumerable<string> DatasetIds =>
        new[] { Numerator, Denominator }.OfType<KpiMeasure>().Select(m => m.Dataset.Value).Distinct(StringComparer.Ordinal);
}

/// <summary>Numerator or denominator: an aggregate over a dataset, optionally filtered (SQL expressions over its columns).</summary>
public sealed record KpiMeasure(
    Located<string> Dataset,
    string Aggregate,
    Located<string>? Expression,
    Located<string>? Filter,
    string? Description,
    SourceLocation At)
{
    /// <summary>
    /// <c>counts_people: true</c>: a sum of a column that counts people (children per grant), protected by disclosure
    /// control like a count: suppressed under the threshold and rounded.
    /// </summary>
    public bool CountsPeople { get; init; }
}

/// <summary>A legal or policy deadline between two date columns of the denominator's dataset.</summary>
public sealed record KpiDeadline(Located<string> From, Located<string> To, int Limit, string Unit, string? Basis);

public sealed record KpiPeriod(string Kind, IReadOnlyList<string> Grains);

/// <summary>A breakdown by a column; with <paramref name="Mapping"/> (a mapping of the column's code list) by the mapped value, such as CBS hulpvorm.</summary>
public sealed record KpiBreakdown(Located<string> Column, string? Title, IReadOnlyList<int> Bands, Located<string>? Mapping = null);

public sealed record KpiTarget(string Period, decimal Value, string? Area, string Source, SourceLocation At);

public sealed record KpiOwner(string Role, string Team);

public sealed record KpiPrivacy(int? SuppressionThreshold, int? RoundingBase, string Sensitivity);

public sealed record KpiChange(int Version, DateOnly Date, string Description, SourceLocation At);
