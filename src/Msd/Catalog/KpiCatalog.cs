namespace Msd.Catalog;

/// <summary>The whole catalogue as loaded from one folder.</summary>
public sealed record KpiCatalog(
    string Root,
    IReadOnlyList<PolicyDocument> Documents,
    IReadOnlyList<DatasetDefinition> Datasets,
    IReadOnlyList<CodeList> CodeLists,
    IReadOnlyList<KpiDefinition> Kpis,
    IReadOnlyList<SourceMapping> Sources)
{
    /// <summary>The CBS StatLine tables to import (catalog/cbs), each with its measures mapped to indicators.</summary>
    public IReadOnlyList<CbsTableMapping> CbsTables { get; init; } = [];

    /// <summary>The acceptance cases per KPI (catalog/acceptance), run by <c>msd test-kpis</c>.</summary>
    public IReadOnlyList<AcceptanceSuite> AcceptanceSuites { get; init; } = [];

    public IEnumerable<PolicyGoal> Goals => Documents.SelectMany(d => d.Goals);

    /// <summary>Every data-quality check, in dataset order.</summary>
    public IEnumerable<DataCheck> Checks => Datasets.SelectMany(d => d.Checks);

    public DatasetDefinition? Dataset(string id) =>
        Datasets.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    public CodeList? CodeList(string id) =>
        CodeLists.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    public KpiDefinition? Kpi(string id) =>
        Kpis.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));

    public SourceMapping? Source(string id) =>
        Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The mapping of a CBS table by its number; CBS writes numbers in either case (03759ned, 85098NED).</summary>
    public CbsTableMapping? CbsTable(string tableId) =>
        CbsTables.FirstOrDefault(t => string.Equals(t.Table, tableId, StringComparison.OrdinalIgnoreCase));
}
