namespace Msd.Catalog;

/// <summary>The acceptance cases of one KPI (<c>catalog/acceptance/{kpi}.yaml</c>): small fixtures with the outcome a key user expects.</summary>
public sealed record AcceptanceSuite(Located<string> KpiId, IReadOnlyList<AcceptanceCase> Cases, SourceLocation At);

/// <summary>
/// One acceptance case: rows for the datasets the KPI reads, the period and area to look at, and the
/// expected exact numerator, denominator and value and what disclosure control does with them.
/// </summary>
public sealed record AcceptanceCase(
    string Id,
    string Title,
    string Description,
    Located<string> Period,
    Located<string> Area,
    IReadOnlyList<FixtureTable> Fixture,
    ExpectedOutcome Expected,
    SourceLocation At);

/// <summary>The rows a case puts in one dataset table (or, for message cases, one raw message table).</summary>
public sealed record FixtureTable(Located<string> Table, bool Raw, IReadOnlyList<FixtureRow> Rows);

/// <summary>One fixture row: per column its value as written (null for empty), with where it was written.</summary>
public sealed record FixtureRow(IReadOnlyList<FixtureValue> Values, SourceLocation At);

public sealed record FixtureValue(Located<string> Column, string? Text, SourceLocation At);

/// <param name="Exact">The numbers before disclosure control, exactly as computed.</param>
/// <param name="Disclosure"><c>getoond</c> or <c>onderdrukt</c>; null only in a catalogue with errors, which is not run.</param>
/// <param name="Published">The rounded numbers shown when <c>getoond</c>.</param>
/// <param name="At">Where the expectation was written.</param>
public sealed record ExpectedOutcome(
    ExpectedNumbers Exact,
    Located<string>? Disclosure,
    ExpectedNumbers? Published,
    SourceLocation At);

/// <summary>Numbers a case expects; a number not given is not compared. The value is compared to as many decimals as written.</summary>
public sealed record ExpectedNumbers(Located<decimal>? Numerator, Located<decimal>? Denominator, Located<decimal>? Value);
